import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Pack } from '../../utils/knowledge';
import { writeCompiled } from '../../utils/pack';
import type { IndexSource } from '../../utils/pack/active';
import { type BuildProgress, buildIndex, CACHE_FROM, createPackSearch, type PackSearch, restoredPackSearch } from '../../utils/search';

const NONE: IndexSource = { stamp: null, snapshot: null, compiled: false };

export interface PackSearchState {
  /** Null while a large pack's index is being built. */
  search: PackSearch | null;
  /** Sections indexed so far and in all, while building. */
  progress: BuildProgress | null;
}

/**
 * The active pack's search engine. Small packs are indexed on the spot; a large imported pack is
 * restored from its compiled copy's index, or built once (and stored) when that copy is missing.
 */
export function usePackSearch(pack: Pack | null, source: IndexSource = NONE): PackSearchState {
  const { snapshot, stamp, compiled } = source;
  const sections = useMemo(() => pack?.documents.reduce((n, d) => n + d.sections.length, 0) ?? 0, [pack]);
  const ready = useMemo(() => {
    if (!pack) return null;
    if (snapshot) {
      // The dataset mark lets benches and tests see which path was taken.
      document.documentElement.dataset.searchIndex = 'restored';
      const restored = restoredPackSearch(pack, snapshot);
      performance.mark('murshid:index-ready');
      return restored;
    }
    return sections < CACHE_FROM ? createPackSearch(pack) : null;
  }, [pack, snapshot, sections]);
  const [built, setBuilt] = useState<PackSearch | null>(null);
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  useEffect(() => {
    setBuilt(null);
    setProgress(null);
    if (!pack) return;
    if (ready) {
      // A current compiled copy makes the next open skip parsing the Markdown.
      if (stamp && !compiled) void writeCompiled({ stamp, pack, snapshot: null });
      return;
    }
    // A build for a pack the page has moved on from stops at its next step.
    const stop = new AbortController();
    document.documentElement.dataset.searchIndex = 'built';
    buildIndex(pack, { onProgress: (done, total) => setProgress({ done, total }), signal: stop.signal }).then(
      ({ engine, snapshot: fresh }) => {
        // Finished just as the page moved on: its copy must not replace the new pack's.
        if (stop.signal.aborted) return;
        if (stamp) void writeCompiled({ stamp, pack, snapshot: fresh });
        setProgress(null);
        setBuilt(createPackSearch(pack, engine));
      },
      () => undefined,
    );
    return () => stop.abort();
  }, [ready, pack, stamp, compiled]);
  return { search: ready ?? built, progress };
}
