import { type IntArray, splitJoined } from './postings';

/**
 * A restored snapshot's words as written and their stems (see `EngineSnapshot.surface`): kept
 * joined until needed, split once; with the snapshot's sorted order (`surfaceOrder`), a word's stem
 * is found by binary search, without the vocabularies an engine builds for typo corrections.
 */
export class RestoredSurface {
  #lists: { words: string[]; stems: string[] } | null = null;

  constructor(
    private readonly joined: { words: string; stems: string },
    private readonly order: IntArray | null,
  ) {}

  /** The words and, in the same order, their stems. */
  lists(): { words: string[]; stems: string[] } {
    this.#lists ??= { words: splitJoined(this.joined.words), stems: splitJoined(this.joined.stems) };
    return this.#lists;
  }

  /** A word's stem; undefined when the snapshot does not hold the word, null when it has no order to search. */
  stemOf(word: string): string | undefined | null {
    const order = this.order;
    if (!order) return null;
    const { words, stems } = this.lists();
    if (order.length !== words.length) return null;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words[order[mid] as number] as string) < word) lo = mid + 1;
      else hi = mid;
    }
    const at = order[lo];
    return at !== undefined && words[at] === word ? stems[at] : undefined;
  }
}

/** The positions of `words` in their sorted order (16-bit when there are at most 65,535 words). */
export function sortedOrder(words: readonly string[]): IntArray {
  return (words.length <= 0xffff ? Uint16Array : Int32Array).from(words.keys()).sort((a, b) => {
    const x = words[a] as string;
    const y = words[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
