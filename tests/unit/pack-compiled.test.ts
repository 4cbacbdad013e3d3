import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { loadPack, mergePackFiles, type Pack, type PackFile } from '../../utils/knowledge';
import { packStamp, readCompiled, writeCompiled } from '../../utils/pack';
import { readActivePack, saveImportedPack } from '../../utils/pack/active';
import { decodePack, encodePack } from '../../utils/pack/binary';
import { bundledPackAsset } from '../../utils/pack/bundled-build';
import { compactPack } from '../../utils/pack/compact';
import { noteActivePack } from '../../utils/pack/note';
import { openActivePack } from '../../utils/pack/open';
import { decodeCompiled, REWRITE_AFTER_MS } from '../../utils/pack/store';
import { buildIndex, CACHE_FROM, createPackSearch, type EngineSnapshot, SearchEngine } from '../../utils/search';

/**
 * The imported pack's compiled copy: one Blob in the binary form of `utils/pack/binary`, read back
 * whole; a copy stored by the previous version (a structured-clone record) still opens and is
 * rewritten; a damaged copy is refused, saying so, and the pack is read from its files (or the
 * bundled pack answers).
 */
const bundled = readPackFiles('knowledge');

function withArchive(count: number): { files: PackFile[]; pack: Pack } {
  const lines = ['---', 'id: archive', 'title: أرشيف القرارات', 'kind: guide', 'version: 1', 'status: official', '---', '# أرشيف القرارات', ''];
  for (let i = 0; i < count; i++) lines.push(`## قرار رقم ${i + 1} {#d${i}}`, '', `نص **القرار** رقم ${i + 1} عن موضوع الزيارة ${i % 7}.`, '');
  const files = mergePackFiles(bundled, [{ path: 'archive.md', content: lines.join('\n') }]);
  const { pack } = loadPack(files);
  if (!pack) throw new Error('fixture pack is invalid');
  return { files, pack };
}

const plain = (p: unknown) => JSON.parse(JSON.stringify(p ?? null));

/** Runs `work` on the pack database's one store (as the previous version, or a damaged disk, left it). */
function onStore(work: (store: IDBObjectStore) => void): Promise<void> {
  return new Promise<void>((ok, fail) => {
    const open = indexedDB.open('murshid-pack', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('pack');
    open.onsuccess = () => {
      const tx = open.result.transaction('pack', 'readwrite');
      work(tx.objectStore('pack'));
      tx.oncomplete = () => {
        open.result.close();
        ok();
      };
      tx.onerror = () => fail(tx.error);
    };
  });
}

function storedCompiled(): Promise<Record<string, unknown> | undefined> {
  return new Promise((ok) => {
    const open = indexedDB.open('murshid-pack', 1);
    open.onsuccess = () => {
      const get = open.result.transaction('pack').objectStore('pack').get('compiled');
      get.onsuccess = () => {
        open.result.close();
        ok(get.result);
      };
    };
  });
}

const answers = (pack: Pack, snapshot: EngineSnapshot) => {
  const search = createPackSearch(pack, SearchEngine.fromSnapshot(snapshot));
  return ['قرار رقم 17', 'الزيارة', 'مده الرد'].map((q) => search.search(q, { limit: 5 }).map((h) => [h.section.id, h.score.toFixed(6), h.snippet.text]));
};

beforeEach(async () => {
  fakeBrowser.reset();
  await new Promise<void>((ok) => {
    const r = indexedDB.deleteDatabase('murshid-pack');
    r.onsuccess = r.onerror = r.onblocked = () => ok();
  });
  const local = new Map<string, string>();
  vi.stubGlobal('localStorage', { getItem: (k: string) => local.get(k) ?? null, setItem: (k: string, v: string) => local.set(k, v) });
  const asset = bundledPackAsset(bundled);
  vi.stubGlobal('fetch', async () => new Response(asset.slice()));
});
afterEach(() => vi.unstubAllGlobals());

describe('the compiled copy of an imported pack', () => {
  it('is one Blob beside its stamp, and reads back as the same pack with an index that answers the same', async () => {
    const { files, pack } = withArchive(CACHE_FROM);
    await saveImportedPack(files, pack);
    const stored = await storedCompiled();
    expect(Object.keys(stored ?? {}).sort()).toEqual(['blob', 'stamp']);
    expect(stored?.blob).toBeInstanceOf(Blob);
    const read = await readCompiled(packStamp(files));
    expect(plain(read?.pack)).toEqual(plain(pack));
    const { snapshot } = await buildIndex(pack);
    expect(read?.snapshot).not.toBeNull();
    expect(answers(read?.pack as Pack, read?.snapshot as EngineSnapshot)).toEqual(answers(pack, snapshot as EngineSnapshot));
  }, 60_000);

  it('decodes a section’s body when first read, and an edited body stays edited', () => {
    const { pack } = withArchive(3);
    const { pack: opened } = decodePack(encodePack({ key: 'k', pack, snapshot: null }).buffer);
    const section = opened.documents.find((d) => d.id === 'archive')?.sections[1];
    expect(section?.markdown).toBe('نص **القرار** رقم 2 عن موضوع الزيارة 1.');
    expect(section?.text).toBe('نص القرار رقم 2 عن موضوع الزيارة 1.');
    if (section) section.text = 'نص آخر';
    expect(section?.text).toBe('نص آخر');
    expect(plain(section)).toMatchObject({ id: 'd1', title: 'قرار رقم 2', text: 'نص آخر' });
  });

  it('a copy the previous version stored (a structured-clone record) still opens whole, then is rewritten as a Blob', async () => {
    const { files, pack } = withArchive(CACHE_FROM);
    await saveImportedPack(files, pack);
    const { snapshot } = await buildIndex(pack);
    const stamp = packStamp(files);
    await onStore((store) => store.put({ stamp, ...compactPack(pack), snapshot }, 'compiled'));
    expect((await storedCompiled())?.blob).toBeUndefined();
    const a = await readActivePack();
    expect(a.compiled).toBe(true);
    expect(plain(a.pack)).toEqual(plain(pack));
    expect(answers(a.pack as Pack, a.snapshot as EngineSnapshot)).toEqual(answers(pack, snapshot as EngineSnapshot));
    await vi.waitFor(async () => expect((await storedCompiled())?.blob).toBeInstanceOf(Blob), { timeout: 10_000, interval: 100 });
    const again = await readCompiled(stamp);
    expect(plain(again?.pack)).toEqual(plain(pack));
    expect(again?.snapshot).not.toBeNull();
  }, 60_000);

  it('a copy in the previous form is not rewritten over a newer copy stored meanwhile', async () => {
    const { files, pack } = withArchive(3);
    await saveImportedPack(files, pack);
    const stamp = packStamp(files);
    await onStore((store) => store.put({ stamp, ...compactPack(pack), snapshot: null }, 'compiled'));
    expect(plain((await readCompiled(stamp))?.pack)).toEqual(plain(pack));
    // An import lands before the rewrite is due.
    const newer = withArchive(4);
    await writeCompiled({ stamp: 'newer', pack: newer.pack, snapshot: null });
    await new Promise((ok) => setTimeout(ok, REWRITE_AFTER_MS + 500));
    expect((await storedCompiled())?.stamp).toBe('newer');
    expect(plain((await readCompiled('newer'))?.pack)).toEqual(plain(newer.pack));
  });

  it('damaged bytes are refused with a message that says so', async () => {
    const { pack } = withArchive(3);
    const bytes = encodePack({ key: 'k', pack, snapshot: null });
    const message = /not a Murshid pack, or a damaged one/;
    expect(() => decodeCompiled(new TextEncoder().encode('{"not":"a pack"}').buffer, 'k')).toThrow(message);
    expect(() => decodeCompiled(bytes.slice(0, bytes.byteLength - 100).buffer, 'k')).toThrow(/damaged one: its part «bodyBytes» lies outside it/);
    expect(() => decodeCompiled(bytes.buffer, 'another stamp')).toThrow(/its stamp is not the one stored beside it/);
    const garbled = bytes.slice();
    garbled.fill(0x7b, 8, 40);
    expect(() => decodeCompiled(garbled.buffer, 'k')).toThrow(/its header is not readable/);
    expect(plain(decodeCompiled(bytes.slice().buffer, 'k').pack)).toEqual(plain(pack));
  });

  it('the panel opens on the noted pack’s compiled copy; a damaged copy is refused and the files are read', async () => {
    const { files, pack } = withArchive(CACHE_FROM);
    await saveImportedPack(files, pack);
    const stamp = packStamp(files);
    noteActivePack(stamp);
    const fetched = vi.fn(async () => new Response(bundledPackAsset(bundled).slice()));
    vi.stubGlobal('fetch', fetched);
    const opened = await openActivePack();
    expect(fetched).not.toHaveBeenCalled(); // the bundled asset is not read for it
    expect(opened.source).toBe('imported');
    expect(opened.compiled).toBe(true);
    expect(opened.snapshot).not.toBeNull();
    expect(plain(opened.pack)).toEqual(plain(pack));
    // A damaged copy: its bytes are refused, and the panel reads the files.
    await onStore((store) => store.put({ stamp, blob: new Blob([new Uint8Array(64).fill(7)]) }, 'compiled'));
    const fallback = await openActivePack();
    expect(fallback.compiled).toBe(false);
    expect(plain(fallback.pack)).toEqual(plain(pack));
  }, 60_000);

  it('a damaged copy is not used: the pack is read from its files, or the bundled pack answers', async () => {
    const { files, pack } = withArchive(3);
    await saveImportedPack(files, pack);
    const stamp = packStamp(files);
    await onStore((store) => store.put({ stamp, blob: new Blob([new Uint8Array(64).fill(7)]) }, 'compiled'));
    expect(await readCompiled(stamp)).toBeUndefined();
    // The panel opens on the note of the imported pack: it falls back to the files.
    noteActivePack(stamp);
    const opened = await openActivePack();
    expect(opened.source).toBe('imported');
    expect(opened.compiled).toBe(false);
    expect(plain(opened.pack)).toEqual(plain(pack));
    // Files gone too: the bundled pack answers.
    await onStore((store) => store.delete('files'));
    const fallback = await openActivePack();
    expect(fallback.source).toBe('bundled');
    expect(createPackSearch(fallback.pack as Pack, SearchEngine.fromSnapshot(fallback.snapshot as EngineSnapshot)).search('مده الرد').length).toBeGreaterThan(
      0,
    );
  });
});
