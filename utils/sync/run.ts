import { browser } from 'wxt/browser';
import { openLogDb } from '../log';
import { lastDelivered, readManaged } from '../settings';
import { readConnector } from '../settings/secrets';
import { createConnector } from './connectors';
import { type DrainReport, drainOutbox, retryNow } from './outbox';

export const ALARM_SYNC = 'murshid-sync';
let running: Promise<DrainReport | null> | null = null;

/** Drains the outbox once (never two drains at a time); nothing happens until a connector is set. */
export function drainNow(): Promise<DrainReport | null> {
  running ??= (async () => {
    try {
      // A connector IT set by policy wins over the one saved in the options page.
      const cfg = (await readManaged()).connector ?? (await readConnector());
      if (!cfg?.endpoint) return null;
      const db = await openLogDb();
      try {
        const report = await drainOutbox(db, createConnector(cfg, { fetch: (u, i) => fetch(u, i), now: () => new Date(), timeoutMs: 15_000 }));
        if (report.sent > 0) await lastDelivered.setValue({ endpoint: cfg.endpoint, at: new Date().toISOString() });
        return report;
      } finally {
        db.close();
      }
    } catch {
      return null; // the next alarm tries again; records stay queued
    } finally {
      running = null;
    }
  })();
  return running;
}

export async function scheduleSync(): Promise<void> {
  if (!(await browser.alarms.get(ALARM_SYNC))) await browser.alarms.create(ALARM_SYNC, { periodInMinutes: 1 });
}

/** Access to an address was granted (from the panel, the options page or the browser's own settings): records waiting go now. */
export async function deliverAfterAccess(): Promise<void> {
  const db = await openLogDb();
  try {
    const waiting = await db.getAllFromIndex('outbox', 'by_state', 'pending');
    await retryNow(
      db,
      waiting.map((e) => e.id),
    );
  } finally {
    db.close();
  }
  await drainNow();
}
