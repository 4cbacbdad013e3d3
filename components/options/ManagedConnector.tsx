import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../utils/i18n';
import { openLogDb } from '../../utils/log';
import type { ManagedSettings } from '../../utils/settings';
import { retryNow, withDefaults } from '../../utils/sync';
import { DeliveryStatus } from '../log/DeliveryStatus';
import { useDelivery } from '../log/useDelivery';
import { useOutboxEntries } from '../log/useOutboxEntries';
import { useI18n } from '../ui/I18nContext';
import { ConnectorMessage } from './ConnectorMessage';
import { type FormMessage, useConnectionTest } from './useConnectionTest';

/** Records waiting are due now (after access was granted or a retry was asked for), and the background is told. */
export async function deliverWaiting(): Promise<void> {
  const db = await openLogDb();
  try {
    await retryNow(db);
  } finally {
    db.close();
  }
  await browser.runtime.sendMessage({ type: 'murshid:log-changed' }).catch(() => {});
}

/** The connector IT set by policy: locked, with its true state, the access it needs and a Test button. */
export function ManagedConnector({ managed }: { managed: ManagedSettings }) {
  const { t } = useI18n();
  const entries = useOutboxEntries();
  const delivery = useDelivery(managed, entries);
  const [message, setMessage] = useState<FormMessage>(null);
  const test = useConnectionTest(setMessage);
  const cfg = withDefaults(managed.connector ?? {});
  return (
    <section class="settings-card" aria-labelledby="connector-title">
      <h2 id="connector-title">{t('optionsConnector')}</h2>
      <p>
        {t(`connector_${cfg.kind}` as MessageKey)} — <bdi dir="ltr">{cfg.endpoint}</bdi>
      </p>
      <p class="hint">🔒 {t('managedLocked')}</p>
      <DeliveryStatus
        state={delivery.state}
        onRequestAccess={async () => {
          const ok = await delivery.requestAccess();
          if (ok) await deliverWaiting();
          return ok;
        }}
        onRetry={() => void deliverWaiting()}
      />
      <div class="actions">
        <button type="button" class="secondary" disabled={test.testing} onClick={() => void test.run(cfg)}>
          {test.testing ? t('testing') : t('testConnection')}
        </button>
      </div>
      <ConnectorMessage message={message} />
    </section>
  );
}
