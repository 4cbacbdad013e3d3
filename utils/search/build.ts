import type { Pack } from '../knowledge';
import { SearchEngine } from './engine';
import { packIndexDocs } from './pack-search';
import type { EngineSnapshot } from './postings';

/** Below this many sections building the index is quicker than reading a cached one. */
export const CACHE_FROM = 300;

/** Sections indexed between two yields to the page (a few tens of milliseconds of work). */
const INDEX_STEP = 250;

/** How far an index build has got: sections indexed so far, and in all. */
export interface BuildProgress {
  done: number;
  total: number;
}

export interface BuildOptions {
  /** Sections indexed so far, and in all. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the build between steps (the page moved on to another pack); it then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * The index of a pack (snapshotted when the pack is large enough to cache), built a few hundred
 * sections at a time so the page stays responsive and can show its progress.
 */
export async function buildIndex(pack: Pack, { onProgress, signal }: BuildOptions = {}): Promise<{ engine: SearchEngine; snapshot: EngineSnapshot | null }> {
  const docs = packIndexDocs(pack);
  const engine = new SearchEngine();
  for (let from = 0; from < docs.length; from += INDEX_STEP) {
    signal?.throwIfAborted();
    for (const doc of docs.slice(from, from + INDEX_STEP)) engine.add(doc);
    if (docs.length > INDEX_STEP) {
      onProgress?.(Math.min(from + INDEX_STEP, docs.length), docs.length);
      await new Promise((next) => setTimeout(next, 0));
    }
  }
  engine.search('');
  return { engine, snapshot: docs.length >= CACHE_FROM ? engine.snapshot() : null };
}
