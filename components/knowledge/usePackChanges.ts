import { useEffect, useState } from 'preact/hooks';
import { recordAcknowledgement } from '../../utils/distribution/acknowledge';
import type { Pack, PackChanges } from '../../utils/knowledge';
import { acknowledgePack, changesSinceAcknowledged } from '../../utils/pack/active';
import { packAckKey } from '../../utils/settings';

/** Changes since staff last acknowledged the pack (kept in sync across open panels). */
export function usePackChanges(pack: Pack | null, key: string | null): { changes: PackChanges | null; acknowledge: () => void } {
  const [changes, setChanges] = useState<PackChanges | null>(null);
  useEffect(() => {
    if (!pack || !key) return;
    let live = true;
    const check = () =>
      void changesSinceAcknowledged(key, pack).then((c) => {
        performance.mark('murshid:changes-checked');
        if (live) setChanges(c);
      });
    check();
    const unwatch = packAckKey.watch(check);
    return () => {
      live = false;
      unwatch();
    };
  }, [pack, key]);
  return {
    changes,
    acknowledge: () => {
      if (!pack || !key) return;
      setChanges(null);
      // Recorded for the association (through the outbox) as well as for this panel's next compare.
      void recordAcknowledgement(key, pack).catch(() => {});
      void acknowledgePack(key, pack);
    },
  };
}
