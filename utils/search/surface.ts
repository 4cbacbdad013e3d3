import { type IntArray, SEP, splitJoined } from './postings';

/**
 * A restored snapshot's words as written and their stems (see `EngineSnapshot.surface`): kept
 * joined until needed, split once; with the snapshot's sorted order (`surfaceOrder`), a word's stem
 * is found by binary search, without the vocabularies an engine builds for typo corrections.
 */
export class RestoredSurface {
  #lists: { words: string[]; stems: string[] } | null = null;
  #starts: { words: Int32Array; stems: Int32Array } | null = null;

  constructor(
    private readonly joined: { words: string; stems: string },
    private readonly order: IntArray | null,
  ) {}

  /** The words and, in the same order, their stems. */
  lists(): { words: string[]; stems: string[] } {
    this.#lists ??= { words: splitJoined(this.joined.words), stems: splitJoined(this.joined.stems) };
    return this.#lists;
  }

  /**
   * A word's stem; undefined when the snapshot does not hold the word, null when it has no order to
   * search. Read in the joined strings (where each word starts), not from split lists: a
   * 10,000-section pack has ~47,000 words, and splitting them and their stems made ~94,000 strings
   * for the one or two words a first search looks up (and a young-generation collection after it).
   */
  stemOf(word: string): string | undefined | null {
    const order = this.order;
    if (!order) return null;
    this.#starts ??= { words: lineStarts(this.joined.words), stems: lineStarts(this.joined.stems) };
    const { words: ws, stems: ss } = this.#starts;
    const count = ws.length - 1;
    if (order.length !== count || ss.length - 1 !== count) return null;
    const words = this.joined.words;
    const at = (i: number) => order[i] as number;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const w = at(mid);
      if (compareSlice(words, ws[w] as number, (ws[w + 1] as number) - 1, word) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= count) return undefined;
    const found = at(lo);
    if (compareSlice(words, ws[found] as number, (ws[found + 1] as number) - 1, word) !== 0) return undefined;
    return this.joined.stems.slice(ss[found] as number, (ss[found + 1] as number) - 1);
  }
}

/**
 * Where each entry of a `SEP`-joined list starts, and one past the end of the last (+1): entry `i`
 * is `joined.slice(starts[i], starts[i + 1] - 1)`, as `splitJoined(joined)[i]`; an empty string is no entries.
 */
export function lineStarts(joined: string): Int32Array {
  if (!joined) return new Int32Array(1);
  let n = 1;
  for (let i = joined.indexOf(SEP); i >= 0; i = joined.indexOf(SEP, i + 1)) n++;
  const out = new Int32Array(n + 1);
  let k = 1;
  for (let i = joined.indexOf(SEP); i >= 0; i = joined.indexOf(SEP, i + 1)) out[k++] = i + 1;
  out[n] = joined.length + 1;
  return out;
}

/** `text.slice(from, to)` compared with `word` as `<` compares strings (by UTF-16 code unit), without making the slice. */
function compareSlice(text: string, from: number, to: number, word: string): number {
  const n = Math.min(to - from, word.length);
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(from + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return to - from - word.length;
}

/** The positions of `words` in their sorted order (16-bit when there are at most 65,535 words). */
export function sortedOrder(words: readonly string[]): IntArray {
  return (words.length <= 0xffff ? Uint16Array : Int32Array).from(words.keys()).sort((a, b) => {
    const x = words[a] as string;
    const y = words[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
