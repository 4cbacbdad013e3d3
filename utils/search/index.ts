export { type AnalyzedToken, analyze, analyzeTerms, type TermInfo } from './analyze';
export { type BuildOptions, type BuildProgress, buildIndex, CACHE_FROM } from './build';
export { type Hit, type IndexDoc, indexingKey, SearchEngine, type SearchOptions } from './engine';
export { type Analysers, analysisFingerprint } from './fingerprint';
export { contentKey } from './hash';
export {
  arabiziSynonyms,
  createPackSearch,
  dialectRelated,
  englishRelated,
  englishVariants,
  negationRelated,
  type PackHit,
  type PackSearch,
  type PackSearchOptions,
  packIndexDocs,
  restoredPackSearch,
  sectionKey,
  synonymRelated,
  synonymTable,
} from './pack-search';
export { DEFAULT_PARAMS, type EngineParams } from './params';
export { decodeRow, type EngineSnapshot, encodeRow } from './postings';
export type { ParseOptions, QueryTerm } from './query';
export { type Highlight, highlightRanges, makeSnippet, type Snippet } from './snippet';
