import type { DocumentStatus } from '../../utils/knowledge';
import { useI18n } from '../ui/I18nContext';

/** Sample documents say so wherever they appear, so nobody quotes them as official. */
export function StatusBadge({ status, compact = false }: { status: DocumentStatus; compact?: boolean }) {
  const { t } = useI18n();
  if (status === 'official') return compact ? null : <span class="badge badge-official">{t('officialBadge')}</span>;
  return (
    <span class="badge badge-sample" title={t('sampleBadge')}>
      {t('sampleBadge')}
    </span>
  );
}
