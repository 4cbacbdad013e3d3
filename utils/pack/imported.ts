import { type LoadResult, loadStoredPack } from '../knowledge/load';
import type { PackFile } from '../knowledge/types';
import type { EngineSnapshot } from '../search';
import { importedPackStamp, legacyImportedPack } from '../settings';
import { packStamp, readCompiled, readFiles, writeFiles } from './store';

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

/** The imported pack when there is a valid one (from its compiled copy when current), else null. */
export async function readImportedPack(): Promise<ActivePack | null> {
  const reading = importedPackStamp.getValue();
  const compiled = await readCompiled(reading);
  const stamp = await reading;
  if (stamp && compiled) return { pack: compiled.pack, errors: [], source: 'imported', stamp, key: stamp, snapshot: compiled.snapshot, compiled: true };
  const files = stamp ? await readFiles() : await migrateLegacy();
  if (!files) return null;
  const { files: _read, ...result } = loadStoredPack(files);
  if (!result.pack) return null;
  const fresh = packStamp(files);
  return { ...result, source: 'imported', stamp: fresh, key: fresh, snapshot: null, compiled: false };
}
