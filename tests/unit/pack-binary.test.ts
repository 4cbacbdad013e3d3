import { describe, expect, it } from 'vitest';
import { readPackFiles } from '../../scripts/lib/pack-files';
import type { Pack } from '../../utils/knowledge';
import { bundledPackFiles } from '../../utils/knowledge/bundled';
import { loadPack } from '../../utils/knowledge/load';
import { decodeBundledPack, decodePack, encodeBundledPack, encodePack } from '../../utils/pack/binary';
import { buildBundledPack } from '../../utils/pack/bundled-build';
import { BodyCode, bodyBytes, packWithoutBodies } from '../../utils/pack/compact';
import { packStamp } from '../../utils/pack/store';
import { createPackSearch, SearchEngine } from '../../utils/search';

const files = readPackFiles('knowledge');

/** A pack without an index as the previous version encoded it (magic MPK2, all bodies one UTF-8 part named «bodies»). */
function earlierForm(key: string, pack: Pack): ArrayBuffer {
  const encoder = new TextEncoder();
  const sections = pack.documents.flatMap((d) => d.sections);
  const spans = new Uint32Array(sections.length * 4);
  const chunks: Uint8Array[] = [];
  let at = 0;
  sections.forEach((x, i) => {
    const markdown = encoder.encode(x.markdown);
    spans.set([at, at + markdown.byteLength], 4 * i);
    chunks.push(markdown);
    at += markdown.byteLength;
    if (x.text === x.markdown) spans.set([spans[4 * i] as number, at], 4 * i + 2);
    else {
      const text = encoder.encode(x.text);
      spans.set([at, at + text.byteLength], 4 * i + 2);
      chunks.push(text);
      at += text.byteLength;
    }
  });
  const bodies = new Uint8Array(at);
  let to = 0;
  for (const c of chunks) {
    bodies.set(c, to);
    to += c.byteLength;
  }
  const named: [string, 'text' | 'u32' | 'u8', Uint8Array][] = [
    ['pack', 'text', encoder.encode(packWithoutBodies(pack))],
    ['spans', 'u32', new Uint8Array(spans.buffer)],
    ['bodies', 'u8', bodies],
  ];
  const align = (n: number) => Math.ceil(n / 8) * 8;
  let offset = 0;
  const parts = named.map(([name, kind, raw]) => {
    const place = { name, kind, at: offset, bytes: raw.byteLength };
    offset = align(offset + raw.byteLength);
    return place;
  });
  const head = encoder.encode(JSON.stringify({ key, index: null, parts }));
  const start = align(8 + head.byteLength);
  const out = new Uint8Array(start + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x4d50_4b32, true);
  view.setUint32(4, head.byteLength, true);
  out.set(head, 8);
  named.forEach(([, , raw], i) => {
    out.set(raw, start + (parts[i]?.at as number));
  });
  return out.buffer;
}

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

  it('codes a section one byte a character when windows-1256 has all its characters, else in UTF-8, and reads both back', () => {
    const pack = loadPack(files).pack as Pack;
    const [first, second] = pack.documents[0]?.sections ?? [];
    if (!first || !second) throw new Error('the bundled pack has fewer than two sections');
    // Arabic-Indic digits and a check mark have no byte in windows-1256: the section stays UTF-8.
    second.markdown = `${second.markdown} ١٢٣ ✓`;
    second.text = `${second.text} ١٢٣ ✓`;
    const bytes = encodePack({ key: 'k', pack, snapshot: null });
    const { pack: back } = decodePack(bytes.slice().buffer);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(pack)));
    const bodies = bodyBytes(pack);
    expect(bodies.codes?.[0]).toBe(BodyCode.arabic);
    expect(bodies.codes?.[1]).toBe(BodyCode.utf8);
    // The Arabic sections take about half the bytes UTF-8 gives them.
    const utf8 = pack.documents
      .flatMap((d) => d.sections)
      .reduce((n, x) => n + new TextEncoder().encode(x.markdown + (x.text === x.markdown ? '' : x.text)).byteLength, 0);
    expect(bodies.bytes.byteLength).toBeLessThan(0.7 * utf8);
  });

  it('opens a copy in the earlier form (all bodies UTF-8), as an earlier version wrote it', () => {
    const pack = loadPack(files).pack as Pack;
    const { pack: back } = decodePack(earlierForm('k', pack));
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(pack)));
  });

  it('keeps the sections’ fields as columns, sharing one heading path between the sections under it', () => {
    const pack = loadPack(files).pack as Pack;
    const bytes = encodePack({ key: 'k', pack, snapshot: null });
    // Not «pack»: an earlier version finds no such part and rebuilds the copy rather than misreading it.
    const header = new TextDecoder().decode(bytes.subarray(8, 8 + new DataView(bytes.buffer).getUint32(4, true)));
    expect(header).toContain('"sectionTitles"');
    expect(header).not.toContain('"name":"pack"');
    const { pack: back } = decodePack(bytes.slice().buffer);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(pack)));
    const [a, b] = back.documents.flatMap((d) => d.sections).filter((x) => x.path.length > 0);
    if (a && b && JSON.stringify(a.path) === JSON.stringify(b.path)) expect(a.path).toBe(b.path);
  });

  it('keeps the JSON form for a section the columns cannot hold (a line break in its title), and reads it back', () => {
    const pack = loadPack(files).pack as Pack;
    const first = pack.documents[0]?.sections[0];
    if (!first) throw new Error('no section');
    first.title = 'عنوان\nعلى سطرين';
    const bytes = encodePack({ key: 'k', pack, snapshot: null });
    const { pack: back } = decodePack(bytes.slice().buffer);
    expect(back.documents[0]?.sections[0]?.title).toBe('عنوان\nعلى سطرين');
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(pack)));
  });

  it('refuses columns that do not agree with the sections', () => {
    const pack = loadPack(files).pack as Pack;
    const bytes = encodePack({ key: 'k', pack, snapshot: null });
    const headLength = new DataView(bytes.buffer).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headLength))) as { parts: { name: string; at: number; bytes: number }[] };
    const start = Math.ceil((8 + headLength) / 8) * 8;
    const ids = header.parts.find((p) => p.name === 'sectionIds');
    if (!ids) throw new Error('no ids part');
    // One line break fewer: a section id goes missing.
    const damaged = bytes.slice();
    const at = damaged.subarray(start + ids.at, start + ids.at + ids.bytes).indexOf(10);
    damaged[start + ids.at + at] = 0x5f;
    expect(() => decodePack(damaged.buffer)).toThrow(/damaged/);
  });

  it('refuses bytes that are not one', () => {
    expect(() => decodeBundledPack(new TextEncoder().encode('{"not":"a pack"}').buffer)).toThrow();
  });
});
