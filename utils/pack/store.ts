import { type IDBPDatabase, openDB } from 'idb';
import type { Pack, PackFile, PackSnapshot } from '../knowledge';
import { contentKey, type EngineSnapshot, SearchEngine } from '../search';
import { type CompactPack, compactPack, expandPack } from './compact';

/**
 * The imported pack lives in IndexedDB: its files (the source of truth, as validated) and a
 * compiled copy, parsed (as JSON text, the section bodies apart in one string) and, when large,
 * indexed. Pages open on the compiled copy
 * instead of re-parsing the Markdown and re-indexing it; a stamp of the files says whether the
 * copy is current. (Large values stay out of `storage.local`: there, megabytes slowed every
 * page's first storage read by 150–200 ms.)
 */
export interface CompiledPack {
  stamp: string;
  pack: Pack;
  /** Present for packs of CACHE_FROM sections or more. */
  snapshot: EngineSnapshot | null;
}

interface Stored extends CompactPack {
  stamp: string;
  snapshot: EngineSnapshot | null;
}

const DB = 'murshid-pack';
const STORE = 'pack';
const COMPILED = 'compiled';
const FILES = 'files';
const ACKNOWLEDGED = 'acknowledged';
/** Where snapshots lived before the compiled pack; removed when a new one is written. */
const OLD_DB = 'murshid-search-cache';

/** The stamp of a pack's files: what the compiled copy must match to be used. */
export function packStamp(files: PackFile[]): string {
  return contentKey(files.flatMap((f) => [f.path, f.content]));
}

/** Runs `work` on the pack database, closing it afterwards (pages and the worker open it briefly). */
async function withDb<T>(work: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  const db = await openDB(DB, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore(STORE);
    },
  });
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

function isCurrent(stored: Stored | undefined, stamp: string | null): stored is Stored {
  return !!stored && !!stamp && stored.stamp === stamp && typeof stored.bodies === 'string' && stored.spans instanceof Uint32Array;
}

function isSnapshot(s: EngineSnapshot | null | undefined): s is EngineSnapshot {
  return !!s && SearchEngine.canRestore(s);
}

/**
 * The compiled pack when it matches the stamp (which may still be on its way: the two reads run
 * side by side); undefined when missing, stale or unreadable.
 */
export async function readCompiled(stamp: Promise<string | null> | string): Promise<CompiledPack | undefined> {
  try {
    const [stored, want] = await withDb((db) => Promise.all([db.get(STORE, COMPILED) as Promise<Stored | undefined>, stamp]));
    if (!isCurrent(stored, want)) return undefined;
    return { stamp: stored.stamp, pack: expandPack(stored), snapshot: isSnapshot(stored.snapshot) ? stored.snapshot : null };
  } catch {
    return undefined;
  }
}

/** Keeps only the newest compiled pack: one pack is active at a time. */
export async function writeCompiled(compiled: CompiledPack): Promise<void> {
  try {
    const stored: Stored = { stamp: compiled.stamp, ...compactPack(compiled.pack), snapshot: compiled.snapshot };
    await withDb((db) => db.put(STORE, stored, COMPILED));
    indexedDB.deleteDatabase(OLD_DB);
  } catch {
    // A cache that cannot be written only costs a slower open next time.
  }
}

/**
 * The imported files; null when none were imported, or when IndexedDB cannot be read (a private
 * window in some browsers): the bundled pack then answers rather than an empty panel.
 */
export async function readFiles(): Promise<PackFile[] | null> {
  try {
    return ((await withDb((db) => db.get(STORE, FILES))) as PackFile[] | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Replaces the imported files (null removes them, and the compiled copy with them). */
export async function writeFiles(files: PackFile[] | null): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(STORE, 'readwrite');
    if (files) await tx.store.put(files, FILES);
    else await Promise.all([tx.store.delete(FILES), tx.store.delete(COMPILED)]);
    await tx.done;
  });
}

/** What staff last acknowledged (kept as JSON text: read fast, parsed only when compared). */
export async function readAcknowledged(): Promise<PackSnapshot | null> {
  const text = (await withDb((db) => db.get(STORE, ACKNOWLEDGED))) as string | undefined;
  return text ? (JSON.parse(text) as PackSnapshot) : null;
}

export async function writeAcknowledged(snapshot: PackSnapshot): Promise<void> {
  await withDb((db) => db.put(STORE, JSON.stringify(snapshot), ACKNOWLEDGED));
}
