import { ADJACENT, BIGRAM, HEAVY, isPair, pairEnds, SURFACE } from './markers';

export type IntArray = Int32Array | Uint16Array;
export type PairKeys = Uint32Array | Float64Array;

/**
 * Postings in compressed rows: row i's documents, in ascending order, are coded in
 * data[offsets[i]] … data[offsets[i + 1] - 1] (see `encodeRow`), and dfs[i] says how many there
 * are. Rows 0 … terms.length - 1 are the terms in sorted order, found by binary search (so an index
 * restored from a snapshot needs no lookup table built first). The proximity pairs follow, named by
 * two numbers instead of two words: pair (a, b), a < b being positions of stems in `terms`, has key
 * a × terms.length + b, and `pairs` holds the keys in ascending order. A heavy term whose documents
 * are exactly its plain stem's (most of them) has an empty row and reads the stem's. Pairs of words
 * as written found next to each other (see `ADJACENT`) share the pair keys: their ends are
 * surface terms, never stems, so keys cannot collide, and the order of the two counts.
 */
export interface Postings {
  terms: string[];
  pairs: PairKeys;
  offsets: Int32Array;
  dfs: IntArray;
  data: Uint8Array;
  /** Whether field-weighted term frequencies are stored as 32-bit floats (non-whole weights). */
  floatTfs: boolean;
}

/**
 * Everything a built index holds, as plain data for IndexedDB: lists of words joined into one
 * string each and numbers in typed arrays, because those are what structured clone reads fastest
 * (a 10,000-section index reads in tens of milliseconds, where arrays of strings take hundreds).
 */
export interface EngineSnapshot {
  version: 5;
  /** The analysis and weights the index was built with (see `indexingKey`): another build's index is not restored. */
  analysis: string;
  /** Document ids, joined by newlines. */
  ids: string;
  lengths: Float32Array;
  /** Index terms in sorted order, joined by newlines. */
  terms: string;
  pairs: PairKeys;
  offsets: Int32Array;
  dfs: IntArray;
  data: Uint8Array;
  floatTfs: boolean;
  /** Per document, a hash of its title's stems (0 without a title): which documents share a title. */
  titles: Int32Array;
  /** Surface words and, in the same order, their stems, joined by newlines. */
  surface: string;
  surfaceStems: string;
  /**
   * The surface words' positions in `surface`, in the words' sorted order: a restored index finds
   * a word's stem by binary search, without building its vocabularies (most of a 10,000-section
   * pack's first search). Absent from snapshots made before it; those build the vocabularies.
   */
  surfaceOrder?: IntArray;
}

export const SEP = '\n';

/** A list joined by `SEP`, split again (an empty string is an empty list). */
export function splitJoined(joined: string): string[] {
  return joined ? joined.split(SEP) : [];
}

/**
 * One row: per document, a variable-length number (7 bits a byte, high bit = more) holding the gap
 * from the previous document times two, plus one when its frequency is not 1; that frequency
 * follows, as a variable-length number or, with `floatTfs`, four bytes of a 32-bit float. Gaps are
 * small for common words and nine in ten frequencies are 1: rows take about half the bytes of
 * 16-bit documents beside 8-bit frequencies. `list` is [doc, tf, doc, tf, …], documents ascending.
 */
export function encodeRow(out: number[], list: number[], floatTfs: boolean, scratch: DataView = new DataView(new ArrayBuffer(4))): void {
  let prev = -1;
  const put = (v: number) => {
    let x = v;
    while (x >= 0x80) {
      out.push((x & 0x7f) | 0x80);
      x = Math.floor(x / 0x80);
    }
    out.push(x);
  };
  for (let k = 0; k < list.length; k += 2) {
    const doc = list[k] as number;
    const tf = list[k + 1] as number;
    put((doc - prev) * 2 + (tf === 1 ? 0 : 1));
    prev = doc;
    if (tf === 1) continue;
    if (floatTfs) {
      scratch.setFloat32(0, tf);
      for (let b = 0; b < 4; b++) out.push(scratch.getUint8(b));
    } else put(tf);
  }
}

/** Calls `each(doc, tf)` for every document of a coded row. */
export function decodeRow(p: Pick<Postings, 'offsets' | 'data' | 'floatTfs'>, row: number, each: (doc: number, tf: number) => void): void {
  const { data } = p;
  const end = p.offsets[row + 1] as number;
  let at = p.offsets[row] as number;
  /** The variable-length number at `at`, moving past it. */
  const next = () => {
    let v = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = data[at++] as number;
      v += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte & 0x80);
    return v;
  };
  let doc = -1;
  const view = p.floatTfs ? new DataView(data.buffer, data.byteOffset, data.byteLength) : null;
  while (at < end) {
    const v = next();
    doc += Math.floor(v / 2);
    let tf = 1;
    if (v % 2 === 1) {
      if (view) {
        tf = view.getFloat32(at);
        at += 4;
      } else tf = next();
    }
    each(doc, tf);
  }
}

/** The first position in list[from] … list[to - 1] (ascending) whose value is not below `value`. */
export function lowerBound<T extends string | number>(list: ArrayLike<T>, value: T, from = 0, to = list.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the ascending documents hold `doc`. */
export function holds(docs: Int32Array, doc: number): boolean {
  const at = lowerBound(docs, doc);
  return at < docs.length && docs[at] === doc;
}

/** Index of `key` in the ascending keys, or -1. */
export function findKey(keys: PairKeys, key: number): number {
  const at = lowerBound(keys, key);
  return keys[at] === key ? at : -1;
}

/** Whether some term of the sorted list begins with `prefix`. */
export function beginsAny(list: readonly string[], prefix: string): boolean {
  return (list[lowerBound(list, prefix)] ?? '').startsWith(prefix);
}

/** Index of `term` in the sorted list, or -1. */
export function findSorted(list: readonly string[], term: string): number {
  const at = lowerBound(list, term);
  return list[at] === term ? at : -1;
}

function sameList(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Compresses the postings gathered while adding documents (term → [doc, tf, doc, tf, …]) into rows;
 * `docCount` decides whether document frequencies fit 16 bits.
 */
export function freezePostings(all: Map<string, number[]>, docCount: number): Postings {
  const terms = [...all.keys()].filter((t) => !isPair(t)).sort();
  const position = new Map(terms.map((t, i) => [t, i]));
  const width = terms.length;
  const keyed: { key: number; list: number[] }[] = [];
  for (const [term, list] of all) {
    const ends = pairEnds(term);
    if (!ends) continue;
    keyed.push({ key: (position.get(ends[0]) as number) * width + (position.get(ends[1]) as number), list });
  }
  keyed.sort((x, y) => x.key - y.key);
  const pairs = width * width <= 0xffffffff ? new Uint32Array(keyed.length) : new Float64Array(keyed.length);
  keyed.forEach((k, i) => {
    pairs[i] = k.key;
  });
  const rows = [
    ...terms.map((term) => {
      const list = all.get(term) as number[];
      // A heavy term listing exactly its stem's documents reads the stem's row.
      const plain = term[0] === HEAVY ? all.get(term.slice(1)) : undefined;
      return plain && sameList(plain, list) ? [] : list;
    }),
    ...keyed.map((k) => k.list),
  ];
  const offsets = new Int32Array(rows.length + 1);
  const dfs = docCount <= 0xffff ? new Uint16Array(rows.length) : new Int32Array(rows.length);
  let floatTfs = false;
  for (const list of rows) for (let k = 1; k < list.length && !floatTfs; k += 2) floatTfs = !Number.isInteger(list[k]);
  const bytes: number[] = [];
  const scratch = new DataView(new ArrayBuffer(4));
  rows.forEach((list, i) => {
    offsets[i] = bytes.length;
    dfs[i] = list.length / 2;
    encodeRow(bytes, list, floatTfs, scratch);
  });
  offsets[rows.length] = bytes.length;
  return { terms, pairs, offsets, dfs, data: Uint8Array.from(bytes), floatTfs };
}

/** The row holding term `i`'s documents: its own, or its plain stem's for an aliased heavy term. */
export function resolveRow(p: Postings, i: number): number {
  if (p.offsets[i] !== p.offsets[i + 1]) return i;
  const term = p.terms[i] as string;
  return term[0] === HEAVY ? findSorted(p.terms, term.slice(1)) : i;
}

/** The postings row of a term (a word, marked word or proximity pair), or -1. */
export function termRow(p: Postings, term: string): number {
  const ends = pairEnds(term);
  if (ends) {
    const a = findSorted(p.terms, ends[0]);
    const b = a < 0 ? -1 : findSorted(p.terms, ends[1]);
    const at = b < 0 ? -1 : findKey(p.pairs, a * p.terms.length + b);
    return at < 0 ? -1 : p.terms.length + at;
  }
  const i = findSorted(p.terms, term);
  return i < 0 ? -1 : resolveRow(p, i);
}

/** The postings as lists again (term → [doc, tf, …]), to add documents to a frozen index. */
export function thawPostings(p: Postings): Map<string, number[]> {
  const building = new Map<string, number[]>();
  const row = (i: number) => {
    const list: number[] = [];
    decodeRow(p, i, (doc, tf) => list.push(doc, tf));
    return list;
  };
  p.terms.forEach((term, i) => {
    building.set(term, row(resolveRow(p, i)));
  });
  const width = p.terms.length;
  p.pairs.forEach((key, i) => {
    const a = Math.floor(key / width);
    const first = p.terms[a] as string;
    const second = p.terms[key - a * width] as string;
    // Adjacent words join two words as written, proximity pairs two stems.
    const term = first[0] === SURFACE ? `${ADJACENT}${first.slice(1)} ${second.slice(1)}` : `${BIGRAM}${first} ${second}`;
    building.set(term, row(width + i));
  });
  return building;
}
