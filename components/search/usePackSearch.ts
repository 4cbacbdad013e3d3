import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Pack } from '../../utils/knowledge';
import { buildAndCache, CACHE_FROM, createPackSearch, indexKey, type PackSearch, packIndexDocs, readSnapshot, SearchEngine } from '../../utils/search';

/**
 * The pack's search engine. Small packs are indexed on the spot; large ones are restored from
 * an IndexedDB snapshot keyed by their content, built (and cached) only when the pack changed.
 */
export function usePackSearch(pack: Pack): PackSearch | null {
  const docs = useMemo(() => packIndexDocs(pack), [pack]);
  const small = docs.length < CACHE_FROM;
  const direct = useMemo(() => (small ? createPackSearch(pack) : null), [pack, small]);
  const [cached, setCached] = useState<PackSearch | null>(null);
  useEffect(() => {
    if (small) return;
    let live = true;
    setCached(null);
    void readSnapshot(indexKey(docs)).then(async (snapshot) => {
      performance.mark('murshid:index-read');
      if (!live) return;
      // The dataset mark lets benches and tests see which path was taken.
      document.documentElement.dataset.searchIndex = snapshot ? 'restored' : 'built';
      const engine = snapshot ? SearchEngine.fromSnapshot(snapshot) : await buildAndCache(docs, CACHE_FROM);
      performance.mark('murshid:index-ready');
      if (live) setCached(createPackSearch(pack, engine));
    });
    return () => {
      live = false;
    };
  }, [pack, docs, small]);
  return direct ?? cached;
}
