/** What one delivery attempt came to, whatever the connector. */
export type Attempt = { kind: 'ok' } | { kind: 'retry'; error: string; retryAfterMs?: number } | { kind: 'reject'; error: string; status: number };

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** Network errors, timeouts, 408, 429 and 5xx are retried; other 4xx need a person. */
export function classify(status: number, body: string, retryAfterMs?: number): Attempt {
  if (status >= 200 && status < 300) return { kind: 'ok' };
  const error = `HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ''}`;
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', error, retryAfterMs };
  return { kind: 'reject', error, status };
}

/** One HTTP request with a timeout, turned into an Attempt. */
export async function send(fetcher: Fetch, url: string, init: RequestInit, timeoutMs: number, now: () => Date): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetcher(url, { ...init, signal: controller.signal });
    const text = await res.text().catch(() => '');
    return classify(res.status, text, parseRetryAfter(res.headers.get('retry-after'), now()));
  } catch (e) {
    const aborted = controller.signal.aborted;
    return { kind: 'retry', error: aborted ? `timeout after ${timeoutMs} ms` : `network: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    clearTimeout(timer);
  }
}
