import type { IDBPDatabase } from 'idb';
import type { Pack, PackFile, PackSnapshot } from '../knowledge';
import { contentKey, type EngineSnapshot, SearchEngine } from '../search';
import { decodePack, encodePack } from './binary';
import { type CompactPack, expandPack } from './compact';
import { COMPILED_KEY, openPackDb, PACK_STORE, type StoredCompiled } from './db';

/**
 * The imported pack lives in IndexedDB: its files (the source of truth, as validated) and a
 * compiled copy, parsed and, when large, indexed, in the binary form of `./binary` kept as one
 * Blob. Pages open on the compiled copy instead of re-parsing the Markdown and re-indexing it; a
 * stamp of the files says whether the copy is current. (Large values stay out of `storage.local`:
 * there, megabytes slowed every page's first storage read by 150–200 ms. And out of structured
 * clone: a 10,000-section pack's 24 MB as strings and typed arrays took 0.5–1.5 s to read back,
 * as a Blob ~100 ms.)
 */
export interface CompiledPack {
  stamp: string;
  pack: Pack;
  /** Present for packs of CACHE_FROM sections or more. */
  snapshot: EngineSnapshot | null;
}

/** The compiled copy as versions before the binary form stored it (read, then rewritten). */
interface StoredCompact extends CompactPack {
  stamp: string;
  snapshot: EngineSnapshot | null;
}

const STORE = PACK_STORE;
const COMPILED = COMPILED_KEY;
const FILES = 'files';
const ACKNOWLEDGED = 'acknowledged';
/** How long after reading a copy in the earlier form it is rewritten in the binary one. */
export const REWRITE_AFTER_MS = 1000;
/** Where snapshots lived before the compiled pack; removed when a new one is written. */
const OLD_DB = 'murshid-search-cache';

/** The stamp of a pack's files: what the compiled copy must match to be used. */
export function packStamp(files: PackFile[]): string {
  return contentKey(files.flatMap((f) => [f.path, f.content]));
}

/** Runs `work` on the pack database, closing it afterwards (pages and the worker open it briefly). */
async function withDb<T>(work: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  const db = await openPackDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

function isCompact(stored: unknown): stored is StoredCompact {
  const s = stored as Partial<StoredCompact> | undefined;
  return typeof s?.bodies === 'string' && typeof s.pack === 'string' && s.spans instanceof Uint32Array;
}

function isSnapshot(s: EngineSnapshot | null | undefined): s is EngineSnapshot {
  return !!s && SearchEngine.canRestore(s);
}

/** A copy's bytes as a pack; throws, saying why, on bytes that are not a pack or not this one. */
export function decodeCompiled(bytes: ArrayBuffer, stamp: string): CompiledPack {
  const { key, pack, snapshot } = decodePack(bytes);
  if (key !== stamp) throw new Error('not a Murshid pack, or a damaged one: its stamp is not the one stored beside it');
  return { stamp, pack, snapshot: isSnapshot(snapshot) ? snapshot : null };
}

/**
 * The compiled pack when it matches the stamp (which may still be on its way: the two reads run
 * side by side); undefined when missing, stale or unreadable. A damaged copy is refused (and
 * replaced once the pack is read from its files); a copy in the earlier form is rewritten.
 */
export async function readCompiled(stamp: Promise<string | null> | string): Promise<CompiledPack | undefined> {
  try {
    const [stored, want] = await withDb((db) => Promise.all([db.get(STORE, COMPILED) as Promise<StoredCompiled | StoredCompact | undefined>, stamp]));
    if (!stored || !want || stored.stamp !== want) return undefined;
    if ('blob' in stored && stored.blob instanceof Blob) {
      const bytes = await stored.blob.arrayBuffer();
      // For benches and tests (BENCH_MARKS=1 npm run bench:panel): when the stored bytes were in memory.
      globalThis.performance?.mark('murshid:pack-bytes');
      return decodeCompiled(bytes, want);
    }
    if (!isCompact(stored)) return undefined;
    const compiled = { stamp: want, pack: expandPack(stored), snapshot: isSnapshot(stored.snapshot) ? stored.snapshot : null };
    // Rewritten in the binary form once the page has answered (encoding takes a moment), unless
    // another copy (a new import) has replaced it meanwhile.
    setTimeout(async () => {
      const still = await withDb((db) => db.get(STORE, COMPILED)).catch(() => undefined);
      if (isCompact(still) && still.stamp === want) await writeCompiled(compiled);
    }, REWRITE_AFTER_MS);
    return compiled;
  } catch {
    return undefined;
  }
}

/** Keeps only the newest compiled pack: one pack is active at a time. */
export async function writeCompiled(compiled: CompiledPack): Promise<void> {
  try {
    const bytes = encodePack({ key: compiled.stamp, pack: compiled.pack, snapshot: compiled.snapshot });
    const stored: StoredCompiled = { stamp: compiled.stamp, blob: new Blob([bytes]) };
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
