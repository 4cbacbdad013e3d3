import { sentenceEnds, tokenize } from '../arabic';
import { analyze, termInfo } from './analyze';

export interface Highlight {
  start: number;
  end: number;
}

export interface Snippet {
  /** Plain text excerpt taken verbatim from the original text. */
  text: string;
  /** Ranges inside `text` to highlight. */
  highlights: Highlight[];
  /** Whether text was cut before/after the excerpt. */
  before: boolean;
  after: boolean;
  /** Where the excerpt starts in the original text (a citation quotes from there). */
  start: number;
}

/**
 * The stem an index gave a word it holds (never a function word), or undefined: a word the index
 * already analysed is not stemmed again (on a page's first search, stemming each section's words
 * was most of the time its snippets took).
 */
export type KnownStem = (term: string) => string | undefined;

/** The words of `text` whose analysed stems are wanted (stop words never are). */
function matchingTokens(text: string, wanted: ReadonlySet<string>, known?: KnownStem): { start: number; end: number; stem: string }[] {
  if (wanted.size === 0) return [];
  if (!known) return analyze(text).filter((t) => !t.stop && wanted.has(t.stem));
  const out: { start: number; end: number; stem: string }[] = [];
  for (const t of tokenize(text)) {
    let stem = known(t.term);
    if (stem === undefined) {
      const i = termInfo(t.term);
      if (!i.stop) stem = i.stem;
    }
    if (stem !== undefined && wanted.has(stem)) out.push({ start: t.start, end: t.end, stem });
  }
  return out;
}

/** Ranges of `text` whose analysed stems are in `stems` (offsets in the original text). */
export function highlightRanges(text: string, stems: Iterable<string>): Highlight[] {
  return matchingTokens(text, new Set(stems)).map((t) => ({ start: t.start, end: t.end }));
}

/**
 * The best-matching sentence of `text` for the query stems, trimmed to about `max`
 * characters around its matches without cutting a word.
 */
export function makeSnippet(text: string, stems: Iterable<string>, max = 220, known?: KnownStem): Snippet {
  const wanted = new Set(stems);
  const sentences: { start: number; end: number }[] = [];
  let last = 0;
  for (const { start, end } of sentenceEnds(text)) {
    // Ends that touch («.» then a line break) close one sentence.
    const prev = sentences.at(-1);
    if (prev && start === last) prev.end = end;
    else sentences.push({ start: last, end });
    last = end;
  }
  if (last < text.length) sentences.push({ start: last, end: text.length });

  // One analysis of the whole text: sentences are scored, and highlights placed, from its tokens.
  const hits = matchingTokens(text, wanted, known);
  let best = sentences[0] ?? { start: 0, end: text.length };
  let bestScore = -1;
  for (const s of sentences) {
    const seen = new Set<string>();
    for (const t of hits) if (t.start >= s.start && t.end <= s.end) seen.add(t.stem);
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = s;
    }
  }
  let start = best.start;
  let end = best.end;
  const ranges = hits.filter((t) => t.start >= start && t.end <= end).map((t) => ({ start: t.start, end: t.end }));
  if (end - start > max) {
    const first = ranges[0]?.start ?? start;
    const from = Math.max(start, first - Math.floor(max / 3));
    start = wordBoundary(text, from, -1, start);
    end = wordBoundary(text, Math.min(end, start + max), 1, end);
  }
  // Trim whitespace and list punctuation at the edges.
  while (start < end && /[\s\-–•*#]/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  const highlights = ranges.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start - start, end: r.end - start }));
  return { text: text.slice(start, end), highlights, before: start > 0, after: end < text.length, start };
}

function wordBoundary(text: string, at: number, dir: -1 | 1, limit: number): number {
  let i = at;
  if (dir < 0) {
    while (i > limit && !/\s/.test(text[i - 1] ?? ' ')) i--;
  } else {
    while (i < limit && !/\s/.test(text[i] ?? ' ')) i++;
  }
  return i;
}
