import { foldPlural, heavyStem, isStopWord, normalize, stem, type Token, tokenize } from '../arabic';

export interface TermInfo {
  term: string;
  stem: string;
  heavy: string;
  stop: boolean;
}

export interface AnalyzedToken extends Token, TermInfo {}

// Words repeat (Zipf): stemming each distinct word once is most of the work saved.
const cache = new Map<string, TermInfo>();
const CACHE_LIMIT = 200_000;

/** The analysis of one normalised word (cached): what the index keeps of it. */
export function termInfo(term: string): TermInfo {
  let i = cache.get(term);
  if (!i) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    i = { term, stem: foldPlural(stem(term)), heavy: heavyStem(term), stop: isStopWord(term) };
    cache.set(term, i);
  }
  return i;
}

/** Tokenise + stem, the same way for documents, queries and highlights (offsets into the original). */
export function analyze(text: string): AnalyzedToken[] {
  return tokenize(text).map((t) => {
    const i = termInfo(t.term);
    // Written out: spreading two objects per token cost snippets most of their time.
    return { term: t.term, start: t.start, end: t.end, position: t.position, stem: i.stem, heavy: i.heavy, stop: i.stop };
  });
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The same analysis without offsets, for indexing. */
export function analyzeTerms(text: string): TermInfo[] {
  const out: TermInfo[] = [];
  for (const m of normalize(text).matchAll(WORD)) out.push(termInfo(m[0]));
  return out;
}
