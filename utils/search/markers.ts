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
/**
 * Two words as written found next to each other in this order, function words included («من يشاء»):
 * what a quoted phrase is found by. Its two words are also index terms (function words with no
 * documents of their own), so a pair is kept as two numbers, as proximity pairs are.
 */
export const ADJACENT = '"';
/** A title's stem; its row's frequency is the number of the title's distinct stems. */
export const TITLE = '#';
/** Words this close in a document (after stop words) count as a proximity pair. */
export const PROXIMITY = 3;

/** The term of two stems found within `PROXIMITY` words of each other (in either order). */
export function pairKey(a: string, b: string): string {
  return a < b ? `${BIGRAM}${a} ${b}` : `${BIGRAM}${b} ${a}`;
}

/** The term of two words as written, one right after the other. */
export function adjacentKey(a: string, b: string): string {
  return `${ADJACENT}${a} ${b}`;
}

/** A pair term's two ends as index terms (stems for a proximity pair, words as written for adjacent words), or null. */
export function pairEnds(term: string): [string, string] | null {
  const space = term.indexOf(' ');
  if (space < 0) return null;
  if (term[0] === BIGRAM) return [term.slice(1, space), term.slice(space + 1)];
  if (term[0] === ADJACENT) return [SURFACE + term.slice(1, space), SURFACE + term.slice(space + 1)];
  return null;
}

/** Whether a term is a pair (proximity or adjacent words). */
export function isPair(term: string): boolean {
  return term[0] === BIGRAM || term[0] === ADJACENT;
}

/** Whether a term is marked (not a plain stem): it adds score but names no word of the query. */
export function isMarked(term: string): boolean {
  return term[0] === BIGRAM || term[0] === SURFACE || term[0] === HEAVY || term[0] === ADJACENT;
}
