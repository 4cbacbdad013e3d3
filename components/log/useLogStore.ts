import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  allInteractions,
  deleteInteraction,
  type ImportResult,
  type Interaction,
  importInteractions,
  type LogDb,
  type OutboxEntry,
  openLogDb,
  recentInteractions,
  restoreInteraction,
  type SaveResult,
  saveInteraction,
  type ValidationContext,
} from '../../utils/log';
import type { LogChanged } from '../../utils/messaging';
import { retryNow } from '../../utils/sync';

export interface LogStore {
  records: Interaction[];
  /** True until every record is loaded (the newest page shows first). */
  loading: boolean;
  save(record: Interaction, isNew: boolean): Promise<SaveResult>;
  remove(id: string): Promise<Interaction | undefined>;
  restore(record: Interaction): Promise<void>;
  importRecords(result: Extract<ImportResult, { ok: true }>): Promise<{ added: number; skipped: number }>;
  /** Delivery state of each record, by id. */
  delivery: Map<string, OutboxEntry>;
  /** Queues records (all waiting or needing attention when no ids) for delivery now. */
  retry(ids?: string[]): Promise<void>;
}

const notify = () => {
  const message: LogChanged = { type: 'murshid:log-changed' };
  void browser.runtime.sendMessage(message).catch(() => {});
};

/** The log as panel state: the newest 50 at once from the time index, then everything, kept in memory for instant filters. */
export function useLogStore(context: Omit<ValidationContext, 'isNew' | 'today'>): LogStore {
  const db = useRef<Promise<LogDb> | null>(null);
  const [records, setRecords] = useState<Interaction[]>([]);
  const [loading, setLoading] = useState(true);
  const [delivery, setDelivery] = useState<Map<string, OutboxEntry>>(new Map());
  const open = useCallback(() => {
    db.current ??= openLogDb();
    return db.current;
  }, []);

  const reloadDelivery = useCallback(async () => {
    const d = await open();
    setDelivery(new Map((await d.getAll('outbox')).map((e) => [e.id, e])));
  }, [open]);

  const reload = useCallback(async () => {
    const d = await open();
    setRecords(await allInteractions(d));
    setLoading(false);
    await reloadDelivery();
  }, [open, reloadDelivery]);

  // The background delivers on its own schedule: follow it while records wait.
  const waiting = useMemo(() => [...delivery.values()].some((e) => e.state === 'pending'), [delivery]);
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void reloadDelivery(), 2000);
    return () => clearInterval(timer);
  }, [waiting, reloadDelivery]);

  useEffect(() => {
    void (async () => {
      const d = await open();
      setRecords(await recentInteractions(d, 50));
      await reload();
    })();
  }, [open, reload]);

  return useMemo<LogStore>(
    () => ({
      records,
      loading,
      async save(record, isNew) {
        const result = await saveInteraction(await open(), record, { ...context, isNew, today: new Date() });
        if (result.ok) {
          await reload();
          notify();
        }
        return result;
      },
      async remove(id) {
        const removed = await deleteInteraction(await open(), id);
        await reload();
        notify();
        return removed;
      },
      async restore(record) {
        await restoreInteraction(await open(), record);
        await reload();
        notify();
      },
      delivery,
      async retry(ids) {
        await retryNow(await open(), ids);
        notify();
        await reloadDelivery();
      },
      async importRecords(result) {
        const counts = await importInteractions(await open(), result.records);
        await reload();
        notify();
        return counts;
      },
    }),
    [records, loading, open, reload, context, delivery, reloadDelivery],
  );
}
