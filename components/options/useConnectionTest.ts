import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../utils/i18n';
import { type ConnectorConfig, endpointOrigin, testConnection } from '../../utils/sync';
import { useI18n } from '../ui/I18nContext';

export type FormMessage = { text: string; ok: boolean } | null;

/** Asks the browser for access to the endpoint when it is not granted yet, then tests; says plainly what came back. */
export async function askAccess(cfg: ConnectorConfig): Promise<boolean> {
  const where = endpointOrigin(cfg.endpoint);
  if (!where) return false;
  // Asked straight from the click (a user gesture); the browser answers at once when access is already granted.
  return browser.permissions.request({ origins: [where.pattern] }).catch(() => false);
}

export function useConnectionTest(setMessage: (m: FormMessage) => void): { testing: boolean; run: (cfg: ConnectorConfig) => Promise<void> } {
  const { t } = useI18n();
  const [testing, setTesting] = useState(false);
  const run = async (cfg: ConnectorConfig) => {
    setTesting(true);
    setMessage({ text: t('askingAccess'), ok: true });
    try {
      const granted = await askAccess(cfg);
      const result = await testConnection(cfg, { fetch: (u, i) => fetch(u, i), now: () => new Date(), timeoutMs: 10_000 });
      if (result.ok) setMessage({ text: t('conn_ok'), ok: true });
      else if (result.reason === 'network' && !granted) setMessage({ text: `${t('conn_network')} — ${t('permissionDenied')}`, ok: false });
      else setMessage({ text: t(`conn_${result.reason}` as MessageKey, result.detail), ok: false });
    } catch (e) {
      setMessage({ text: t('conn_rejected', e instanceof Error ? e.message : String(e)), ok: false });
    } finally {
      setTesting(false);
    }
  };
  return { testing, run };
}
