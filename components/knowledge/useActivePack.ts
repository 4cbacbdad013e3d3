import { useEffect, useMemo, useState } from 'preact/hooks';
import { type LoadResult, loadPack, type PackFile } from '../../utils/knowledge';
import { bundledPackFiles } from '../../utils/knowledge/bundled';
import { importedPack } from '../../utils/settings';

export interface ActivePack extends LoadResult {
  source: 'bundled' | 'imported';
  files: PackFile[];
}

/** The imported pack when there is one (kept in sync across pages), else the bundled one; null while reading. */
export function useActivePack(): ActivePack | null {
  const [imported, setImported] = useState<PackFile[] | null | undefined>(undefined);
  useEffect(() => {
    void importedPack.getValue().then(setImported);
    return importedPack.watch((v) => setImported(v));
  }, []);
  return useMemo(() => {
    if (imported === undefined) return null;
    performance.mark('murshid:pack-read');
    if (imported) {
      const result = loadPack(imported);
      if (result.pack) return { ...result, source: 'imported', files: imported };
    }
    const files = bundledPackFiles();
    return { ...loadPack(files), source: 'bundled', files };
  }, [imported]);
}
