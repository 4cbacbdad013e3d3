import { type IDBPDatabase, openDB } from 'idb';
import { BUNDLED_PACK_FILE } from './binary';
import { notedActivePack } from './note';

/**
 * The imported pack's compiled copy, read while the panel's scripts load. A small script the
 * panel's HTML names before its modules (`entrypoints/pack-early.ts`) starts the IndexedDB read of
 * the noted pack's bytes; the panel's code takes them when it opens on the pack. For a
 * 10,000-section pack the 23 MB read then overlaps the 100–700 ms the modules take to load and run,
 * instead of starting after them. Only the database and the note here (1.8 KB gzipped, parsed on
 * every open): decoding and checking the bytes is `./store`'s, in the panel's code (decoding here
 * too cost 1.2 KB more and gained nothing measurable, see docs/benchmarks.md).
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
const BUNDLED = '__murshidEarlyBundled';
const STAMP = '__murshidEarlyStamp';
/** Set once the page's code has taken (or started) its reads: an early script that runs only then starts nothing. */
const TAKEN = '__murshidEarlyTaken';
type Holder = {
  [TAKEN]?: true;
  [EARLY]?: { stamp: string; read: Promise<CompiledBytes | undefined> };
  [BUNDLED]?: Promise<ArrayBuffer>;
  [STAMP]?: Promise<string | null | undefined>;
};

/** `importedPackStamp`'s key in `storage.local` (utils/settings: `local:importedPackStamp`). */
export const IMPORTED_STAMP_KEY = 'importedPackStamp';
interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * The imported pack's stamp straight from `storage.local` (null: the bundled pack; undefined: not
 * readable here, the page asks through its storage module). The early script has no storage
 * module of its own: the extension API, as Firefox (`browser`) or Chromium (`chrome`) names it.
 */
function readStampEarly(): Promise<string | null | undefined> {
  const g = globalThis as { browser?: { storage?: { local?: LocalArea } }; chrome?: { storage?: { local?: LocalArea } } };
  const area = g.browser?.storage?.local ?? g.chrome?.storage?.local;
  if (!area) return Promise.resolve(undefined);
  return area.get(IMPORTED_STAMP_KEY).then(
    (v) => {
      const stamp = v[IMPORTED_STAMP_KEY];
      return typeof stamp === 'string' && stamp ? stamp : null;
    },
    () => undefined,
  );
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

/**
 * Starts reading the noted imported pack's bytes (the early script calls this); for the bundled
 * pack (noted, or no note yet) starts fetching `bundled-pack.bin` (preloaded by the page), whose
 * body otherwise arrived only once the modules had run: decoding stays the page's. With no note,
 * also starts reading the imported pack's stamp, which decides between the two.
 */
export function startEarlyRead(): void {
  // The script is async: on a slow start the page's modules may have run first and read for themselves.
  if ((globalThis as Holder)[TAKEN]) return;
  const stamp = notedActivePack();
  if (stamp) (globalThis as Holder)[EARLY] = { stamp, read: readCompiledBytes(stamp) };
  else {
    // No note (a fresh profile): which pack is active is storage's to say, asked now rather than
    // once the page's modules have run.
    if (stamp === undefined) (globalThis as Holder)[STAMP] = readStampEarly();
    const bytes = fetchBundledBytes();
    // A failure is the page's to report when it takes the bytes: never an unhandled rejection here.
    bytes.catch(() => undefined);
    (globalThis as Holder)[BUNDLED] = bytes;
  }
}

/**
 * The bundled asset's bytes. The build ships it gzip-compressed (`bundledPackAsset`): a third of the
 * bytes for the browser to read and hand to the page while its scripts load, inflated natively.
 */
export function fetchBundledBytes(): Promise<ArrayBuffer> {
  return fetch(`/${BUNDLED_PACK_FILE}`).then((r) => {
    if (!r.ok || !r.body) throw new Error(`${BUNDLED_PACK_FILE}: ${r.status}`);
    return new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  });
}

/** What the early script left under `key`, once; the page has taken its reads from then on. */
function take<K extends typeof EARLY | typeof BUNDLED | typeof STAMP>(key: K): Holder[K] {
  const holder = globalThis as Holder;
  holder[TAKEN] = true;
  const early = holder[key];
  delete holder[key];
  return early;
}

/** The early fetch of the bundled asset's bytes, once (null when none was started). */
export function takeEarlyBundled(): Promise<ArrayBuffer> | null {
  return take(BUNDLED) ?? null;
}

/** The early read of the imported pack's stamp (started when there was no note), once; null when none was started. */
export function takeEarlyStamp(): Promise<string | null | undefined> | null {
  return take(STAMP) ?? null;
}

/** The early read for `stamp`, once (null when none was started for it). */
export function takeEarlyRead(stamp: string): Promise<CompiledBytes | undefined> | null {
  const early = take(EARLY);
  return early?.stamp === stamp ? early.read : null;
}
