import type { ConnectorConfig, DeliveryContext } from './connectors';
import { createConnector } from './connectors';
import { type Fetch, isAppsScriptAnswer } from './http';

export type ConnectionProblem = 'unauthorized' | 'not_found' | 'network' | 'timeout' | 'redirect' | 'unexpected' | 'rejected' | 'server';
export type ConnectionCheck = { ok: true } | { ok: false; reason: ConnectionProblem; detail: string };

/**
 * Sends an empty, signed delivery (no records; CRMs get a harmless look-up) and says plainly
 * what came back: a redirect, a sign-in page or a timeout is named as such, never "unreachable".
 */
export async function testConnection(cfg: ConnectorConfig, ctx: DeliveryContext): Promise<ConnectionCheck> {
  let redirectedTo: string | null = null;
  const watching: Fetch = async (url, init) => {
    const res = await ctx.fetch(url, init);
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) redirectedTo = res.headers.get('location') ?? '';
    // Google Apps Script always answers through its own 302 (send() accepts that one): not a redirect to report.
    else if (res.redirected && res.url && res.url !== url && !isAppsScriptAnswer(url, res.url)) redirectedTo = res.url;
    return res;
  };
  const requestId = cfg.kind === 'webhook' ? `test_${ctx.now().getTime()}` : 'connection-test';
  const attempt = await createConnector(cfg, { ...ctx, fetch: watching }).deliver([], requestId);
  if (redirectedTo !== null) return { ok: false, reason: 'redirect', detail: redirectedTo || '?' };
  if (attempt.kind === 'ok') return { ok: true };
  if (attempt.kind === 'retry' && attempt.error.startsWith('timeout'))
    return { ok: false, reason: 'timeout', detail: String(Number((ctx.timeoutMs / 1000).toFixed(1))) };
  const status = attempt.kind === 'reject' ? attempt.status : Number(/^HTTP (\d+)/.exec(attempt.error)?.[1] ?? 0);
  return explain(status, attempt.error);
}

function explain(status: number, detail: string): ConnectionCheck {
  if (status === 200) return { ok: false, reason: 'unexpected', detail };
  if (status === 401 || status === 403) return { ok: false, reason: 'unauthorized', detail };
  if (status === 404 || status === 405) return { ok: false, reason: 'not_found', detail };
  if (status === 0) return { ok: false, reason: 'network', detail };
  if (status >= 500 || status === 429 || status === 408) return { ok: false, reason: 'server', detail };
  return { ok: false, reason: 'rejected', detail };
}
