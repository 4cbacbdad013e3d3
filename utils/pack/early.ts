import { type IDBPDatabase, openDB } from 'idb';
import { decodePack, type PackBinary } from './binary';
import { notedActivePack } from './note';

/**
 * The imported pack's compiled copy, read while the panel's scripts load. A small script the
 * panel's HTML names before its modules (`entrypoints/pack-early.ts`) reads the noted pack's bytes
 * from IndexedDB and decodes them; the panel's code takes the result when it opens on the pack
 * (and checks it: `./store`'s `compiledFromEarly`). For a 10,000-section pack the 23 MB read and
 * its decoding then overlap the 100–700 ms the modules take to load, instead of following them.
 * Only the database, the note and the decoder here (no search code): the script stays ~3 KB gzipped.
 */
export const PACK_DB = 'murshid-pack';
export const PACK_STORE = 'pack';
export const COMPILED_KEY = 'compiled';

/** The compiled copy as stored: the stamp beside the blob, so a stale copy is known without reading it. */
export interface StoredCompiled {
  stamp: string;
  blob: Blob;
}

export interface CompiledBytes {
  stamp: string;
  bytes: ArrayBuffer;
}

const EARLY = '__murshidEarlyPack';
type Holder = { [EARLY]?: { stamp: string; read: Promise<EarlyPack | undefined> } };

/** The compiled copy as the early script decoded it (not yet checked against the stamp or the analysis). */
export interface EarlyPack {
  stamp: string;
  decoded: PackBinary;
}

/** The pack database (`./store` keeps the imported files, the compiled copy and what staff acknowledged in it). */
export function openPackDb(): Promise<IDBPDatabase> {
  return openDB(PACK_DB, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore(PACK_STORE);
    },
  });
}

/** The stored copy's bytes when it is the one for `stamp`; undefined when missing, stale or unreadable. */
export async function readCompiledBytes(stamp: string): Promise<CompiledBytes | undefined> {
  try {
    const db = await openPackDb();
    const stored = (await db.get(PACK_STORE, COMPILED_KEY).finally(() => db.close())) as StoredCompiled | undefined;
    if (stored?.stamp !== stamp || !(stored.blob instanceof Blob)) return undefined;
    const bytes = await stored.blob.arrayBuffer();
    // For benches (BENCH_MARKS=1 npm run bench:panel): when the stored bytes were in memory.
    globalThis.performance?.mark('murshid:pack-bytes');
    return { stamp, bytes };
  } catch {
    return undefined;
  }
}

/** Starts reading and decoding the noted imported pack's compiled copy (the early script calls this). */
export function startEarlyRead(): void {
  const stamp = notedActivePack();
  if (!stamp) return;
  // Bytes that are not a pack are left to `./store`, which refuses them and reads the files.
  const read = readCompiledBytes(stamp)
    .then((b) => (b ? { stamp, decoded: decodePack(b.bytes) } : undefined))
    .catch(() => undefined);
  (globalThis as Holder)[EARLY] = { stamp, read };
}

/** The early read for `stamp`, once (null when none was started for it). */
export function takeEarlyRead(stamp: string): Promise<EarlyPack | undefined> | null {
  const holder = globalThis as Holder;
  const early = holder[EARLY];
  delete holder[EARLY];
  return early?.stamp === stamp ? early.read : null;
}
