import { changeCount, diffPack, type PackChanges, type PackSnapshot, snapshotOf } from '../knowledge/changes';
import type { Pack } from '../knowledge/types';
import { legacyPackSnapshot, packAckKey } from '../settings';
import { readAcknowledged, writeAcknowledged } from './store';

/** Records that staff read this pack: later opens compare against it. */
export async function acknowledgePack(key: string, pack: Pack): Promise<void> {
  await recordAcknowledged(key, snapshotOf(pack));
}

async function recordAcknowledged(key: string, snapshot: PackSnapshot): Promise<void> {
  await writeAcknowledged(snapshot);
  await packAckKey.setValue(key);
}

/**
 * What changed since staff last acknowledged a pack; null when nothing did. When the pack in
 * use is the one acknowledged (the everyday case) only a small key is read. The first run takes
 * the pack as read.
 */
export async function changesSinceAcknowledged(key: string, pack: Pack): Promise<PackChanges | null> {
  if ((await packAckKey.getValue()) === key) return null;
  let before = await readAcknowledged();
  if (!before) {
    before = await legacyPackSnapshot.getValue();
    if (before) {
      await writeAcknowledged(before);
      await legacyPackSnapshot.removeValue();
    }
  }
  const now = snapshotOf(pack);
  const diff = before ? diffPack(before, now) : null;
  if (diff && changeCount(diff)) return diff;
  await recordAcknowledged(key, now);
  return null;
}
