import { vi } from 'vitest';

/**
 * An extension page as the pack's opening code sees it: a fresh localStorage and a fetch of the
 * build's asset that answers `asset` and counts the URLs asked for. Call in `beforeEach`; the
 * returned store and list are the page's. Undo with `vi.unstubAllGlobals()`.
 */
export function stubPackPage(asset: Uint8Array): { store: Map<string, string>; fetches: string[] } {
  const store = new Map<string, string>();
  const fetches: string[] = [];
  vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) });
  vi.stubGlobal('fetch', async (url: string) => {
    fetches.push(url);
    return new Response(asset.slice());
  });
  return { store, fetches };
}
