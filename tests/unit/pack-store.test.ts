import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { loadPack, mergePackFiles, type Pack, type PackFile } from '../../utils/knowledge';
import { packStamp, readCompiled, writeCompiled } from '../../utils/pack';
import { acknowledgePack, activePackFiles, changesSinceAcknowledged, readActivePack, resetImportedPack, saveImportedPack } from '../../utils/pack/active';
import { buildIndex, CACHE_FROM, createPackSearch, packIndexDocs, SearchEngine } from '../../utils/search';

const bundled = readPackFiles('knowledge');

/** The bundled pack plus a document of `count` sections. */
function withArchive(count: number, word = 'قرار'): { files: PackFile[]; pack: Pack } {
  const lines = ['---', 'id: archive', 'title: أرشيف القرارات', 'kind: guide', 'version: 1', 'status: official', '---', '# أرشيف القرارات', ''];
  for (let i = 0; i < count; i++) lines.push(`## ${word} رقم ${i + 1} {#d${i}}`, '', `نص ${word} رقم ${i + 1} عن موضوع الزيارة ${i % 7}.`, '');
  const files = mergePackFiles(bundled, [{ path: 'archive.md', content: lines.join('\n') }]);
  const { pack } = loadPack(files);
  if (!pack) throw new Error('fixture pack is invalid');
  return { files, pack };
}

/** A pack as plain data (an opened pack's sections decode their bodies when read: compared by value). */
const plain = (p: Pack | null | undefined) => JSON.parse(JSON.stringify(p ?? null));

const sectionCount = (p: Pack | null) => p?.documents.reduce((n, d) => n + d.sections.length, 0) ?? 0;

async function clearDb(): Promise<void> {
  await new Promise<void>((ok) => {
    const r = indexedDB.deleteDatabase('murshid-pack');
    r.onsuccess = r.onerror = r.onblocked = () => ok();
  });
}

describe('the stored pack', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearDb();
  });

  it('is the bundled pack until one is imported', async () => {
    const a = await readActivePack();
    expect(a.source).toBe('bundled');
    expect(a.stamp).toBeNull();
    expect(a.key).toMatch(/^bundled-/);
    expect(a.pack?.documents.length).toBeGreaterThan(0);
  });

  it('an imported large pack opens from its compiled copy, with an index that answers like a fresh one', async () => {
    const { files, pack } = withArchive(CACHE_FROM);
    await saveImportedPack(files, pack);
    const a = await readActivePack();
    expect(a.source).toBe('imported');
    expect(a.compiled).toBe(true);
    expect(a.stamp).toBe(packStamp(files));
    expect(plain(a.pack)).toEqual(plain(pack)); // bodies stored apart (plain text once where it is the Markdown) come back in place
    expect(a.snapshot).not.toBeNull();
    // Nothing large is left in storage.local: only the small stamp.
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local).sort()).toEqual(['importedPackStamp']);
    const restored = SearchEngine.fromSnapshot(a.snapshot as NonNullable<typeof a.snapshot>);
    const fresh = new SearchEngine(packIndexDocs(pack));
    for (const q of ['قرار رقم 17', 'الزيارة', 'مده الرد']) expect(restored.search(q)).toEqual(fresh.search(q));
    expect(await activePackFiles()).toEqual(files);
    // Two index builds of 300 sections: a second on an idle machine, more on a busy one.
  }, 60_000);

  it('a large index is built in steps, reporting progress, and answers like one built at once', async () => {
    const { pack } = withArchive(CACHE_FROM + 200);
    const reported: number[] = [];
    const { engine, snapshot } = await buildIndex(pack, {
      onProgress: (done, total) => {
        expect(total).toBe(sectionCount(pack));
        reported.push(done);
      },
    });
    expect(reported.length).toBeGreaterThan(1);
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
    expect(reported.at(-1)).toBe(sectionCount(pack));
    expect(snapshot).not.toBeNull();
    const fresh = new SearchEngine(packIndexDocs(pack));
    for (const q of ['قرار رقم 17', 'الزيارة', 'مده الرد']) expect(engine.search(q)).toEqual(fresh.search(q));
  }, 60_000);

  it('a build the page no longer needs stops at its next step', async () => {
    const { pack } = withArchive(CACHE_FROM + 200);
    const stop = new AbortController();
    const reported: number[] = [];
    const building = buildIndex(pack, {
      signal: stop.signal,
      onProgress: (done) => {
        reported.push(done);
        stop.abort();
      },
    });
    await expect(building).rejects.toThrow();
    expect(reported).toEqual([250]);
  });

  it('a hit finds its section by position, and by id when the engine indexed the sections in another order', () => {
    const { pack } = withArchive(10);
    const inOrder = createPackSearch(pack);
    const reversed = createPackSearch(pack, new SearchEngine([...packIndexDocs(pack)].reverse()));
    expect(inOrder.search('قرار رقم 7')[0]?.section.id).toBe('d6');
    expect(reversed.search('قرار رقم 7')[0]?.section.id).toBe('d6');
    expect(reversed.search('مده الرد')[0]?.section.id).toBe(inOrder.search('مده الرد')[0]?.section.id);
  });

  it('a small pack is compiled without an index; a stale compiled copy is not used', async () => {
    const { files, pack } = withArchive(3);
    await saveImportedPack(files, pack);
    const a = await readActivePack();
    expect(a.compiled).toBe(true);
    expect(a.snapshot).toBeNull();
    // A compiled copy of other files (an interrupted import) does not stand for these.
    await writeCompiled({ stamp: 'other', pack: withArchive(5).pack, snapshot: null });
    expect(await readCompiled(a.stamp as string)).toBeUndefined();
    const b = await readActivePack();
    expect(b.compiled).toBe(false);
    expect(sectionCount(b.pack)).toBe(sectionCount(pack));
  });

  it('an index built by an earlier analysis is not restored: the pack opens and its index is rebuilt', async () => {
    const { files, pack } = withArchive(CACHE_FROM);
    await saveImportedPack(files, pack);
    const { snapshot } = await buildIndex(pack);
    await writeCompiled({ stamp: packStamp(files), pack, snapshot: snapshot && { ...snapshot, analysis: 'an earlier stemmer' } });
    const a = await readActivePack();
    expect(a.compiled).toBe(true);
    expect(a.snapshot).toBeNull();
    expect(plain(a.pack)).toEqual(plain(pack));
  });

  it('a compiled copy in an earlier format is not used: the files are read again and the pack is whole', async () => {
    const { files, pack } = withArchive(CACHE_FROM);
    await saveImportedPack(files, pack);
    // What the previous version stored: the pack as one JSON text (bodies inside) and a v2 index.
    await new Promise<void>((ok, fail) => {
      const open = indexedDB.open('murshid-pack', 1);
      open.onsuccess = () => {
        const tx = open.result.transaction('pack', 'readwrite');
        tx.objectStore('pack').put({ stamp: packStamp(files), pack: JSON.stringify(pack), snapshot: { version: 2 } }, 'compiled');
        tx.oncomplete = () => {
          open.result.close();
          ok();
        };
        tx.onerror = () => fail(tx.error);
      };
    });
    expect(await readCompiled(packStamp(files))).toBeUndefined();
    const a = await readActivePack();
    expect(a.compiled).toBe(false);
    expect(a.snapshot).toBeNull();
    expect(plain(a.pack)).toEqual(plain(pack));
  });

  it('files an earlier version kept in storage.local move into IndexedDB once', async () => {
    const { files, pack } = withArchive(2);
    await fakeBrowser.storage.local.set({ importedPack: files });
    const a = await readActivePack();
    expect(a.source).toBe('imported');
    expect(sectionCount(a.pack)).toBe(sectionCount(pack));
    const local = await fakeBrowser.storage.local.get(null);
    expect(local.importedPack).toBeUndefined();
    expect(local.importedPackStamp).toBe(packStamp(files));
    expect((await readActivePack()).source).toBe('imported');
  });

  it('reset brings the bundled pack back', async () => {
    const { files, pack } = withArchive(2);
    await saveImportedPack(files, pack);
    await resetImportedPack();
    expect((await readActivePack()).source).toBe('bundled');
    expect(await activePackFiles()).toEqual(bundled);
  });
});

describe('changes since staff acknowledged', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearDb();
  });

  it('the first run takes the pack as read; a new pack shows its changes until acknowledged', async () => {
    const first = withArchive(3);
    expect(await changesSinceAcknowledged('a', first.pack)).toBeNull();
    expect(await changesSinceAcknowledged('a', first.pack)).toBeNull();
    const second = withArchive(4, 'تعميم');
    const changes = await changesSinceAcknowledged('b', second.pack);
    expect(changes?.changed.length).toBe(3);
    expect(changes?.added.map((c) => c.title)).toEqual(['تعميم رقم 4']);
    await acknowledgePack('b', second.pack);
    expect(await changesSinceAcknowledged('b', second.pack)).toBeNull();
    // The acknowledged sections are in IndexedDB, not in storage.local.
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['packAckKey']);
  });

  it('what an earlier version kept in storage.local is still compared against', async () => {
    const first = withArchive(3);
    const { snapshotOf } = await import('../../utils/knowledge');
    await fakeBrowser.storage.local.set({ packSnapshot: snapshotOf(first.pack) });
    const changes = await changesSinceAcknowledged('b', withArchive(4).pack);
    expect(changes?.added.map((c) => c.title)).toEqual(['قرار رقم 4']);
    expect((await fakeBrowser.storage.local.get('packSnapshot')).packSnapshot).toBeUndefined();
  });
});
