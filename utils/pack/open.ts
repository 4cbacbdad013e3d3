import { BUNDLED_PACK_FILE, decodeBundledPack } from './binary';
import type { ActivePack } from './imported';
import { noteActivePack, notedActivePack } from './note';
import { readCompiled } from './store';

/**
 * How the panel opens on its pack (browser only): the bundled pack from the asset the build
 * parsed and indexed, or the imported pack's compiled copy from IndexedDB, as the note says;
 * confirmed against storage after the first answer is on screen.
 */

let bundled: Promise<ActivePack> | null = null;

/**
 * The imported pack's stamp as `storage.local` has it. The settings module (the storage library and
 * the extension API's polyfill) loads only when asked: the first answer opens on the note or on
 * `readStampDirect`, and does not wait for that code.
 */
const storedStamp = (): Promise<string | null> => import('../settings').then((m) => m.importedPackStamp.getValue());

/** `importedPackStamp`'s key in `storage.local` (utils/settings: `local:importedPackStamp`). */
const IMPORTED_STAMP_KEY = 'importedPackStamp';
interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * The imported pack's stamp straight from `storage.local` (null: the bundled pack; undefined: not
 * readable here). The extension API as Firefox (`browser`) or Chromium (`chrome`) names it, without
 * the settings module: a fresh profile's first open asks for the stamp beside the asset, and does
 * not wait for that code.
 */
function readStampDirect(): Promise<string | null | undefined> {
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

/**
 * The bundled asset's bytes (preloaded by the panel's page). The build ships it gzip-compressed
 * (`bundledPackAsset`): a third of the bytes to read and hand to the page, inflated natively.
 */
export function fetchBundledBytes(): Promise<ArrayBuffer> {
  return fetch(`/${BUNDLED_PACK_FILE}`).then((r) => {
    if (!r.ok || !r.body) throw new Error(`${BUNDLED_PACK_FILE}: ${r.status}`);
    return new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  });
}

/** The bundled pack, read once per page from `bundled-pack.bin`. */
export function readBundledAsset(): Promise<ActivePack> {
  bundled ??= fetchBundledBytes().then((buffer) => {
    const { key, pack, snapshot } = decodeBundledPack(buffer);
    return { pack, errors: [], source: 'bundled', stamp: null, key, snapshot, compiled: true } satisfies ActivePack;
  });
  return bundled;
}

/** The active pack as storage says (imported when valid, else bundled), noted for the next open. */
export async function exactActivePack(): Promise<ActivePack> {
  const { readImportedPack } = await import('./imported');
  const active = (await readImportedPack()) ?? (await readBundledAsset());
  noteActivePack(active.stamp);
  return active;
}

/** The pack to open on: the noted one when it can be read, else the one storage names. */
export async function openActivePack(): Promise<ActivePack> {
  const noted = notedActivePack();
  if (noted === null) return readBundledAsset();
  if (noted !== undefined) {
    const compiled = await readCompiled(noted);
    if (compiled) return { pack: compiled.pack, errors: [], source: 'imported', stamp: noted, key: noted, snapshot: compiled.snapshot, compiled: true };
    return exactActivePack();
  }
  // No note yet (a fresh profile, or the first open of this version): the stamp is read beside the asset.
  const stamp = readStampDirect().then((s) => (s === undefined ? storedStamp() : s));
  const [active, asset] = await Promise.all([stamp, readBundledAsset()]);
  return active ? exactActivePack() : asset;
}

/** Null when the pack opened on is the active one (now noted); else the active pack. */
export async function confirmActivePack(opened: ActivePack): Promise<ActivePack | null> {
  const noted = notedActivePack();
  const stamp = await storedStamp();
  // Without a note an older version's pack may still sit in `storage.local`: read it all once.
  if (stamp !== opened.stamp || noted === undefined) {
    const exact = await exactActivePack();
    return exact.key === opened.key ? null : exact;
  }
  noteActivePack(stamp);
  return null;
}

let prefetch: Promise<ActivePack> | null = null;
/** The pack `prefetchActivePack` read, once read. */
let prefetched: ActivePack | null = null;

/**
 * Starts reading the pack before anything renders (the panel's entry calls this first thing);
 * settles (never rejects) once it is read or has failed.
 */
export function prefetchActivePack(): Promise<void> {
  if (!prefetch) performance.mark('murshid:pack-requested');
  prefetch ??= openActivePack();
  return prefetch.then(
    (a) => {
      if (!prefetched) performance.mark('murshid:pack-read');
      prefetched = a;
    },
    () => undefined,
  );
}

/** The pack `prefetchActivePack` read, when it has been read. */
export function prefetchedPack(): ActivePack | null {
  return prefetched;
}

/** The prefetch's read, once (null when none was started or it was taken): later opens ask storage again. */
export function takePrefetch(): Promise<ActivePack> | null {
  const p = prefetch;
  prefetch = null;
  return p;
}
