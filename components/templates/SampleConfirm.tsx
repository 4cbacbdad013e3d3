import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../ui/I18nContext';

/** Asks before a reply that quotes sample (unapproved) text leaves the panel. */
export function SampleConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="notice warning" role="alertdialog" aria-labelledby="sample-confirm-q" data-testid="sample-confirm">
      <p id="sample-confirm-q">{t('sampleConfirmQuestion')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onConfirm}>
          {t('sampleConfirmInsert')}
        </button>
        <button ref={cancel} type="button" class="secondary" onClick={onCancel}>
          {t('sampleConfirmCancel')}
        </button>
      </div>
    </div>
  );
}
