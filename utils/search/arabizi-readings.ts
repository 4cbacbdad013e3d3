import { type ArabiziReading, fromArabizi, isStopWord, PRESENT_PREFIXES, prefixesOf, stopWords } from '../arabic';
import { termInfo } from './analyze';
import { SURFACE } from './markers';
import { beginsAny, findSorted } from './postings';

/** How many readings of one Arabizi word join the query (the most frequent in the index). */
const ARABIZI_READINGS = 3;
/** Present-tense prefixes of the other persons, read as the third person's «ي» in Arabizi. */
const FIRST_PERSONS = PRESENT_PREFIXES.filter((p) => p !== 'ي');

let stopPrefixes: Set<string> | null = null;
/** Every beginning of a stop word: stop words are not indexed, yet an Arabizi word may read as one. */
function stopWordPrefixes(): Set<string> {
  stopPrefixes ??= prefixesOf(stopWords());
  return stopPrefixes;
}

/** What reading Arabizi needs of an index. */
export interface ArabiziIndex {
  /** Index terms in sorted order. */
  terms: readonly string[];
  has(term: string): boolean;
  df(term: string): number;
  completions(term: string): string[];
}

export interface IndexReading {
  word: string;
  /** A whole word (else an index term a reading typed so far begins). */
  complete: boolean;
}

/** Whether a word's stem is in the index and at least three letters (shorter ones are too easily met). */
function hasLongStem(ix: ArabiziIndex, word: string): boolean {
  const { stem } = termInfo(word);
  return stem.length >= 3 && ix.has(stem);
}

/**
 * The Arabic words an Arabizi word may stand for («shakwa» → شكوي، «ta7deeth» → تحديث): the
 * readings the index uses most (complete), or while it is being typed the index terms its
 * readings so far begin (not complete).
 */
export function readArabizi(ix: ArabiziIndex, latin: string, typing: boolean): IndexReading[] {
  const { terms } = ix;
  const begins = (p: string) => beginsAny(terms, SURFACE + p) || beginsAny(terms, p) || stopWordPrefixes().has(p);
  const isWord = (w: string) => isStopWord(w) || findSorted(terms, SURFACE + w) >= 0 || findSorted(terms, `${SURFACE}ال${w}`) >= 0 || hasLongStem(ix, w);
  const lookup = {
    // Readings are checked against words as written and against stems: «matlooba» is read
    // «مطلوبه» though the text only writes «المطلوبة».
    hasPrefix: (p: string) => begins(p) || (FIRST_PERSONS.includes(p[0] as string) && p.length >= 2 && begins(`ي${p.slice(1)}`)),
    // As written, with the article Arabizi often leaves out (sirriya → السرية), or by a stem; a
    // verb in another person than the text's (asajel → أسجل, the text's يسجل).
    isWord: (w: string) => isWord(w) || (FIRST_PERSONS.includes(w[0] as string) && w.length >= 4 && isWord(`ي${w.slice(1)}`)),
    isStem: (s: string) => findSorted(terms, s) >= 0,
  };
  const readings = fromArabizi(latin, lookup, { limit: 16, partial: typing });
  const fewest = (list: ArabiziReading[]) => Math.min(Infinity, ...list.map((r) => r.dropped));
  const words = readings.filter((r) => !isStopWord(r.word) && lookup.isWord(r.word));
  // «kaif» reads كيف as directly as any content word: a function word, and adds nothing.
  const stop = fewest(readings.filter((r) => isStopWord(r.word)));
  if (stop < Infinity && stop <= fewest(words)) return [];
  // A Latin «a» may be an unwritten short vowel or a written alef: the readings the index uses
  // most win (talab → طلب in a policy, ziyara → زيارة rather than زير).
  // A reading found only as another person of a verb (asajel → يسجل) ranks by that verb, halved.
  const frequency = (w: string) => ix.df(termInfo(w).stem) || ix.df(termInfo(`ي${w.slice(1)}`).stem) / 2;
  const byStem = new Map<string, string>();
  for (const r of words.sort((a, b) => frequency(b.word) - frequency(a.word))) {
    const { stem } = termInfo(r.word);
    if (!byStem.has(stem)) byStem.set(stem, r.word);
  }
  const out = [...byStem.values()].slice(0, ARABIZI_READINGS).map((word) => ({ word, complete: true }));
  if (typing && out.length === 0) {
    for (const r of readings) for (const s of ix.completions(r.word)) out.push({ word: s, complete: false });
  }
  return out;
}
