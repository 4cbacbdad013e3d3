import { bundledPackFiles } from '../knowledge/bundled';
import { loadPack } from '../knowledge/load';
import type { Pack, PackFile } from '../knowledge/types';
import { previousPack } from '../settings';
import { importedFiles, resetImportedPack, saveImportedPack } from './active';

/** "3 documents, 72 sections, 24 templates"-like figures kept with the previous pack, for the admin to recognise it. */
const figures = (pack: Pack | null) =>
  pack ? `${pack.version} · ${pack.documents.length}/${pack.documents.reduce((n, d) => n + d.sections.length, 0)}/${pack.templates.length}` : '';

/** Keeps the pack in use now (imported files, or the bundled pack) as the one to go back to. */
export async function rememberCurrentPack(now = new Date()): Promise<void> {
  const files = await importedFiles();
  const valid = files && loadPack(files).pack ? files : null;
  const pack = loadPack(valid ?? bundledPackFiles()).pack;
  await previousPack.setValue({ files: valid, at: now.toISOString(), summary: figures(pack) });
}

/**
 * Puts the previous pack back (and keeps the one it replaces as the new previous, so restoring
 * twice undoes the restore). Returns the pack now in use, or null when there was none to restore.
 */
export async function restorePreviousPack(onProgress?: (done: number, total: number) => void): Promise<Pack | null> {
  const previous = await previousPack.getValue();
  if (!previous) return null;
  const result = loadPack(previous.files ?? bundledPackFiles());
  if (!result.pack) return null;
  await rememberCurrentPack();
  if (previous.files) await saveImportedPack(previous.files, result.pack, onProgress);
  else await resetImportedPack();
  return result.pack;
}

/** Imports validated files, keeping the pack they replace. */
export async function applyImport(files: PackFile[], pack: Pack, onProgress?: (done: number, total: number) => void): Promise<void> {
  await rememberCurrentPack();
  await saveImportedPack(files, pack, onProgress);
}

/** Back to the bundled pack, keeping the imported one to restore. */
export async function backToBundled(): Promise<Pack | null> {
  await rememberCurrentPack();
  await resetImportedPack();
  return loadPack(bundledPackFiles()).pack;
}
