import { importedPackStamp } from '../settings';
import { decodeBundledPack } from './binary';
import { fetchBundledBytes, takeEarlyBundled, takeEarlyRead, takeEarlyStamp } from './early';
import type { ActivePack } from './imported';
import { noteActivePack, notedActivePack } from './note';
import { compiledFromBytes, readCompiled } from './store';

/**
 * How the panel opens on its pack (browser only): the bundled pack from the asset the build
 * parsed and indexed, or the imported pack's compiled copy from IndexedDB, as the note says;
 * confirmed against storage after the first answer is on screen.
 */

let bundled: Promise<ActivePack> | null = null;

/** The bundled pack, read once per page from `bundled-pack.bin` (its bytes fetched by the early script when it ran). */
export function readBundledAsset(): Promise<ActivePack> {
  bundled ??= (takeEarlyBundled() ?? fetchBundledBytes()).then((buffer) => {
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
    // Read while the scripts loaded when the early script could (a copy in the earlier form it leaves to `readCompiled`).
    const early = await takeEarlyRead(noted);
    const compiled = (early && compiledFromBytes(early)) || (await readCompiled(noted));
    if (compiled) return { pack: compiled.pack, errors: [], source: 'imported', stamp: noted, key: noted, snapshot: compiled.snapshot, compiled: true };
    return exactActivePack();
  }
  // No note yet (a fresh profile, or the first open of this version): the stamp is read beside the
  // asset, by the early script when it could.
  const early = takeEarlyStamp();
  const stamp = early ? early.then((s) => (s === undefined ? importedPackStamp.getValue() : s)) : importedPackStamp.getValue();
  const [active, asset] = await Promise.all([stamp, readBundledAsset()]);
  return active ? exactActivePack() : asset;
}

/** Null when the pack opened on is the active one (now noted); else the active pack. */
export async function confirmActivePack(opened: ActivePack): Promise<ActivePack | null> {
  const noted = notedActivePack();
  const stamp = await importedPackStamp.getValue();
  // Without a note an older version's pack may still sit in `storage.local`: read it all once.
  if (stamp !== opened.stamp || noted === undefined) {
    const exact = await exactActivePack();
    return exact.key === opened.key ? null : exact;
  }
  noteActivePack(stamp);
  return null;
}
