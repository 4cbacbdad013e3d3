import type { ImportImpact } from '../../utils/knowledge';
import { useI18n } from '../ui/I18nContext';

/** What an import would replace or remove (title, status, sections), to confirm or cancel. */
export function ImportConfirm({ impact, onApply, onCancel }: { impact: ImportImpact; onApply: () => void; onCancel: () => void }) {
  const { t, tn, lang } = useI18n();
  const status = (s: 'official' | 'sample') => t(s === 'official' ? 'status_official' : 'status_sample');
  return (
    <div class="notice import-confirm" role="alertdialog" aria-labelledby="import-confirm-title" data-testid="import-confirm">
      <p id="import-confirm-title">
        <strong>{t('confirmTitle')}</strong>
      </p>
      <ul>
        {impact.replaced.map((d) => (
          <li key={`r-${d.id}`}>
            {t(
              'confirmReplaced',
              d.title,
              status(d.status),
              tn('sectionsCount', d.sections),
              d.next?.title ?? '',
              status(d.next?.status ?? 'official'),
              tn('sectionsCount', d.next?.sections ?? 0),
            )}
          </li>
        ))}
        {impact.removed.map((d) => (
          <li key={`d-${d.id}`}>{t('confirmRemoved', d.title, status(d.status), tn('sectionsCount', d.sections))}</li>
        ))}
        {impact.removedTemplates.length > 0 && <li>{t('confirmRemovedTemplates', impact.removedTemplates.join(lang === 'ar' ? '، ' : ', '))}</li>}
      </ul>
      <div class="actions">
        <button type="button" class="primary" onClick={onApply}>
          {t('confirmApply')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('confirmCancel')}
        </button>
      </div>
    </div>
  );
}
