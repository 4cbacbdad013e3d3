import { checkEndpoint } from './endpoint';

/**
 * What one delivery attempt came to, whatever the connector. `received` (when the receiver
 * acknowledged record by record) names the only records that count as delivered. `cut` marks a
 * refusal for one reason only: the 2xx answer was longer than the read limit (`cutAnswer`), so
 * what it says of the records is unknown; the outbox then tries the batch in halves.
 */
export type Attempt =
  | { kind: 'ok'; received?: string[] }
  | { kind: 'retry'; error: string; retryAfterMs?: number }
  | { kind: 'reject'; error: string; status: number; cut?: true };

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** An answer is read up to this size; a receiver has no reason to say more. */
export const MAX_RESPONSE_BYTES = 256 * 1024;
/** The most read of a receiver that echoes a large batch back: twice the request, up to this. */
export const MAX_ECHO_BYTES = 4 * 1024 * 1024;

/** The slowest line a delivery allows for, in bytes a second: a large batch (and its echo) gets the time it needs. */
const SLOW_LINE_BYTES_PER_S = 64 * 1024;

/** A request body's size in bytes (a string is sent as UTF-8). */
const byteLength = (body: RequestInit['body']) => (typeof body === 'string' ? new TextEncoder().encode(body).byteLength : 0);
/** How much of the answer to a request of `sent` bytes is read. */
const limitFor = (sent: number) => Math.min(MAX_ECHO_BYTES, Math.max(MAX_RESPONSE_BYTES, 2 * sent));
/** How long a request of `sent` bytes may take. */
const timeoutFor = (timeoutMs: number, sent: number) =>
  sent <= MAX_RESPONSE_BYTES / 4 ? timeoutMs : timeoutMs + Math.ceil(((sent + limitFor(sent)) / SLOW_LINE_BYTES_PER_S) * 1000);

/**
 * How long a request of `body` may take: `timeoutMs`, plus the time to send it and read back an
 * answer as long as `answerLimit` allows on a slow line. A fixed timeout would fail a large batch
 * (and its echo) on slow office Wi-Fi every time, retried whole, for ever.
 */
export function requestTimeout(timeoutMs: number, body: RequestInit['body']): number {
  return timeoutFor(timeoutMs, byteLength(body));
}

/** How much of the answer to `body` is read: enough for a receiver that echoes the request back with its verdict. */
export function answerLimit(body: RequestInit['body']): number {
  return limitFor(byteLength(body));
}

/**
 * The longest wait a Retry-After can ask for: a day. A server that says "in a year" (or a value
 * too big for a date) would otherwise hold the records back, silently, long after it recovered.
 */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;
/** The asctime form of an HTTP date ("Sun Nov  6 08:49:37 1994"): GMT like the others, though it names no zone. */
const ASCTIME = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/** Retry-After as milliseconds: delta-seconds or an HTTP date (all three forms are GMT), at most a day. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Math.min(Number(v) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(ASCTIME.test(v) ? `${v} GMT` : v);
  return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - now.getTime()), MAX_RETRY_AFTER_MS);
}

/** Network errors, timeouts, 408, 429 and 5xx are retried; other 4xx (and 3xx: a redirect is never a delivery) need a person. */
export function classify(status: number, body: string, retryAfterMs?: number): Attempt {
  if (status >= 200 && status < 300) return { kind: 'ok' };
  const error = `HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ''}`;
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', error, retryAfterMs };
  return { kind: 'reject', error, status };
}

/**
 * A positive acknowledgement in a 2xx answer: `{"ok":true,"received":[ids…]}` counts only the
 * ids it names (and only ids of this batch); `{"ok":false,…}` is a refusal. Any other body —
 * empty, not JSON, or JSON without `received` — leaves the plain 2xx meaning (Standard Webhooks).
 */
export function acknowledgement(attempt: Attempt, body: string, ids: string[]): Attempt {
  if (attempt.kind !== 'ok') return attempt;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return attempt;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return attempt;
  const { ok, received, error } = json as { ok?: unknown; received?: unknown; error?: unknown };
  if (ok === false) return { kind: 'reject', error: `refused by the receiver: ${String(error ?? body).slice(0, 300)}`, status: 200 };
  if (!Array.isArray(received)) return attempt;
  const named = new Set(received.map(String));
  return { kind: 'ok', received: ids.filter((id) => named.has(id)) };
}

/** Google Apps Script web apps answer every POST with a 302 to script.googleusercontent.com, where the answer is read. */
export function isAppsScript(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname === 'script.google.com';
  } catch {
    return false;
  }
}
const APPS_SCRIPT_ANSWER_HOST = 'script.googleusercontent.com';

/** The one redirect accepted: an Apps Script POST answered from Google's answer host. */
export function isAppsScriptAnswer(url: string, finalUrl: string): boolean {
  try {
    return isAppsScript(url) && new URL(finalUrl).hostname === APPS_SCRIPT_ANSWER_HOST;
  } catch {
    return false;
  }
}

/**
 * The first `max` bytes of a body, never buffering more: reading stops once `max` bytes are in and
 * the rest is cancelled. `until`, when given, ends the reading by rejecting (a timeout that a body
 * ignoring its request's signal still loses to).
 */
export async function readUpTo(body: ReadableStream<Uint8Array>, max: number, until?: Promise<never>): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  try {
    while (size < max) {
      const { done, value } = await (until ? Promise.race([reader.read(), until]) : reader.read());
      if (done) {
        finished = true;
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    if (finished) reader.releaseLock();
    else void reader.cancel().catch(() => {});
  }
  const all = new Uint8Array(Math.min(size, max));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, all.length - at);
    all.set(part, at);
    at += part.length;
    if (at >= all.length) break;
  }
  return all;
}

/** An answer read up to the limit; `cut` when there was more (the rest cancelled, not buffered). */
export interface Answer {
  text: string;
  cut: boolean;
}

/** Reads at most `limit` bytes of a body as text, and whether it went on past them. */
export async function readLimited(res: Response, limit = MAX_RESPONSE_BYTES): Promise<Answer> {
  if (!res.body) return { text: await res.text().catch(() => ''), cut: false };
  const bytes = await readUpTo(res.body, limit + 1);
  return { text: new TextDecoder().decode(bytes.subarray(0, limit)), cut: bytes.byteLength > limit };
}

/**
 * Why a 2xx answer cut at the read limit (`answerLimit`) cannot be taken as it stands, or null. A
 * JSON answer read for what it says (an acknowledgement, a refusal, the CRM's ids) would, cut,
 * parse as nothing and count as a plain 2xx, even a padded `{"ok":false}` — or a verdict after
 * a long echo of the batch. So no cut JSON answer is taken: the outbox tries the batch in halves,
 * whose answers fit. A web page is not read for meaning, so its length does not matter.
 */
export function cutAnswer({ text, cut }: Answer, contentType: string | null): string | null {
  if (!cut || /html/i.test(contentType ?? '')) return null;
  // White space alone may be padding before a JSON verdict: read as JSON too.
  if (!/json/i.test(contentType ?? '') && !/^\s*(?:[[{]|$)/.test(text)) return null;
  return `unexpected answer: longer than the read limit, not read whole, so what it says of the records cannot be checked`;
}

/**
 * One HTTP request with a timeout, turned into an Attempt. The address is checked at every
 * request (HTTPS, or http on this computer only) whether it was typed, stored or set by policy,
 * and redirects are not followed: a redirect would re-send the body and credentials to another
 * host, so it is a refusal that needs a person, never a delivery. The one exception is Google
 * Apps Script (see docs/privacy.md): its 302 is followed as the GET without a body that fetch
 * makes of it, and only to Google's answer host.
 */
export async function send(
  fetcher: Fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  now: () => Date,
  ids?: string[],
  /** A webhook only: a CRM's request carries its key, which a followed redirect would take along. */
  { appsScript: mayBeAppsScript = false } = {},
): Promise<Attempt> {
  const checked = checkEndpoint(url);
  if (!checked.ok)
    return { kind: 'reject', error: `endpoint refused (${checked.reason === 'https' ? 'https:// required' : 'not a valid address'})`, status: 0 };
  const appsScript = mayBeAppsScript && isAppsScript(url);
  const controller = new AbortController();
  const sent = byteLength(init.body);
  const allowed = timeoutFor(timeoutMs, sent);
  const timer = setTimeout(() => controller.abort(), allowed);
  try {
    const res = await fetcher(url, { ...init, redirect: appsScript ? 'follow' : 'manual', signal: controller.signal });
    // In a browser a manual redirect is an opaque answer (status 0); elsewhere the 3xx itself.
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
      void res.body?.cancel().catch(() => {});
      const to = res.headers.get('location');
      return {
        kind: 'reject',
        error: `redirect ${res.status || '3xx'}${to ? ` to ${to.slice(0, 200)}` : ''} not followed: a redirect is not a delivery`,
        status: res.status || 300,
      };
    }
    if (appsScript && res.redirected && !isAppsScriptAnswer(url, res.url)) {
      void res.body?.cancel().catch(() => {});
      return { kind: 'reject', error: `redirect to ${new URL(res.url).host} not accepted`, status: 300 };
    }
    // An answer that fails to arrive whole is a network failure (the catch below: a retry), never an empty 2xx.
    const answer = await readLimited(res, limitFor(sent));
    const attempt = classify(res.status, answer.text, parseRetryAfter(res.headers.get('retry-after'), now()));
    if (!ids) return attempt;
    const unread = attempt.kind === 'ok' ? cutAnswer(answer, res.headers.get('content-type')) : null;
    return unread ? { kind: 'reject', error: unread, status: res.status, cut: true } : acknowledgement(attempt, answer.text, ids);
  } catch (e) {
    const aborted = controller.signal.aborted;
    return { kind: 'retry', error: aborted ? `timeout after ${allowed} ms` : `network: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    clearTimeout(timer);
  }
}
