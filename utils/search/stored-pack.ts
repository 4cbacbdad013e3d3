import { bundledPackFiles } from '../knowledge/bundled';
import { type LoadResult, loadPack } from '../knowledge/load';
import type { Pack, PackFile } from '../knowledge/types';
import { importedPackStamp, legacyImportedPack } from '../settings';
import { buildIndex, packStamp, readCompiled, readFiles, writeCompiled, writeFiles } from './cache';
import type { EngineSnapshot } from './engine';

export interface ActivePack extends LoadResult {
  source: 'bundled' | 'imported';
  /** The stamp of the imported files (null for the bundled pack). */
  stamp: string | null;
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
  await writeFiles(files);
  await importedPackStamp.setValue(packStamp(files));
  await legacyImportedPack.removeValue();
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
  const stamp = await importedPackStamp.getValue();
  if (stamp) {
    const compiled = await readCompiled(stamp);
    if (compiled) return { pack: compiled.pack, errors: [], source: 'imported', stamp, snapshot: compiled.snapshot, compiled: true };
  }
  const files = stamp ? await readFiles() : await migrateLegacy();
  if (files) {
    const result = loadPack(files);
    if (result.pack) return { ...result, source: 'imported', stamp: packStamp(files), snapshot: null, compiled: false };
  }
  return { ...loadPack(bundledPackFiles()), source: 'bundled', stamp: null, snapshot: null, compiled: false };
}

/** The files of the active pack (for merging an import into it, or exporting it). */
export async function activePackFiles(): Promise<PackFile[]> {
  const files = await importedFiles();
  return files && loadPack(files).pack ? files : bundledPackFiles();
}

/** Stores a compiled copy of the imported pack (when it was missing or stale), so the next open is fast. */
export async function storeCompiled(stamp: string, pack: Pack, snapshot: EngineSnapshot | null): Promise<void> {
  await writeCompiled({ stamp, pack, snapshot });
}

/**
 * Replaces the imported pack with a validated one, compiled and indexed now while the admin
 * waits. The stamp is written last: pages watch it and reload the pack when it changes.
 */
export async function saveImportedPack(files: PackFile[], pack: Pack): Promise<void> {
  const stamp = packStamp(files);
  const { snapshot } = buildIndex(pack);
  await writeFiles(files);
  await writeCompiled({ stamp, pack, snapshot });
  await importedPackStamp.setValue(stamp);
}

/** Back to the bundled pack. */
export async function resetImportedPack(): Promise<void> {
  await writeFiles(null);
  await importedPackStamp.setValue(null);
}
