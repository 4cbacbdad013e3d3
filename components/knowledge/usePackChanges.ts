import { useEffect, useState } from 'preact/hooks';
import type { Pack, PackChanges } from '../../utils/knowledge';
import { packAckKey } from '../../utils/settings';
import { whenIdle } from '../ui/lazy';

/** Loaded after the first answer: nothing here is needed to show it. */
const acknowledged = () => import('../../utils/pack/acknowledged');

/**
 * Changes since staff last acknowledged the pack (kept in sync across open panels). Checked once
 * the pack is confirmed as the active one: at once on a first run, else when the page is idle.
 */
export function usePackChanges(pack: Pack | null, key: string | null, ready = true): { changes: PackChanges | null; acknowledge: () => void } {
  const [changes, setChanges] = useState<PackChanges | null>(null);
  useEffect(() => {
    if (!pack || !key || !ready) return;
    let live = true;
    const check = () =>
      void acknowledged()
        .then(({ changesSinceAcknowledged }) => changesSinceAcknowledged(key, pack))
        .then((c) => {
          performance.mark('murshid:changes-checked');
          if (live) setChanges(c);
        });
    // The everyday case (this pack acknowledged) reads one small key; a first run takes the pack as
    // read at once (an import soon after must be compared with it); a diff waits for idle time.
    let cancel = () => {};
    void packAckKey.getValue().then((acked) => {
      if (!live) return;
      if (acked === key) setChanges(null);
      else if (acked === null) check();
      else cancel = whenIdle(check);
    });
    const unwatch = packAckKey.watch(check);
    return () => {
      live = false;
      cancel();
      unwatch();
    };
  }, [pack, key, ready]);
  return {
    changes,
    acknowledge: () => {
      if (!pack || !key) return;
      setChanges(null);
      // Recorded for the association (through the outbox) as well as for this panel's next compare.
      void import('../../utils/distribution/acknowledge').then(({ recordAcknowledgement }) => recordAcknowledgement(key, pack)).catch(() => {});
      void acknowledged().then(({ acknowledgePack }) => acknowledgePack(key, pack));
    },
  };
}
