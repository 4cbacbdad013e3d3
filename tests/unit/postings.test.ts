import { describe, expect, it } from 'vitest';
import { decodeRow, encodeRow, freezePostings, type Postings, splitJoined, termRow, thawPostings } from '../../utils/search/postings';
import { lineStarts, RestoredSurface, sortedOrder } from '../../utils/search/surface';

/** A row encoded alone, as postings (offsets 0 … length). */
function oneRow(list: number[], floatTfs: boolean): Pick<Postings, 'offsets' | 'data' | 'floatTfs'> {
  const bytes: number[] = [];
  encodeRow(bytes, list, floatTfs);
  return { offsets: Int32Array.from([0, bytes.length]), data: Uint8Array.from(bytes), floatTfs };
}

function decoded(p: Pick<Postings, 'offsets' | 'data' | 'floatTfs'>, row = 0): number[] {
  const out: number[] = [];
  decodeRow(p, row, (doc, tf) => out.push(doc, tf));
  return out;
}

describe('postings', () => {
  it('decodes a row as it was encoded: first document 0, large gaps, frequencies of 1 and above', () => {
    const list = [0, 1, 1, 3, 127, 1, 128, 200, 20_000, 1, 1_000_000, 70_000];
    expect(decoded(oneRow(list, false))).toEqual(list);
  });

  it('keeps non-whole frequencies (weighted fields) as 32-bit floats', () => {
    const list = [2, 1, 5, 2.5, 9, 0.7];
    const out = decoded(oneRow(list, true));
    expect(out.filter((_, i) => i % 2 === 0)).toEqual([2, 5, 9]);
    expect(out[3]).toBe(2.5);
    expect(out[5]).toBeCloseTo(0.7, 6);
  });

  it('codes a frequency of 1 in the gap itself: one byte per document for small gaps', () => {
    const bytes: number[] = [];
    encodeRow(bytes, [0, 1, 3, 1, 10, 1], false);
    expect(bytes).toHaveLength(3);
  });

  it('freezes lists into rows found by term, pair and aliased heavy term, and thaws them back', () => {
    const building = new Map<string, number[]>([
      ['زيار', [0, 1, 2, 2]],
      ['^زيار', [0, 1, 2, 2]],
      ['موعد', [1, 1, 2, 1]],
      ['~زيار موعد', [2, 1]],
    ]);
    const p = freezePostings(building, 3);
    expect(p.terms).toEqual(['^زيار', 'زيار', 'موعد']);
    // The heavy term lists exactly the stem's documents: it has no row of its own and reads the stem's.
    expect(p.offsets[0]).toBe(p.offsets[1]);
    expect(termRow(p, '^زيار')).toBe(termRow(p, 'زيار'));
    expect(decoded(p, termRow(p, 'موعد'))).toEqual([1, 1, 2, 1]);
    expect(decoded(p, termRow(p, '~زيار موعد'))).toEqual([2, 1]);
    expect(termRow(p, 'غائب')).toBe(-1);
    expect(termRow(p, '~زيار غائب')).toBe(-1);
    expect(thawPostings(p)).toEqual(building);
  });

  it('stores frequencies as floats only when one is not whole', () => {
    expect(freezePostings(new Map([['a', [0, 2]]]), 1).floatTfs).toBe(false);
    expect(freezePostings(new Map([['a', [0, 2.5]]]), 1).floatTfs).toBe(true);
  });
});

describe('a restored snapshot looks a word up in the joined words, not in split lists', () => {
  it('lineStarts finds each entry of a joined list as splitJoined does (empty string: none)', () => {
    for (const joined of ['', 'a', 'a\nbb', '\n', 'x\n\ny', 'مدة\nالرد\n']) {
      const starts = lineStarts(joined);
      const entries = Array.from({ length: starts.length - 1 }, (_, i) => joined.slice(starts[i], (starts[i + 1] as number) - 1));
      expect(entries, JSON.stringify(joined)).toEqual(splitJoined(joined));
    }
  });

  it("stemOf answers as a lookup in the split lists would: every held word's stem, undefined for others", () => {
    const words = ['مدة', 'الرد', 'المدد', 'طلب', 'طلبه', 'ب', 'zeta', 'alpha', 'الردود', 'مد'];
    const stems = words.map((w) => `${w.slice(0, 2)}~`);
    const surface = new RestoredSurface({ words: words.join('\n'), stems: stems.join('\n') }, sortedOrder(words));
    for (const [i, w] of words.entries()) expect(surface.stemOf(w), w).toBe(stems[i]);
    for (const w of ['', 'م', 'مدد', 'الر', 'الردودx', 'zz', 'a', 'طلبها']) expect(surface.stemOf(w), w).toBeUndefined();
    // No order (a snapshot from before it), or an order that does not match the words: null, the vocabulary answers.
    expect(new RestoredSurface({ words: words.join('\n'), stems: stems.join('\n') }, null).stemOf('مدة')).toBeNull();
    expect(new RestoredSurface({ words: words.join('\n'), stems: stems.slice(1).join('\n') }, sortedOrder(words)).stemOf('مدة')).toBeNull();
  });
});
