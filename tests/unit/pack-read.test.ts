import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { bundledPackAsset } from '../../utils/pack/bundled-build';
// Transformed once here: each test imports it afresh (vi.resetModules), which on a loaded machine
// otherwise spends the first test's 5 s transforming the page's module graph.
import '../../utils/pack/open';
import { stubPackPage } from './pack-page';

/** How the panel's page reads its pack when it opens: the bundled asset, and on a fresh profile the imported pack's stamp. */
const asset = bundledPackAsset(readPackFiles('knowledge'));
let fetches: string[];
let store: Map<string, string>;

beforeEach(() => {
  vi.resetModules(); // a new page: nothing read yet
  fakeBrowser.reset();
  ({ store, fetches } = stubPackPage(asset));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the panel's read of the bundled pack", () => {
  it('fetches the asset once per page (the page preloads it): a second read takes the same pack', async () => {
    store.set('murshid:activePack', '');
    const { openActivePack, readBundledAsset } = await import('../../utils/pack/open');
    const opened = await openActivePack();
    expect(await readBundledAsset()).toBe(opened);
    expect(fetches).toEqual(['/bundled-pack.bin']);
    expect(opened.source).toBe('bundled');
    expect(opened.snapshot?.ids.length).toBeGreaterThan(0);
  });

  it('ships the asset gzip-compressed, at under half its size, and the page inflates it', async () => {
    expect([...asset.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const { encodeBundledPack } = await import('../../utils/pack/binary');
    const { buildBundledPack } = await import('../../utils/pack/bundled-build');
    expect(asset.length).toBeLessThan(encodeBundledPack(buildBundledPack(readPackFiles('knowledge'))).length / 2);
    const { fetchBundledBytes } = await import('../../utils/pack/open');
    const bytes = new Uint8Array(await fetchBundledBytes());
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('3KPM');
  });

  it('reports a failed fetch when the page reads the pack', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const { readBundledAsset } = await import('../../utils/pack/open');
    await expect(readBundledAsset()).rejects.toThrow('bundled-pack.bin: 404');
  });
});

describe("a fresh profile's first open: the imported pack's stamp read beside the asset", () => {
  it('reads the stamp once, under the settings item’s key, without loading the settings module first', async () => {
    vi.stubGlobal('chrome', fakeBrowser);
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { openActivePack } = await import('../../utils/pack/open');
    const opened = await openActivePack();
    expect(opened.source).toBe('bundled');
    expect(read).toHaveBeenCalledTimes(1);
    // The same key as the settings item (a wrong key would read null for an imported pack).
    const { importedPackStamp } = await import('../../utils/settings');
    expect(`local:${read.mock.calls[0]?.[0]}`).toBe(importedPackStamp.key);
  });

  it('reads nothing when a note says which pack is active', async () => {
    vi.stubGlobal('chrome', fakeBrowser);
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    store.set('murshid:activePack', '');
    const { openActivePack } = await import('../../utils/pack/open');
    expect((await openActivePack()).source).toBe('bundled');
    expect(read).not.toHaveBeenCalled();
  });

  // A stored stamp sends the open to the exact read (`exactActivePack`, the only path that writes
  // the note): the stamp was read, through whichever API the browser has, or the storage module.
  for (const [name, apis] of [
    ['Chromium (chrome)', { chrome: fakeBrowser, browser: undefined }],
    ['Firefox (browser)', { chrome: undefined, browser: fakeBrowser }],
    ['no extension API: the storage module', { chrome: undefined, browser: undefined }],
  ] as const) {
    it(`finds a stored imported pack's stamp: ${name}`, async () => {
      const { importedPackStamp } = await import('../../utils/settings');
      await importedPackStamp.setValue('imported-stamp');
      for (const [key, api] of Object.entries(apis)) vi.stubGlobal(key, api);
      const read = vi.spyOn(fakeBrowser.storage.local, 'get');
      const { openActivePack } = await import('../../utils/pack/open');
      await openActivePack();
      expect(store.get('murshid:activePack')).toBe('');
      if (apis.chrome || apis.browser) expect(read.mock.calls[0]?.[0]).toBe('importedPackStamp');
    });
  }
});
