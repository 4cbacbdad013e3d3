import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { bundledPackAsset } from '../../utils/pack/bundled-build';
// Transformed once here: each test imports it afresh (vi.resetModules), which on a loaded machine
// otherwise spends the first test's 5 s transforming the page's module graph.
import '../../utils/pack/open';
import { newPage, stubPackPage } from './pack-page';

const asset = bundledPackAsset(readPackFiles('knowledge'));
let fetches: string[];
let store: Map<string, string>;

beforeEach(() => {
  vi.resetModules();
  fakeBrowser.reset();
  delete (globalThis as { __murshidEarlyBundled?: unknown }).__murshidEarlyBundled;
  delete (globalThis as { __murshidEarlyStamp?: unknown }).__murshidEarlyStamp;
  newPage();
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

  it('starts nothing when it runs after the page has read for itself (the script is async)', async () => {
    const { readBundledAsset } = await import('../../utils/pack/open');
    const opened = await readBundledAsset();
    expect(opened.source).toBe('bundled');
    const { startEarlyRead, takeEarlyBundled } = await import('../../utils/pack/early');
    startEarlyRead();
    expect(fetches).toEqual(['/bundled-pack.bin']);
    expect(takeEarlyBundled()).toBeNull();
  });

  it('ships the asset gzip-compressed, at under half its size, and the page inflates it', async () => {
    expect([...asset.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const { encodeBundledPack } = await import('../../utils/pack/binary');
    const { buildBundledPack } = await import('../../utils/pack/bundled-build');
    expect(asset.length).toBeLessThan(encodeBundledPack(buildBundledPack(readPackFiles('knowledge'))).length / 2);
    const { fetchBundledBytes } = await import('../../utils/pack/early');
    const bytes = new Uint8Array(await fetchBundledBytes());
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('3KPM');
  });

  it('leaves no unhandled failure: the page sees it when it reads the pack', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const { startEarlyRead } = await import('../../utils/pack/early');
    startEarlyRead();
    const { readBundledAsset } = await import('../../utils/pack/open');
    await expect(readBundledAsset()).rejects.toThrow('bundled-pack.bin: 404');
  });
});

describe("a fresh profile's first open: the imported pack's stamp read by the early script", () => {
  it('reads the stamp as the settings item stores it, and the page opens without asking storage again', async () => {
    vi.stubGlobal('chrome', fakeBrowser);
    const { importedPackStamp } = await import('../../utils/settings');
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { startEarlyRead, takeEarlyStamp } = await import('../../utils/pack/early');
    startEarlyRead();
    expect(read).toHaveBeenCalledTimes(1);
    const { openActivePack } = await import('../../utils/pack/open');
    const opened = await openActivePack();
    expect(opened.source).toBe('bundled');
    // The page's own read of `importedPackStamp` would have been a second `get`.
    expect(read).toHaveBeenCalledTimes(1);
    expect(takeEarlyStamp()).toBeNull();
    // The same key and value as the settings item (a wrong key would read null for an imported pack).
    await importedPackStamp.setValue('imported-stamp');
    newPage();
    startEarlyRead();
    expect(await takeEarlyStamp()).toBe('imported-stamp');
  });

  it('reads nothing when a note says which pack is active; without the extension API the page asks', async () => {
    vi.stubGlobal('chrome', fakeBrowser);
    store.set('murshid:activePack', '');
    const { startEarlyRead, takeEarlyStamp } = await import('../../utils/pack/early');
    startEarlyRead();
    expect(takeEarlyStamp()).toBeNull();
    store.clear();
    vi.stubGlobal('chrome', undefined);
    newPage();
    startEarlyRead();
    expect(await takeEarlyStamp()).toBeUndefined();
    const { openActivePack } = await import('../../utils/pack/open');
    expect((await openActivePack()).source).toBe('bundled');
  });
});
