/** Ranking parameters; the defaults are the ones the bench measured best on Arabic eval data. */
export interface EngineParams {
  k1: number;
  b: number;
  titleWeight: number;
  keywordWeight: number;
  correctionWeight: number;
  prefixWeight: number;
  /** Query weight of exact (unstemmed) word matches, on top of the stem match. */
  surfaceWeight: number;
  /** Query weight of two adjacent query words found adjacent in the document. */
  bigramWeight: number;
  /** Query weight of matches on the heavier stem (extra clitics removed). */
  heavyWeight: number;
  /** Exponent of the share of query idf mass a document covers (coordination). */
  coord: number;
  /** Query weight of related words (synonyms, glossary translations). */
  relatedWeight: number;
  /** Query weight of a long message's words outside the clauses that ask (see `messageFocus`). */
  backgroundWeight: number;
  /** Query weight of the words a known word may be a typo of («الند» → الهند; see the engine's `slipsOf`). */
  slipWeight: number;
  /** How many corrections of one unknown word are searched. */
  maxCorrections: number;
  /** Query weight of the other persons of a present-tense verb (تقع ↔ يقع). */
  personWeight: number;
  /** Query weight of the Arabic readings of an unknown Latin word without letter digits («shakwa»). */
  arabiziWeight: number;
  /** Query weight of a verb's form II or VIII verbal noun (يسجل → تسجيل، يعتمد → اعتماد). */
  nounWeight: number;
  /** Query weight of a verb's active participle (فتح → فاتح). */
  agentWeight: number;
  /**
   * How much a document's score grows with the share of its title's words the question names,
   * each by its idf against the rarest word's (× 1 + titleBoost × share): a question about «العراق»
   * is about the article titled so, even when a shorter passage elsewhere mentions Iraq.
   */
  titleBoost: number;
  /**
   * Among passages of one title (versions and parts of one article), one that holds more of the
   * question's words ranks first (1) or plain scores decide (0).
   */
  titleCoverage: number;
  /**
   * Query weight of two consecutive query words, function words included, found next to each
   * other in this order as written (0 with `quoteAdjacentWeight` 0 leaves them out of the index).
   */
  adjacentWeight: number;
  /** In a quote (see `isQuote`): query weight of its consecutive words found next to each other as written. */
  quoteAdjacentWeight: number;
  /** Query weight of a question's frame nouns («عدد»، «اسم»: what is asked for). */
  frameWeight: number;
}

export const DEFAULT_PARAMS: EngineParams = {
  k1: 1.6,
  b: 0.9,
  titleWeight: 5,
  keywordWeight: 2,
  correctionWeight: 1.25,
  prefixWeight: 0.5,
  surfaceWeight: 0.3,
  bigramWeight: 0.25,
  heavyWeight: 0.5,
  coord: 0.5,
  relatedWeight: 0.7,
  backgroundWeight: 0.3,
  slipWeight: 0.4,
  maxCorrections: 3,
  personWeight: 0.3,
  arabiziWeight: 0.8,
  nounWeight: 0.7,
  agentWeight: 0.5,
  titleBoost: 1.2,
  titleCoverage: 1,
  frameWeight: 0.35,
  adjacentWeight: 0.25,
  quoteAdjacentWeight: 1,
};
