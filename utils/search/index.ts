export { type AnalyzedToken, analyze, analyzeTerms, type TermInfo } from './analyze';
export { type BuildOptions, type BuildProgress, buildIndex, CACHE_FROM, type CompiledPack, packStamp, readCompiled, writeCompiled } from './cache';
export { DEFAULT_PARAMS, type EngineParams, type EngineSnapshot, type Hit, type IndexDoc, type QueryTerm, SearchEngine, type SearchOptions } from './engine';
export { type EvalQuery, type EvalResult, engineRanker, evaluate, median, percentile, type Ranker } from './eval';
export { contentKey } from './hash';
export { answeredInTop, type KnowledgeQuery } from './knowledge-eval';
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
  sectionKey,
  synonymRelated,
  synonymTable,
} from './pack-search';
export { type Highlight, highlightRanges, makeSnippet, type Snippet } from './snippet';
// `./stored-pack` (the active pack in extension storage) is imported directly by pages: it needs the
// browser's storage, and this index is also used by Node scripts (bench, eval).
