import { isolate } from '../../utils/i18n';
import type { DeliveryProblem, DeliveryState } from '../../utils/sync';
import { AccessBanner } from '../ui/AccessBanner';
import { useI18n } from '../ui/I18nContext';

function Problem({ problem }: { problem: DeliveryProblem }) {
  const { t } = useI18n();
  return (
    <p class="hint" data-testid="delivery-reason">
      {t('problemReason', t(problem.key))} — <bdi dir="ltr">{problem.detail}</bdi>
    </p>
  );
}

/**
 * The one line about delivery, the same in the panel and the options page: not set up / set up
 * and waiting for access / delivering / needing attention, with the reason.
 */
export function DeliveryStatus({
  state,
  onRequestAccess,
  onRetry,
  onOpenSettings,
}: {
  state: DeliveryState;
  onRequestAccess: () => Promise<boolean>;
  onRetry?: () => void;
  onOpenSettings?: () => void;
}) {
  const { t, tn } = useI18n();
  if (state.kind === 'not-set-up')
    return (
      <div class="notice" role="status" data-testid="delivery-state" data-state={state.kind}>
        {t('noConnector')}{' '}
        {onOpenSettings && (
          <button type="button" class="link-button" onClick={onOpenSettings}>
            {t('openSettings')}
          </button>
        )}
      </div>
    );
  if (state.kind === 'needs-access')
    return (
      <div data-testid="delivery-state" data-state={state.kind}>
        <AccessBanner
          text={t(state.source === 'policy' ? 'accessNeededPolicy' : 'accessNeededOwn', isolate(state.host))}
          host={isolate(state.host)}
          onRequest={onRequestAccess}
          testId="access-banner"
        />
        {state.pending > 0 && <p class="count">{tn('deliveryPending', state.pending)}</p>}
      </div>
    );
  const retry = onRetry && (
    <button type="button" class="link-button" onClick={onRetry}>
      {t('retryNow')}
    </button>
  );
  if (state.kind === 'attention')
    return (
      <div class="notice" role="status" data-testid="delivery-state" data-state={state.kind}>
        <p>
          {tn('deliveryAttention', state.count)}
          {state.pending > 0 && <> · {tn('deliveryPending', state.pending)}</>} {retry}
        </p>
        <Problem problem={state.problem} />
      </div>
    );
  return (
    <div role="status" data-testid="delivery-state" data-state={state.kind}>
      <p class="count" data-testid="delivery-counts">
        {t('deliveryActive', isolate(state.host))} {state.pending > 0 && tn('deliveryPending', state.pending)} {state.pending > 0 && retry}
      </p>
      {state.problem && state.pending > 0 && <Problem problem={state.problem} />}
    </div>
  );
}
