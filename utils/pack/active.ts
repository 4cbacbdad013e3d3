import { bundledPackFiles } from '../knowledge/bundled';
import { loadPack, loadStoredPack } from '../knowledge/load';
import type { Pack, PackFile } from '../knowledge/types';
import { buildIndex } from '../search';
import { importedPackStamp } from '../settings';
import { type ActivePack, importedFiles, readImportedPack } from './imported';
import { noteActivePack } from './note';
import { packStamp, writeCompiled, writeFiles } from './store';

export { acknowledgePack, changesSinceAcknowledged } from './acknowledged';
export { type ActivePack, type IndexSource, importedFiles, readImportedPack } from './imported';

/**
 * The pack pages and the background work with: the imported one when valid, else the bundled
 * one. A current compiled copy is used when there is one (a small stamp read and one IndexedDB
 * read); otherwise the imported Markdown is parsed again. (The panel opens on `./open` instead.)
 */
export async function readActivePack(): Promise<ActivePack> {
  const imported = await readImportedPack();
  if (imported) return imported;
  const bundled = bundledPackFiles();
  return { ...loadPack(bundled), source: 'bundled', stamp: null, key: `bundled-${packStamp(bundled)}`, snapshot: null, compiled: false };
}

/** The files of the active pack (for merging an import into it, or exporting it). */
export async function activePackFiles(): Promise<PackFile[]> {
  const files = await importedFiles();
  const stored = files ? loadStoredPack(files) : null;
  return stored?.pack ? stored.files : bundledPackFiles();
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
  noteActivePack(stamp);
}

/** Back to the bundled pack. */
export async function resetImportedPack(): Promise<void> {
  await writeFiles(null);
  await importedPackStamp.setValue(null);
  noteActivePack(null);
}
