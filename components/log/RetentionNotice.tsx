import { useMemo } from 'preact/hooks';
import type { OutboxEntry } from '../../utils/log';
import { purgeStatus } from '../../utils/settings';
import { useI18n } from '../ui/I18nContext';
import { useStored } from '../ui/useStored';

/** Undelivered records announced for deletion (retention + grace), and a purge that failed: never silent. */
export function RetentionNotice({ delivery }: { delivery: Map<string, OutboxEntry> }) {
  const { t, tn, day } = useI18n();
  const [status] = useStored(purgeStatus, null);
  const expiring = useMemo(() => {
    let count = 0;
    let first = Number.POSITIVE_INFINITY;
    for (const e of delivery.values()) {
      if (e.state === 'sent' || e.expires_at === undefined) continue;
      count++;
      first = Math.min(first, e.expires_at);
    }
    return { count, first };
  }, [delivery]);
  return (
    <>
      {expiring.count > 0 && (
        <p class="notice" role="alert" data-testid="retention-warning">
          {tn('retentionNotice', expiring.count, day(new Date(expiring.first)))}
        </p>
      )}
      {status && !status.ok && (
        <p class="field-error" role="alert" data-testid="purge-failed">
          {t('purgeFailed', status.error ?? '')}
        </p>
      )}
    </>
  );
}
