import type { ConnectorConfig, DeliveryContext } from './connectors';
import { createConnector } from './connectors';

export type ConnectionCheck = { ok: true } | { ok: false; reason: 'unauthorized' | 'not_found' | 'network' | 'rejected' | 'server'; detail: string };

/** Sends an empty, signed delivery (no records) and says plainly what came back. */
export async function testConnection(cfg: ConnectorConfig, ctx: DeliveryContext): Promise<ConnectionCheck> {
  if (cfg.kind !== 'webhook') {
    // CRMs get a harmless look-up: Odoo search_read of nothing, CiviCRM save of no records.
    const attempt = await createConnector(cfg, ctx).deliver([], 'connection-test');
    return attempt.kind === 'ok' ? { ok: true } : explain(attempt.kind === 'reject' ? attempt.status : 0, attempt.error);
  }
  const attempt = await createConnector(cfg, ctx).deliver([], `test_${Date.now()}`);
  if (attempt.kind === 'ok') return { ok: true };
  return explain(
    attempt.kind === 'reject' ? attempt.status : /^HTTP (\d+)/.exec(attempt.error) ? Number(/^HTTP (\d+)/.exec(attempt.error)?.[1]) : 0,
    attempt.error,
  );
}

function explain(status: number, detail: string): ConnectionCheck {
  if (status === 401 || status === 403) return { ok: false, reason: 'unauthorized', detail };
  if (status === 404 || status === 405) return { ok: false, reason: 'not_found', detail };
  if (status === 0) return { ok: false, reason: 'network', detail };
  if (status >= 500 || status === 429 || status === 408) return { ok: false, reason: 'server', detail };
  return { ok: false, reason: 'rejected', detail };
}
