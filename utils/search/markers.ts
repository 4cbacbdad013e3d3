/**
 * How index terms other than plain stems are spelt: a sign no typed word begins with, then the
 * word. Plain stems, heavy stems, words as written, proximity pairs and title stems share one
 * sorted list of terms (see `postings.ts`).
 */

/** A heavier stem (one more clitic removed, see `heavyStem`). */
export const HEAVY = '^';
/** A word as written (normalised, not stemmed). */
export const SURFACE = '=';
/** Two stems found near each other (`pairKey`). */
export const BIGRAM = '~';
/** A title's stem; its row's frequency is the number of the title's distinct stems. */
export const TITLE = '#';
/** Words this close in a document (after stop words) count as a proximity pair. */
export const PROXIMITY = 3;

/** The term of two stems found within `PROXIMITY` words of each other (in either order). */
export function pairKey(a: string, b: string): string {
  return a < b ? `${BIGRAM}${a} ${b}` : `${BIGRAM}${b} ${a}`;
}

/** Whether a term is marked (not a plain stem): it adds score but names no word of the query. */
export function isMarked(term: string): boolean {
  return term[0] === BIGRAM || term[0] === SURFACE || term[0] === HEAVY;
}
