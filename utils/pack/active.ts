import { bundledPackFiles } from '../knowledge/bundled';
import { changeCount, diffPack, type PackChanges, type PackSnapshot, snapshotOf } from '../knowledge/changes';
import { type LoadResult, loadPack } from '../knowledge/load';
import type { Pack, PackFile } from '../knowledge/types';
import { buildIndex, type EngineSnapshot } from '../search';
import { importedPackStamp, legacyImportedPack, legacyPackSnapshot, packAckKey } from '../settings';
import { packStamp, readAcknowledged, readCompiled, readFiles, writeAcknowledged, writeCompiled, writeFiles } from './store';

export interface ActivePack extends LoadResult {
  source: 'bundled' | 'imported';
  /** The stamp of the imported files (null for the bundled pack). */
  stamp: string | null;
  /** Identifies this pack's content, imported or bundled (what acknowledging refers to). */
  key: string;
  /** The cached index of a large imported pack, when current. */
  snapshot: EngineSnapshot | null;
  /** Whether this came from a current compiled copy (else one is worth storing). */
  compiled: boolean;
}

/** What the search needs to know about where the active pack came from. */
export type IndexSource = Pick<ActivePack, 'stamp' | 'snapshot' | 'compiled'>;

/** Files imported by an earlier version (kept in `storage.local`), moved into IndexedDB once. */
async function migrateLegacy(): Promise<PackFile[] | null> {
  const files = await legacyImportedPack.getValue();
  if (!files) return null;
  try {
    await writeFiles(files);
    await importedPackStamp.setValue(packStamp(files));
    await legacyImportedPack.removeValue();
  } catch {
    // IndexedDB cannot be written here: the files stay where they are and still answer.
  }
  return files;
}

/** The imported files, or null when the bundled pack is in use. */
export async function importedFiles(): Promise<PackFile[] | null> {
  return (await importedPackStamp.getValue()) ? await readFiles() : await migrateLegacy();
}

/**
 * The pack pages and the background work with: the imported one when valid, else the bundled
 * one. A current compiled copy is used when there is one (a small stamp read and one IndexedDB
 * read); otherwise the imported Markdown is parsed again.
 */
export async function readActivePack(): Promise<ActivePack> {
  const reading = importedPackStamp.getValue();
  const compiled = await readCompiled(reading);
  const stamp = await reading;
  if (stamp && compiled) return { pack: compiled.pack, errors: [], source: 'imported', stamp, key: stamp, snapshot: compiled.snapshot, compiled: true };
  const files = stamp ? await readFiles() : await migrateLegacy();
  if (files) {
    const result = loadPack(files);
    if (result.pack) {
      const fresh = packStamp(files);
      return { ...result, source: 'imported', stamp: fresh, key: fresh, snapshot: null, compiled: false };
    }
  }
  const bundled = bundledPackFiles();
  return { ...loadPack(bundled), source: 'bundled', stamp: null, key: `bundled-${packStamp(bundled)}`, snapshot: null, compiled: false };
}

/** The files of the active pack (for merging an import into it, or exporting it). */
export async function activePackFiles(): Promise<PackFile[]> {
  const files = await importedFiles();
  return files && loadPack(files).pack ? files : bundledPackFiles();
}

/**
 * Replaces the imported pack with a validated one, compiled and indexed now while the admin
 * waits. The stamp is written last: pages watch it and reload the pack when it changes.
 */
export async function saveImportedPack(files: PackFile[], pack: Pack, onProgress?: (done: number, total: number) => void): Promise<void> {
  const stamp = packStamp(files);
  const { snapshot } = await buildIndex(pack, { onProgress });
  await writeFiles(files);
  await writeCompiled({ stamp, pack, snapshot });
  await importedPackStamp.setValue(stamp);
}

/** Back to the bundled pack. */
export async function resetImportedPack(): Promise<void> {
  await writeFiles(null);
  await importedPackStamp.setValue(null);
}

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
