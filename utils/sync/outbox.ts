import type { Acknowledgement, Interaction, LogDb, OutboxEntry } from '../log';
import type { Connector } from './connectors';
import type { Attempt } from './http';
import { MAX_BATCH } from './webhook';

export interface DrainOptions {
  now?: () => Date;
  random?: () => number;
  uuid?: () => string;
  /** Back-off base and cap (full jitter): delay = random × min(cap, base × 2^attempts). */
  baseMs?: number;
  capMs?: number;
  /** Stop after this many requests in one drain (the next alarm continues). */
  maxRequests?: number;
}

export interface DrainReport {
  requests: number;
  sent: number;
  retried: number;
  attention: number;
  /** Batches sent again in halves because their answer was too long to read whole. */
  split: number;
}

/** Why a record the receiver did not confirm waits for a person. */
export const NOT_ACKNOWLEDGED = 'not acknowledged: the receiver answered without naming this record';

export function backoffDelay(attempts: number, random: () => number, baseMs: number, capMs: number): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempts));
}

/** The next request to make: a batch being retried (same records, same id) or up to 50 new entries. */
async function nextBatch(db: LogDb, now: number, uuid: () => string): Promise<{ id: string; entries: OutboxEntry[] } | null> {
  const due = await db.getAllFromIndex('outbox', 'by_due', IDBKeyRange.bound(['pending', 0], ['pending', now]), MAX_BATCH);
  const first = due[0];
  if (!first) return null;
  if (first.batch) {
    const entries = (await db.getAllFromIndex('outbox', 'by_batch', first.batch)).filter((e) => e.state === 'pending');
    return { id: first.batch, entries };
  }
  const fresh = due.filter((e) => !e.batch);
  const id = uuid();
  const tx = db.transaction('outbox', 'readwrite');
  await Promise.all([...fresh.map((e) => tx.store.put({ ...e, batch: id })), tx.done]);
  return { id, entries: fresh.map((e) => ({ ...e, batch: id })) };
}

/**
 * Delivers due outbox entries in batches of at most 50. Retries keep their batch (and so their
 * webhook-id); a record edited meanwhile was re-queued outside the batch and is left alone. A
 * batch whose 2xx answer was too long to read whole is sent again in halves (new webhook-ids,
 * same records), down to one record, which then needs attention with the reason.
 */
export async function drainOutbox(db: LogDb, connector: Connector, options: DrainOptions = {}): Promise<DrainReport> {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const uuid = options.uuid ?? (() => crypto.randomUUID());
  const baseMs = options.baseMs ?? 2_000;
  const capMs = options.capMs ?? 10 * 60_000;
  const report: DrainReport = { requests: 0, sent: 0, retried: 0, attention: 0, split: 0 };
  for (let i = 0; i < (options.maxRequests ?? 1000); i++) {
    const batch = await nextBatch(db, now().getTime(), uuid);
    if (!batch) break;
    // An outbox entry is an interaction's or an acknowledgement's (both keyed by their own UUID).
    const found = await Promise.all(batch.entries.map(async (e) => (await db.get('interactions', e.id)) ?? (await db.get('acknowledgements', e.id))));
    const records = found.filter((r): r is Interaction => !!r && !('type' in r && r.type === 'pack_acknowledged'));
    const acks = found.filter((r): r is Acknowledgement => !!r && 'type' in r && r.type === 'pack_acknowledged');
    const attempt: Attempt =
      records.length || acks.length
        ? await connector.deliver(records, batch.id, acks).catch(
            (e: unknown): Attempt => ({
              // A connector that cannot make sense of an answer says why; the records wait for a person, not forever.
              kind: 'reject',
              status: 0,
              error: `unexpected error: ${e instanceof Error ? e.message : String(e)}`,
            }),
          )
        : { kind: 'ok' };
    report.requests++;
    const at = now();
    const tx = db.transaction('outbox', 'readwrite');
    // Only entries still carrying this request's id: one edited meanwhile was queued again on its own.
    const live: OutboxEntry[] = [];
    for (const e of batch.entries) {
      const current = await tx.store.get(e.id);
      if (current && current.batch === batch.id) live.push(current);
    }
    if (attempt.kind === 'reject' && attempt.cut && live.length > 1) {
      // Refused only because the answer was too long to read whole (an acknowledgement that grows
      // with the batch): each half goes as a request of its own, due now, so its answer may fit.
      // Nothing counts as delivered; the records keep their ids (the receiver dedupes on them), and
      // a half gets a new webhook-id because it is a new request with another body.
      const middle = Math.ceil(live.length / 2);
      for (const half of [live.slice(0, middle), live.slice(middle)]) {
        const id = uuid();
        for (const e of half) await tx.store.put({ ...e, batch: id, attempts: e.attempts + 1, next_at: at.getTime(), last_error: attempt.error });
      }
      report.split++;
      await tx.done;
      continue;
    }
    for (const e of live) {
      if (attempt.kind === 'ok' && attempt.received && !attempt.received.includes(e.id)) {
        // The receiver answered but did not name this record: it is not delivered.
        await tx.store.put({ id: e.id, state: 'attention', attempts: e.attempts + 1, next_at: 0, last_error: NOT_ACKNOWLEDGED });
        report.attention++;
      } else if (attempt.kind === 'ok') {
        await tx.store.put({ id: e.id, state: 'sent', attempts: e.attempts + 1, next_at: 0, sent_at: at.toISOString() });
        report.sent++;
      } else if (attempt.kind === 'retry') {
        const wait = Math.max(backoffDelay(e.attempts, random, baseMs, capMs), attempt.retryAfterMs ?? 0);
        await tx.store.put({ ...e, attempts: e.attempts + 1, next_at: at.getTime() + wait, last_error: attempt.error });
        report.retried++;
      } else {
        await tx.store.put({ id: e.id, state: 'attention', attempts: e.attempts + 1, next_at: 0, last_error: attempt.error });
        report.attention++;
      }
    }
    await tx.done;
    if (attempt.kind === 'retry') break; // the endpoint is struggling: wait for the next alarm
  }
  return report;
}

/** Puts records that need attention (or all pending) back in the queue, due now. */
export async function retryNow(db: LogDb, ids?: string[], now = new Date()): Promise<number> {
  const tx = db.transaction('outbox', 'readwrite');
  const entries = ids ? (await Promise.all(ids.map((id) => tx.store.get(id)))).filter((e): e is OutboxEntry => !!e) : await tx.store.getAll();
  let n = 0;
  for (const e of entries) {
    if (e.state === 'sent') continue;
    await tx.store.put({
      id: e.id,
      state: 'pending',
      attempts: e.state === 'attention' ? 0 : e.attempts,
      next_at: now.getTime(),
      ...(e.state === 'pending' && e.batch ? { batch: e.batch } : {}),
    });
    n++;
  }
  await tx.done;
  return n;
}

export async function outboxCounts(db: LogDb): Promise<{ pending: number; attention: number; sent: number }> {
  const [pending, attention, sent] = await Promise.all(['pending', 'attention', 'sent'].map((s) => db.countFromIndex('outbox', 'by_state', s)));
  return { pending: pending ?? 0, attention: attention ?? 0, sent: sent ?? 0 };
}
