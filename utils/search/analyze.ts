import { heavyStem, isStopWord, stem, type Token, tokenize } from '../arabic';

export interface AnalyzedToken extends Token {
  stem: string;
  heavy: string;
  stop: boolean;
}

/** Tokenise + stem, the same way for documents, queries and highlights. */
export function analyze(text: string): AnalyzedToken[] {
  return tokenize(text).map((t) => ({ ...t, stem: stem(t.term), heavy: heavyStem(t.term), stop: isStopWord(t.term) }));
}
