import { openDB } from 'idb';
import { type EngineSnapshot, type IndexDoc, SearchEngine } from './engine';

const DB = 'murshid-search-cache';
const STORE = 'snapshots';

/** A cheap content hash (FNV-1a, 32-bit) of everything the index is built from. */
export function contentKey(parts: Iterable<string>): string {
  let h = 0x811c9dc5;
  let n = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
    n++;
  }
  return `${(h >>> 0).toString(16)}-${n}`;
}

function open() {
  return openDB(DB, 1, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
  });
}

export async function readSnapshot(key: string): Promise<EngineSnapshot | undefined> {
  try {
    const db = await open();
    try {
      return (await db.get(STORE, key)) as EngineSnapshot | undefined;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

/** Keeps only the newest snapshot: one pack is active at a time. */
export async function writeSnapshot(key: string, snapshot: EngineSnapshot): Promise<void> {
  try {
    const db = await open();
    try {
      const tx = db.transaction(STORE, 'readwrite');
      await tx.store.clear();
      await tx.store.put(snapshot, key);
      await tx.done;
    } finally {
      db.close();
    }
  } catch {
    // A cache that cannot be written only costs a rebuild next time.
  }
}

/** Builds a pack's index and caches it (done at import, so staff never wait for a large pack). */
export async function buildAndCache(docs: IndexDoc[], threshold: number): Promise<SearchEngine> {
  const engine = new SearchEngine(docs);
  engine.search('');
  if (docs.length >= threshold) await writeSnapshot(indexKey(docs), engine.snapshot());
  return engine;
}

export function indexKey(docs: IndexDoc[]): string {
  return contentKey(docs.flatMap((d) => [d.id, d.title, d.text]));
}

/** Below this many sections building the index is quicker than reading a cached one. */
export const CACHE_FROM = 300;
