import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { upgradeInteraction } from './migrate';
import type { Acknowledgement, Interaction } from './types';

export const DB_NAME = 'murshid';
export const DB_VERSION = 3;

/** Delivery state of one record (filled by the outbox). */
export interface OutboxEntry {
  id: string;
  state: 'pending' | 'sent' | 'attention';
  attempts: number;
  next_at: number;
  last_error?: string;
  sent_at?: string;
  /** The request this entry is part of while it is being retried (its webhook-id). */
  batch?: string;
  /** An undelivered record past retention: when it will be purged (staff were warned when this was set). */
  expires_at?: number;
}

export interface LogSchema extends DBSchema {
  interactions: {
    key: string;
    value: Interaction;
    indexes: { by_occurred: string; by_due: string; by_updated: string };
  };
  /** Staff acknowledging a pack's changes: delivered through the same outbox as interactions. */
  acknowledgements: {
    key: string;
    value: Acknowledgement;
  };
  outbox: {
    key: string;
    value: OutboxEntry;
    indexes: { by_state: string; by_due: [string, number]; by_batch: string };
  };
}

export type LogDb = IDBPDatabase<LogSchema>;

/**
 * Versioned migrations, run in order from whatever version the browser holds:
 * 1 — interactions by id, indexed by time;
 * 2 — follow-up and update-time indexes, the outbox;
 * 3 — every stored record mapped to the current record schema (`upgradeInteraction`: the five
 *     steps recorded apart, `updated_at` filled in), in the upgrade transaction, so either all
 *     records are mapped or the database stays at its old version with all of them as they were.
 *     Also: the store of acknowledgements of pack changes (their outbox entries share the outbox, keyed by their own UUID).
 */
export function openLogDb(name = DB_NAME): Promise<LogDb> {
  return openDB<LogSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const store = db.createObjectStore('interactions', { keyPath: 'id' });
        store.createIndex('by_occurred', 'occurred_at');
      }
      if (oldVersion < 2) {
        const store = tx.objectStore('interactions');
        store.createIndex('by_due', 'follow_up.due');
        store.createIndex('by_updated', 'updated_at');
        const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
        outbox.createIndex('by_state', 'state');
        outbox.createIndex('by_due', ['state', 'next_at']);
        outbox.createIndex('by_batch', 'batch');
      }
      if (oldVersion >= 1 && oldVersion < 3) {
        void tx
          .objectStore('interactions')
          .openCursor()
          .then(async function map(cursor): Promise<void> {
            if (!cursor) return;
            await cursor.update(upgradeInteraction(cursor.value));
            return map(await cursor.continue());
          });
      }
      if (oldVersion < 3) db.createObjectStore('acknowledgements', { keyPath: 'id' });
    },
  });
}
