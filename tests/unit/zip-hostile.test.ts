import { Zip, ZipPassThrough, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { unzipLimited } from '../../components/options/importLimits';
import { boundedDocx, readImport } from '../../components/options/packFiles';
import { makeDocx } from '../fixtures/make-docx';

/** Raw deflate of `1 + 258 × matches` zeros: one literal, then matches of 258 at distance 1 (13 bits each, fixed Huffman). */
function zerosDeflate(matches: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + 13 * matches + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, bits: number, msbFirst: boolean) => {
    for (let i = 0; i < bits; i++) {
      const b = msbFirst ? (value >> (bits - 1 - i)) & 1 : (value >> i) & 1;
      if (b) out[bit >> 3] = (out[bit >> 3] as number) | (1 << (bit & 7));
      bit++;
    }
  };
  put(1, 1, false); // last block
  put(1, 2, false); // fixed Huffman
  put(0x30, 8, true); // literal 0
  for (let i = 0; i < matches; i++) put(0xc5 << 5, 13, true); // length 258 (code 285), distance 1 (code 0)
  put(0, 7, true); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

/** A zip of one entry holding `mb` MB of zeros, written as a stream (sizes in the central directory only). */
function streamedZip(name: string, mb: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const entry = new ZipPassThrough(name);
  entry.compression = 8; // the bytes pushed are already deflated
  zip.add(entry);
  entry.push(zerosDeflate(Math.ceil((mb * 1024 * 1024) / 258)), true);
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** The same zip whose central directory says each entry holds `size` bytes (a lying header). */
function declaring(zip: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i + 46 <= copy.byteLength; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return copy;
}

describe('a zip whose header lies about its size', () => {
  it('is refused in milliseconds, not inflated whole (1 GB here; 20 MB of zip could hold 20 GB)', async () => {
    const bomb = declaring(streamedZip('documents/guide.md', 1024), 10);
    expect(bomb.byteLength).toBeLessThan(8 * 1024 * 1024);
    const start = performance.now();
    expect(() => unzipLimited(bomb)).toThrow(/holds more than its header says/);
    expect(performance.now() - start).toBeLessThan(500);
    // In the options page: the file is named as one Murshid cannot read.
    const read = await readImport([new File([bomb], 'pack.zip')], { kind: 'guide', title: '' });
    expect(read.refused).toEqual([{ name: 'pack.zip', reason: 'unreadable' }]);
  }, 30_000);

  it('an honest zip still opens whole: deflated, stored, streamed, an empty file, names in Arabic', () => {
    const text = new TextEncoder().encode(`${'نص '.repeat(50_000)}\n`);
    const deflated = unzipLimited(zipSync({ 'documents/ردود.md': text, 'documents/empty.md': new Uint8Array(), 'pack.json': new TextEncoder().encode('{}') }));
    expect(Object.fromEntries(Object.entries(deflated).map(([k, v]) => [k, v.byteLength]))).toEqual({
      'documents/ردود.md': text.byteLength,
      'documents/empty.md': 0,
      'pack.json': 2,
    });
    expect(unzipLimited(zipSync({ 'a.md': text }, { level: 0 }))['a.md']).toEqual(text);
    const parts: Uint8Array[] = [];
    const zip = new Zip((_e, c) => parts.push(c));
    const stored = new ZipPassThrough('b.md');
    zip.add(stored);
    stored.push(text, true);
    zip.end();
    expect(unzipLimited(Uint8Array.from(parts.flatMap((p) => [...p])))['b.md']?.byteLength).toBe(text.byteLength);
  });
});

describe('a Word file is a zip too', () => {
  it('a .docx whose document part lies about its size is refused before mammoth inflates it', () => {
    const bomb = declaring(streamedZip('word/document.xml', 1024), 10);
    const start = performance.now();
    expect(() => boundedDocx(bomb)).toThrow(/holds more than its header says/);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('a real .docx reaches mammoth whole', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(boundedDocx(makeDocx(['# اللائحة', 'المادة (1): الاسم']))) });
    expect(value).toBe('<h1>اللائحة</h1><p>المادة (1): الاسم</p>');
  });
});
