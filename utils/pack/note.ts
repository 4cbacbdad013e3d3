/**
 * Which pack is active, as an extension page last saw it: a note in the extension's
 * localStorage, read synchronously, so the panel opens on its pack without first asking storage.
 * The background has no localStorage and may change the pack (a followed pack), so a page that
 * opened on the note confirms it against `importedPackStamp` afterwards.
 */
const NOTE = 'murshid:activePack';

/** The imported pack's stamp, null for the bundled pack, undefined when there is no note. */
export function notedActivePack(): string | null | undefined {
  try {
    const value = globalThis.localStorage?.getItem(NOTE);
    return value === null || value === undefined ? undefined : value || null;
  } catch {
    return undefined;
  }
}

export function noteActivePack(stamp: string | null): void {
  try {
    globalThis.localStorage?.setItem(NOTE, stamp ?? '');
  } catch {
    // No localStorage here (the service worker): pages confirm their note anyway.
  }
}
