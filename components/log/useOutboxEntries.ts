import { useEffect, useState } from 'preact/hooks';
import { type OutboxEntry, openLogDb } from '../../utils/log';

/** The outbox as a page outside the panel sees it (the background delivers; this page re-reads every few seconds). */
export function useOutboxEntries(everyMs = 3000): OutboxEntry[] {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    let stopped = false;
    const read = async () => {
      const db = await openLogDb();
      try {
        const all = await db.getAll('outbox');
        if (!stopped) setEntries(all);
      } finally {
        db.close();
      }
    };
    void read().catch(() => {});
    const timer = setInterval(() => void read().catch(() => {}), everyMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [everyMs]);
  return entries;
}
