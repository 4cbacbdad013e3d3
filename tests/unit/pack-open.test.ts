import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { loadPack, mergePackFiles } from '../../utils/knowledge';
import { readActivePack, resetImportedPack, saveImportedPack } from '../../utils/pack/active';
import { bundledPackAsset } from '../../utils/pack/bundled-build';
import { noteActivePack, notedActivePack } from '../../utils/pack/note';
import { confirmActivePack, openActivePack } from '../../utils/pack/open';
import { importedPackStamp } from '../../utils/settings';
import { stubPackPage } from './pack-page';

const bundled = readPackFiles('knowledge');
const asset = bundledPackAsset(bundled);

function imported() {
  const doc = [
    '---',
    'id: archive',
    'title: أرشيف',
    'kind: guide',
    'version: 1',
    'status: official',
    '---',
    '# أرشيف',
    '',
    '## قرار الزيارة {#d1}',
    '',
    'نص القرار عن الزيارة.',
    '',
  ];
  const files = mergePackFiles(bundled, [{ path: 'archive.md', content: doc.join('\n') }]);
  const { pack } = loadPack(files);
  if (!pack) throw new Error('fixture pack is invalid');
  return { files, pack };
}

/** The extension page's localStorage, and its fetch of the build's asset (counted). */
let fetches: string[];
beforeEach(async () => {
  fakeBrowser.reset();
  await new Promise<void>((ok) => {
    const r = indexedDB.deleteDatabase('murshid-pack');
    r.onsuccess = r.onerror = r.onblocked = () => ok();
  });
  fetches = stubPackPage(asset).fetches;
});
afterEach(() => vi.unstubAllGlobals());

describe('the panel opening on its pack', () => {
  it('a fresh profile opens on the bundled asset, keyed as every other page keys the bundled pack, and notes it once confirmed', async () => {
    expect(notedActivePack()).toBeUndefined();
    const opened = await openActivePack();
    expect(opened.source).toBe('bundled');
    expect(opened.key).toBe((await readActivePack()).key);
    expect(opened.snapshot).not.toBeNull();
    expect(fetches).toEqual(['/bundled-pack.bin']);
    expect(await confirmActivePack(opened)).toBeNull();
    expect(notedActivePack()).toBeNull();
  });

  it('with the bundled pack noted, it opens without reading storage', async () => {
    noteActivePack(null);
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    const opened = await openActivePack();
    expect(opened.source).toBe('bundled');
    expect(read).not.toHaveBeenCalled();
  });

  it('an imported pack is noted by the page that imports it and opened from its compiled copy', async () => {
    const { files, pack } = imported();
    await saveImportedPack(files, pack);
    expect(notedActivePack()).toBe(await importedPackStamp.getValue());
    const opened = await openActivePack();
    expect(opened.source).toBe('imported');
    expect(opened.compiled).toBe(true);
    expect(opened.pack?.documents.map((d) => d.id)).toContain('archive');
    expect(await confirmActivePack(opened)).toBeNull();
    await resetImportedPack();
    expect(notedActivePack()).toBeNull();
  });

  it('a note gone stale (the background followed a new pack) is corrected after the first answer', async () => {
    const { files, pack } = imported();
    noteActivePack(null);
    await saveImportedPack(files, pack);
    noteActivePack(null); // as if the service worker, which has no localStorage, had imported it
    const opened = await openActivePack();
    expect(opened.source).toBe('bundled');
    const fixed = await confirmActivePack(opened);
    expect(fixed?.source).toBe('imported');
    expect(notedActivePack()).toBe(fixed?.stamp);
  });
});
