export { type ArabiziLookup, type ArabiziReading, fromArabizi, isSurelyArabizi, mayBeArabizi, prefixesOf } from './arabizi';
export { dialectTable, fromDialect } from './dialect';
export { fromEnglishLayout, mayBeWrongLayout } from './layout';
export { type Normalized, normalize, normalizeWithMap } from './normalize';
export { numberOrdinals } from './ordinals';
export { isPlace } from './places';
export { brokenPlurals, foldPlural } from './plurals';
export { sentenceEnds } from './sentences';
export {
  activeParticiple,
  formEightNoun,
  formFiveNoun,
  formFourNoun,
  formThreeNoun,
  formTwoNoun,
  fuulNoun,
  heavyStem,
  isArabicWord,
  mufilParticiple,
  PRESENT_PREFIXES,
  stem,
  wordForms,
} from './stem';
export { isStopWord, QUESTION_FRAMES, stopWords } from './stopwords';
export { type Token, terms, tokenize } from './tokenize';
