/**
 * Following a published pack (browser only: imported by path). The background checks the source at
 * start, on an alarm and when staff press "check now"; a verified newer pack replaces the active one
 * whole (files, compiled copy, then the stamp pages watch), anything else leaves it answering.
 */
import { browser } from 'wxt/browser';
import { snapshotOf } from '../knowledge/changes';
import { readActivePack, saveImportedPack } from '../pack/active';
import { packStamp, readAcknowledged, writeAcknowledged } from '../pack/store';
import { readManaged } from '../settings/managed';
import { readUpTo } from '../sync/http';
import { verifyPublished } from './published';
import { parsePublicKeys } from './sign';
import { EMPTY_FOLLOW, type FollowErrorCode, type FollowState, followState, ownPackSource, packOrigin } from './state';

export const ALARM_PACK = 'murshid-pack';
/** Default time between checks: six hours. */
export const PACK_CHECK_MINUTES = 360;
const TIMEOUT_MS = 30_000;
/** A published pack.json holds every file of the pack: the import's own limit for all of them. */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;
/** pack.json.sig is one line of base64 per key. */
export const MAX_SIGNATURE_BYTES = 64 * 1024;

export interface PackSource {
  url: string;
  publicKey: string;
  /** Set by the browser policy (shown locked). */
  managed: boolean;
}

/** The source in effect: the policy's when IT set one, else the one saved in the options page. */
export async function packSource(): Promise<PackSource | null> {
  const managed = await readManaged();
  if (managed.packUrl && managed.packPublicKey) return { url: managed.packUrl, publicKey: managed.packPublicKey, managed: true };
  const own = await ownPackSource.getValue();
  return own?.url ? { ...own, managed: false } : null;
}

/** The host pattern the pack's origin needs (and the signature next to it). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

export async function hasHostAccess(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** `pack.json` → `pack.json.sig` (a query string stays after it). */
export function signatureUrl(url: string): string {
  const u = new URL(url);
  u.pathname = `${u.pathname}.sig`;
  return u.toString();
}

export type CheckOutcome =
  | { kind: 'none' }
  | { kind: 'unchanged'; version: string | null }
  | { kind: 'applied'; version: string }
  | { kind: 'waiting'; version: string }
  | { kind: 'refused'; code: FollowErrorCode; detail: string };

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/**
 * One request and, when it is a 2xx, its whole body — both within the timeout (a server that sends
 * its headers and then a byte now and then is a timeout, not a check that never ends and blocks
 * every later one) and up to `limit` bytes (`too_large`: refused on its Content-Length or when the
 * bytes pass the limit, never buffered whole).
 */
async function fetchBody(
  fetcher: Fetcher,
  url: string,
  init: RequestInit,
  limit: number,
  timeoutMs: number,
): Promise<{ res: Response; bytes: Uint8Array | 'too_large' }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  // A body that ignores the signal still loses the race.
  const aborted = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(Object.assign(new Error('timeout'), { name: 'AbortError' })), { once: true }),
  );
  aborted.catch(() => {});
  try {
    const res = await Promise.race([fetcher(url, { ...init, signal: controller.signal }), aborted]);
    if (!res.ok || !res.body) {
      void res.body?.cancel().catch(() => {});
      return { res, bytes: new Uint8Array() };
    }
    if (Number(res.headers.get('content-length') ?? 0) > limit) {
      void res.body.cancel().catch(() => {});
      return { res, bytes: 'too_large' };
    }
    // One byte past the limit is enough to know it is too large.
    const bytes = await readUpTo(res.body, limit + 1, aborted);
    if (bytes.byteLength > limit) return { res, bytes: 'too_large' };
    return { res, bytes };
  } finally {
    clearTimeout(timer);
  }
}

function networkFailure(e: unknown, access: boolean, timeoutMs: number): { code: FollowErrorCode; detail: string } {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof Error && e.name === 'AbortError') return { code: 'timeout', detail: `${timeoutMs / 1000} s` };
  // Without host access a blocked CORS answer and an unreachable server look alike.
  return { code: access ? 'network' : 'no_access', detail: message };
}

async function check(fetcher: Fetcher, now: () => Date, timeoutMs: number): Promise<CheckOutcome> {
  const source = await packSource();
  if (!source) return { kind: 'none' };
  const state = await followState.getValue();
  const at = now().toISOString();
  const finish = async (outcome: CheckOutcome, patch: Partial<FollowState> = {}): Promise<CheckOutcome> => {
    const failed = outcome.kind === 'refused';
    await followState.setValue({
      ...state,
      ...patch,
      lastCheckAt: at,
      ...(failed ? { lastError: { code: outcome.code, detail: outcome.detail, at } } : { lastError: null, lastSuccessAt: at }),
    });
    return outcome;
  };
  const keys = parsePublicKeys(source.publicKey);
  if (keys.length === 0) return finish({ kind: 'refused', code: 'no_key', detail: '' });
  // A pack installed from another URL is no baseline for this one (the source was changed).
  const installed = state.installed?.url === source.url ? state.installed : null;
  const origin = await packOrigin.getValue();
  const followedActive = !!installed && origin?.kind === 'followed' && origin.sha256 === installed.sha256;
  const access = await hasHostAccess(source.url);
  // With host access the ETag is sent by hand; without it, a custom header would need a CORS
  // preflight, so the browser's own cache revalidates (it sends If-None-Match itself).
  const headers: Record<string, string> = access && followedActive && state.etag ? { 'if-none-match': state.etag } : {};
  let res: Response;
  let bytes: Uint8Array | 'too_large';
  try {
    ({ res, bytes } = await fetchBody(
      fetcher,
      source.url,
      { headers, cache: access ? 'no-store' : 'no-cache', credentials: 'omit' },
      MAX_PACK_BYTES,
      timeoutMs,
    ));
  } catch (e) {
    return finish({ kind: 'refused', ...networkFailure(e, access, timeoutMs) });
  }
  if (res.status === 304) return finish({ kind: 'unchanged', version: installed?.version ?? null });
  if (!res.ok) return finish({ kind: 'refused', code: 'http', detail: `HTTP ${res.status}` });
  if (bytes === 'too_large') return finish({ kind: 'refused', code: 'too_large', detail: `pack.json > ${MAX_PACK_BYTES / 1048576} MB` });
  const etag = res.headers.get('etag');
  let signature: Uint8Array | null = null;
  try {
    const sig = await fetchBody(fetcher, signatureUrl(source.url), { cache: 'no-store', credentials: 'omit' }, MAX_SIGNATURE_BYTES, timeoutMs);
    if (sig.bytes === 'too_large') return finish({ kind: 'refused', code: 'too_large', detail: `pack.json.sig > ${MAX_SIGNATURE_BYTES / 1024} KB` });
    signature = sig.res.ok ? sig.bytes : null;
  } catch (e) {
    return finish({ kind: 'refused', ...networkFailure(e, access, timeoutMs) });
  }
  // The signature is checked before anything in the file is read.
  const verified = await verifyPublished(bytes, signature, keys, installed);
  if (!verified.ok) {
    const detail = verified.errors?.length ? verified.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n') : verified.error;
    return finish({ kind: 'refused', code: verified.code, detail });
  }
  if (followedActive && verified.sha256 === installed?.sha256) return finish({ kind: 'unchanged', version: installed.version }, { etag });
  if (origin?.kind === 'imported' && origin.overridesFollow)
    return finish({ kind: 'waiting', version: verified.pack.version }, { waiting: { version: verified.pack.version, sha256: verified.sha256 } });

  // What staff had before the first followed pack is what its changes are shown against.
  const previous = await readActivePack();
  if (previous.pack && !(await readAcknowledged().catch(() => null))) await writeAcknowledged(snapshotOf(previous.pack)).catch(() => {});
  await saveImportedPack(verified.files, verified.pack);
  await packOrigin.setValue({
    kind: 'followed',
    stamp: packStamp(verified.files),
    pack_id: verified.pack.id,
    version: verified.pack.version,
    sha256: verified.sha256,
    at,
    url: source.url,
  });
  const applied = {
    url: source.url,
    pack_id: verified.pack.id,
    version: verified.pack.version,
    sha256: verified.sha256,
    published_at: verified.meta.published_at,
    applied_at: at,
  };
  return finish({ kind: 'applied', version: verified.pack.version }, { etag, installed: applied, waiting: null });
}

let running: Promise<CheckOutcome> | null = null;

/** One check at a time (start, alarm and "check now" may meet); failures never throw. */
export function checkPackNow(fetcher: Fetcher = (u, i) => fetch(u, i), now: () => Date = () => new Date(), timeoutMs = TIMEOUT_MS): Promise<CheckOutcome> {
  running ??= check(fetcher, now, timeoutMs)
    .catch((e): CheckOutcome => ({ kind: 'refused', code: 'network', detail: e instanceof Error ? e.message : String(e) }))
    .finally(() => {
      running = null;
    });
  return running;
}

export async function schedulePackChecks(minutes = PACK_CHECK_MINUTES): Promise<void> {
  const existing = await browser.alarms.get(ALARM_PACK);
  if (existing?.periodInMinutes !== minutes) await browser.alarms.create(ALARM_PACK, { periodInMinutes: minutes, delayInMinutes: minutes });
}

/** Staff set (or cleared) their own source: a new baseline, fetched afresh. */
export async function setOwnSource(source: { url: string; publicKey: string } | null): Promise<void> {
  await ownPackSource.setValue(source);
  const state = await followState.getValue();
  await followState.setValue({ ...EMPTY_FOLLOW, installed: state.installed });
}
