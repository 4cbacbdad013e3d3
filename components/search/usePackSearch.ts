import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Pack } from '../../utils/knowledge';
import { buildIndex, CACHE_FROM, createPackSearch, type PackSearch, SearchEngine, writeCompiled } from '../../utils/search';
import type { IndexSource } from '../../utils/search/stored-pack';

const NONE: IndexSource = { stamp: null, snapshot: null, compiled: false };

/**
 * The active pack's search engine. Small packs are indexed on the spot; a large imported pack is
 * restored from its compiled copy's index, or built once (and stored) when that copy is missing.
 */
export function usePackSearch(pack: Pack | null, source: IndexSource = NONE): PackSearch | null {
  const { snapshot, stamp, compiled } = source;
  const sections = useMemo(() => pack?.documents.reduce((n, d) => n + d.sections.length, 0) ?? 0, [pack]);
  const ready = useMemo(() => {
    if (!pack) return null;
    if (snapshot) {
      // The dataset mark lets benches and tests see which path was taken.
      document.documentElement.dataset.searchIndex = 'restored';
      const engine = SearchEngine.fromSnapshot(snapshot);
      performance.mark('murshid:index-ready');
      return createPackSearch(pack, engine);
    }
    return sections < CACHE_FROM ? createPackSearch(pack) : null;
  }, [pack, snapshot, sections]);
  const [built, setBuilt] = useState<PackSearch | null>(null);
  useEffect(() => {
    setBuilt(null);
    if (!pack) return;
    if (ready) {
      // A current compiled copy makes the next open skip parsing the Markdown.
      if (stamp && !compiled) void writeCompiled({ stamp, pack, snapshot: null });
      return;
    }
    let live = true;
    // Let the panel paint its "preparing" state before the long build.
    const timer = setTimeout(() => {
      document.documentElement.dataset.searchIndex = 'built';
      const { engine, snapshot: fresh } = buildIndex(pack);
      if (stamp) void writeCompiled({ stamp, pack, snapshot: fresh });
      if (live) setBuilt(createPackSearch(pack, engine));
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ready, pack, stamp, compiled]);
  return ready ?? built;
}
