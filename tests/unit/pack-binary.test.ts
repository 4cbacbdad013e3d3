import { describe, expect, it } from 'vitest';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { bundledPackFiles } from '../../utils/knowledge/bundled';
import { loadPack } from '../../utils/knowledge/load';
import { decodeBundledPack, encodeBundledPack } from '../../utils/pack/binary';
import { buildBundledPack } from '../../utils/pack/bundled-build';
import { packStamp } from '../../utils/pack/store';
import { createPackSearch, SearchEngine } from '../../utils/search';

const files = readPackFiles('knowledge');

/** The encoded bytes as a fetch would give them: an ArrayBuffer of their own. */
const asFetched = (bytes: Uint8Array) => bytes.slice().buffer;

describe('the bundled pack asset (bundled-pack.bin)', () => {
  const built = buildBundledPack(files);
  const decoded = decodeBundledPack(asFetched(encodeBundledPack(built)));

  it('gives back the pack the Markdown parses to', () => {
    // Sections decode their bodies when first read: compared as plain data.
    expect(JSON.parse(JSON.stringify(decoded.pack))).toEqual(JSON.parse(JSON.stringify(loadPack(files).pack)));
  });

  it('is keyed as readActivePack keys the bundled pack (acknowledgements carry over)', () => {
    expect(decoded.key).toBe(`bundled-${packStamp(bundledPackFiles())}`);
  });

  it('carries an index that answers as one built on the spot', () => {
    const restored = createPackSearch(decoded.pack, SearchEngine.fromSnapshot(decoded.snapshot));
    const fresh = createPackSearch(loadPack(files).pack as NonNullable<ReturnType<typeof loadPack>['pack']>);
    for (const q of ['مده الرد', 'شكوى', 'عضوية الجمعية', 'complaint', 'l]m hgv]']) {
      const ids = (s: typeof fresh) => s.search(q, { limit: 10, prefix: true }).map((h) => [h.doc.id, h.section.id, h.score.toFixed(6)]);
      expect(ids(restored)).toEqual(ids(fresh));
      expect(ids(fresh).length).toBeGreaterThan(0);
    }
  });

  it('keeps the index’s words as written in sorted order, and opens a copy written without that order', () => {
    expect(decoded.snapshot.surfaceOrder).toEqual(built.snapshot.surfaceOrder);
    expect(decoded.snapshot.surfaceOrder?.length).toBeGreaterThan(1000);
    const { surfaceOrder: _, ...older } = built.snapshot;
    const again = decodeBundledPack(asFetched(encodeBundledPack({ ...built, snapshot: older })));
    expect(again.snapshot.surfaceOrder).toBeUndefined();
    const ids = (p: typeof again) =>
      createPackSearch(p.pack, SearchEngine.fromSnapshot(p.snapshot))
        .search('مده الرد', { limit: 10 })
        .map((h) => h.section.id);
    expect(ids(again)).toEqual(ids(decoded));
  });

  it('refuses bytes that are not one', () => {
    expect(() => decodeBundledPack(new TextEncoder().encode('{"not":"a pack"}').buffer)).toThrow();
  });
});
