import { normalizeWithMap } from './normalize';

export interface Token {
  /** Normalised surface form. */
  term: string;
  /** Offsets in the ORIGINAL text (end exclusive). */
  start: number;
  end: number;
  /** Index of the token in the text. */
  position: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Normalises and splits text into word tokens whose offsets point into the original string. */
export function tokenize(text: string): Token[] {
  const { text: norm, map } = normalizeWithMap(text);
  const tokens: Token[] = [];
  let position = 0;
  for (const m of norm.matchAll(WORD)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    tokens.push({ term: m[0], start: map[s] ?? 0, end: map[e] ?? text.length, position: position++ });
  }
  return tokens;
}

/** Terms only, for callers that do not need offsets. */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
