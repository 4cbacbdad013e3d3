import { useEffect, useMemo, useState } from 'preact/hooks';
import { changeCount, diffPack, type Pack, type PackChanges, type PackSnapshot, snapshotOf } from '../../utils/knowledge';
import { packSnapshot } from '../../utils/settings';

/** Changes since staff last acknowledged the pack; the first run takes the pack as read. */
export function usePackChanges(pack: Pack | null): { changes: PackChanges | null; acknowledge: () => void } {
  const [snapshot, setSnapshot] = useState<PackSnapshot | null | undefined>(undefined);
  useEffect(() => {
    void packSnapshot.getValue().then(setSnapshot);
    return packSnapshot.watch((v) => setSnapshot(v));
  }, []);
  const current = useMemo(() => (pack ? snapshotOf(pack) : null), [pack]);
  useEffect(() => {
    if (snapshot === null && current) void packSnapshot.setValue(current);
  }, [snapshot, current]);
  const changes = useMemo(() => {
    if (!snapshot || !current) return null;
    const diff = diffPack(snapshot, current);
    return changeCount(diff) ? diff : null;
  }, [snapshot, current]);
  return { changes, acknowledge: () => current && void packSnapshot.setValue(current) };
}
