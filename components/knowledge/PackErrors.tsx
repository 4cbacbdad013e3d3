import type { PackError } from '../../utils/knowledge';
import { formatError } from '../../utils/knowledge/load';
import { useI18n } from '../ui/I18nContext';

/** Why no pack could be loaded, one line per problem. */
export function PackErrors({ errors }: { errors: PackError[] }) {
  const { t } = useI18n();
  return (
    <div class="error" role="alert">
      <h2>{t('packError')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={formatError(e)} dir="auto">
            {formatError(e, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}
