import { useState } from 'preact/hooks';
import { useI18n } from './I18nContext';

/**
 * One line saying who set up which remote address and why access is needed, with the button that
 * asks the browser for it. Used for a policy-set connector; a followed pack URL can use it as is.
 */
export function AccessBanner({ text, host, onRequest, testId }: { text: string; host: string; onRequest: () => Promise<boolean>; testId?: string }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState<'denied' | 'granted' | null>(null);
  const [asking, setAsking] = useState(false);
  return (
    <div class="notice access-banner" role="status" data-testid={testId}>
      <p>{text}</p>
      <button
        type="button"
        class="primary"
        disabled={asking}
        onClick={async () => {
          setAsking(true);
          const ok = await onRequest();
          setAsking(false);
          setAnswer(ok ? 'granted' : 'denied');
        }}
      >
        {t('allowAccess', host)}
      </button>
      {answer === 'denied' && <p class="field-error">{t('accessDeniedWaiting')}</p>}
    </div>
  );
}
