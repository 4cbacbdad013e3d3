import { isolate, type MessageKey } from '../../utils/i18n';
import { errorText, type PackError, type Refusal } from '../../utils/knowledge';
import { useI18n } from '../ui/I18nContext';

/** Why an import was refused, in the interface language, each error named by the file the admin chose. */
export function ImportErrors({ errors, refused }: { errors: PackError[]; refused: Refusal[] }) {
  const { t, tn } = useI18n();
  const detail = (message: string) => {
    const known = errorText(message);
    return known ? t(known.key as MessageKey, ...known.args) : message;
  };
  return (
    <div class="field-error" role="alert" data-testid="import-errors">
      {refused.length > 0 ? (
        <>
          <p>{t('importRefusedFiles')}</p>
          <ul>
            {refused.map((r) => (
              <li key={r.name}>{t(`refused_${r.reason}` as MessageKey, isolate(r.name))}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{tn('importErrors', errors.length)}</p>
          <ul>
            {errors.map((er) => (
              <li key={`${er.file}:${er.line}:${er.message}`}>
                <bdi dir="ltr">{t('errLine', er.file, er.line)}</bdi>: {detail(er.message)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
