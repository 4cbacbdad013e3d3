import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { bundledPackAsset } from '../../utils/pack/bundled-build';
import { stubPackPage } from './pack-page';

const asset = bundledPackAsset(readPackFiles('knowledge'));
let fetches: string[];
let store: Map<string, string>;

beforeEach(() => {
  vi.resetModules();
  delete (globalThis as { __murshidEarlyBundled?: unknown }).__murshidEarlyBundled;
  ({ store, fetches } = stubPackPage(asset));
});
afterEach(() => vi.unstubAllGlobals());

describe("the panel's early fetch of the bundled pack", () => {
  it('fetches the asset once: the page then opens on those bytes, not a second fetch', async () => {
    const { startEarlyRead } = await import('../../utils/pack/early');
    startEarlyRead();
    expect(fetches).toEqual(['/bundled-pack.bin']);
    const { readBundledAsset } = await import('../../utils/pack/open');
    const opened = await readBundledAsset();
    expect(fetches).toHaveLength(1);
    expect(opened.source).toBe('bundled');
    expect(opened.snapshot?.ids.length).toBeGreaterThan(0);
  });

  it('fetches nothing when the note says an imported pack is active', async () => {
    store.set('murshid:activePack', 'imported-stamp');
    const { startEarlyRead, takeEarlyBundled } = await import('../../utils/pack/early');
    startEarlyRead();
    expect(fetches).toEqual([]);
    expect(takeEarlyBundled()).toBeNull();
  });

  it('leaves no unhandled failure: the page sees it when it reads the pack', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const { startEarlyRead } = await import('../../utils/pack/early');
    startEarlyRead();
    const { readBundledAsset } = await import('../../utils/pack/open');
    await expect(readBundledAsset()).rejects.toThrow('bundled-pack.bin: 404');
  });
});
