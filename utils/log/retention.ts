import type { LogDb } from './db';

const DAY = 86_400_000;
/** How long an undelivered record past retention is announced before it is purged. */
export const GRACE_DAYS = 30;

export interface PurgeResult {
  /** Delivered records older than the retention, removed. */
  delivered: number;
  /** Undelivered records whose announced grace period ended, removed. */
  undelivered: number;
  /** Undelivered records that just entered their grace period (staff are told now). */
  warned: number;
  /** The earliest announced purge among those still waiting, if any. */
  nextExpiry?: number;
}

/**
 * Retention, for every record whatever its delivery state — personal data is never kept forever:
 * - delivered (`sent`) records older than `days` are removed;
 * - an undelivered record older than `days` is first announced: it gets `expires_at` = now + grace,
 *   and is removed only once that date has passed (so staff always have GRACE_DAYS of warning to
 *   deliver or export it, even for records imported already old). `days` must be clamped first.
 */
export async function purgeExpired(db: LogDb, days: number, now = new Date(), graceDays = GRACE_DAYS): Promise<PurgeResult> {
  if (!Number.isFinite(days) || days < 1) throw new RangeError(`retention of ${days} days`);
  const cutoff = new Date(now.getTime() - days * DAY).toISOString();
  const at = now.getTime();
  const result: PurgeResult = { delivered: 0, undelivered: 0, warned: 0 };
  const tx = db.transaction(['interactions', 'outbox'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  let cursor = await tx.objectStore('interactions').index('by_occurred').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    const entry = await outbox.get(cursor.value.id);
    if (entry?.state === 'sent') {
      await outbox.delete(cursor.value.id);
      await cursor.delete();
      result.delivered++;
    } else if (entry?.expires_at !== undefined && entry.expires_at <= at) {
      await outbox.delete(cursor.value.id);
      await cursor.delete();
      result.undelivered++;
    } else {
      const expires = entry?.expires_at ?? at + graceDays * DAY;
      if (entry?.expires_at === undefined) {
        await outbox.put({ ...(entry ?? { id: cursor.value.id, state: 'pending', attempts: 0, next_at: at }), expires_at: expires });
        result.warned++;
      }
      result.nextExpiry = Math.min(result.nextExpiry ?? expires, expires);
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return result;
}
