import { normalize } from '../../utils/arabic';
import type { IndexDoc } from '../../utils/search';
import type { EvalQuery } from './eval';
import { prng } from './synthetic';

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
/** Marks (harakat, tanween, shadda, sukun, superscript alef) and tatweel: what a quote drops. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** A text as staff paste it from an unvowelled copy: marks dropped, punctuation removed, one space between words. */
export function unmarked(text: string): string {
  return text.replace(MARKS, '');
}

/** The normalised words of a text, for checking which passages hold a quote exactly. */
const wordsOf = (text: string) => normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Quotes staff paste to find where a phrase comes from: from each passage, `perPassage` runs of
 * three to five consecutive Arabic words (marks dropped). A quote's relevant passages are every
 * passage holding those words consecutively (several passages may quote one sentence).
 */
export function quoteSet(corpus: IndexDoc[], perPassage = 2, seed = 23): EvalQuery[] {
  const rnd = prng(seed);
  const texts = corpus.map((d) => ` ${wordsOf(d.text).join(' ')} `);
  const out: EvalQuery[] = [];
  for (const d of corpus) {
    const raw = unmarked(d.text)
      .split(/\s+/)
      .map((w) => w.replace(/^[^\u0621-\u064A]+|[^\u0621-\u064A]+$/g, ''));
    for (let k = 0; k < perPassage; k++) {
      const size = 3 + Math.floor(rnd() * 3);
      for (let tries = 0; tries < 10; tries++) {
        const at = Math.floor(rnd() * Math.max(1, raw.length - size));
        const run = raw.slice(at, at + size);
        if (run.length !== size || !run.every((w) => ARABIC_WORD.test(w))) continue;
        const q = run.join(' ');
        const needle = ` ${wordsOf(q).join(' ')} `;
        const relevant = corpus.filter((_, i) => (texts[i] as string).includes(needle)).map((x) => x.id);
        if (relevant.length === 0) continue;
        out.push({ q, relevant });
        break;
      }
    }
  }
  return out;
}

/** The same quotes' relevant passages in another corpus (e.g. with distractors that repeat sentences). */
export function relevantIn(corpus: IndexDoc[], queries: EvalQuery[]): EvalQuery[] {
  const texts = corpus.map((d) => ` ${wordsOf(d.text).join(' ')} `);
  return queries.map(({ q }) => {
    const needle = ` ${wordsOf(q).join(' ')} `;
    return { q, relevant: corpus.filter((_, i) => (texts[i] as string).includes(needle)).map((x) => x.id) };
  });
}

/** The share of queries whose first result holds the quote. */
export function firstHit(ranker: { search(q: string): string[] }, queries: EvalQuery[]): number {
  let n = 0;
  for (const { q, relevant } of queries) if (relevant.includes(ranker.search(q)[0] ?? '')) n++;
  return Math.round((1e4 * n) / Math.max(1, queries.length)) / 1e4;
}
