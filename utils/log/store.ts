import type { LogDb } from './db';
import type { Acknowledgement, FieldError, Interaction } from './types';
import { type ValidationContext, validateInteraction } from './validate';

export type SaveResult = { ok: true; record: Interaction } | { ok: false; errors: FieldError[] };

/**
 * Saves a record whole or not at all: validated first, then written together with its outbox
 * entry in one transaction, so a saved record is always queued for delivery.
 */
export async function saveInteraction(db: LogDb, record: Interaction, ctx: ValidationContext, now = new Date()): Promise<SaveResult> {
  const errors = validateInteraction(record, ctx);
  if (errors.length) return { ok: false, errors };
  const stored: Interaction = { ...record, updated_at: now.toISOString() };
  const tx = db.transaction(['interactions', 'outbox'], 'readwrite');
  await Promise.all([
    tx.objectStore('interactions').put(stored),
    tx.objectStore('outbox').put({ id: stored.id, state: 'pending', attempts: 0, next_at: now.getTime() }),
    tx.done,
  ]);
  return { ok: true, record: stored };
}

/** Deletes a record (and its delivery state); returns it so the panel can undo. */
export async function deleteInteraction(db: LogDb, id: string): Promise<Interaction | undefined> {
  const tx = db.transaction(['interactions', 'outbox'], 'readwrite');
  const record = await tx.objectStore('interactions').get(id);
  await Promise.all([tx.objectStore('interactions').delete(id), tx.objectStore('outbox').delete(id), tx.done]);
  return record;
}

/** Puts a deleted record back exactly as it was (undo), queued again for delivery. */
export async function restoreInteraction(db: LogDb, record: Interaction, now = new Date()): Promise<void> {
  const tx = db.transaction(['interactions', 'outbox'], 'readwrite');
  await Promise.all([
    tx.objectStore('interactions').put(record),
    tx.objectStore('outbox').put({ id: record.id, state: 'pending', attempts: 0, next_at: now.getTime() }),
    tx.done,
  ]);
}

/** The newest `limit` records, newest first, straight from the time index (fast first paint). */
export async function recentInteractions(db: LogDb, limit = 50): Promise<Interaction[]> {
  const out: Interaction[] = [];
  let cursor = await db.transaction('interactions').store.index('by_occurred').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** Every record, newest first. */
export async function allInteractions(db: LogDb): Promise<Interaction[]> {
  return (await db.getAllFromIndex('interactions', 'by_occurred')).reverse();
}

/** Records whose follow-up is still open, soonest first. */
export async function openFollowUps(db: LogDb): Promise<Interaction[]> {
  return (await db.getAllFromIndex('interactions', 'by_due')).filter((r) => r.follow_up && !r.follow_up.done_at);
}

/** Adds records not already present (by id), in one transaction; returns how many were new. */
export async function importInteractions(db: LogDb, records: Interaction[], now = new Date()): Promise<{ added: number; skipped: number }> {
  const tx = db.transaction(['interactions', 'outbox'], 'readwrite');
  let added = 0;
  for (const r of records) {
    if (await tx.objectStore('interactions').getKey(r.id)) continue;
    await tx.objectStore('interactions').put(r);
    await tx.objectStore('outbox').put({ id: r.id, state: 'pending', attempts: 0, next_at: now.getTime() });
    added++;
  }
  await tx.done;
  return { added, skipped: records.length - added };
}
/** Stores an acknowledgement and queues it for delivery, in one transaction. */
export async function saveAcknowledgement(db: LogDb, ack: Acknowledgement, now = new Date()): Promise<void> {
  const tx = db.transaction(['acknowledgements', 'outbox'], 'readwrite');
  await Promise.all([
    tx.objectStore('acknowledgements').put(ack),
    tx.objectStore('outbox').put({ id: ack.id, state: 'pending', attempts: 0, next_at: now.getTime() }),
    tx.done,
  ]);
}
