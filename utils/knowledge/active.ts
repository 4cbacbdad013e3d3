import { importedPack } from '../settings';
import { bundledPackFiles } from './bundled';
import { type LoadResult, loadPack } from './load';

/** The pack in use outside pages (background): the imported one when valid, else the bundled one. */
export async function loadActivePack(): Promise<LoadResult> {
  const imported = await importedPack.getValue();
  if (imported) {
    const result = loadPack(imported);
    if (result.pack) return result;
  }
  return loadPack(bundledPackFiles());
}
