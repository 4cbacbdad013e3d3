import { useMemo } from 'preact/hooks';
import { loadBundledPack } from '../../utils/knowledge/bundled';
import { StatusBadge } from '../search/StatusBadge';
import { useI18n } from './I18nContext';

export function PackSummary() {
  const { t } = useI18n();
  const { pack } = useMemo(() => loadBundledPack(), []);
  if (!pack) return <p class="error">{t('packError')}</p>;
  const sections = pack.documents.reduce((n, d) => n + d.sections.length, 0);
  return (
    <section>
      <h2>{t('optionsPack')}</h2>
      <p>{t('optionsPackSummary', pack.version, pack.documents.length, sections)}</p>
      <ul>
        {pack.documents.map((d) => (
          <li key={d.id}>
            {d.title} · {t('versionLabel', d.version)} <StatusBadge status={d.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
