export { type AnalyzedToken, analyze } from './analyze';
export { DEFAULT_PARAMS, type EngineParams, type Hit, type IndexDoc, type QueryTerm, SearchEngine, type SearchOptions } from './engine';
export { type EvalQuery, type EvalResult, engineRanker, evaluate, median, percentile, type Ranker } from './eval';
export { answeredInTop, type KnowledgeQuery } from './knowledge-eval';
export {
  createPackSearch,
  englishRelated,
  type PackHit,
  type PackSearch,
  type PackSearchOptions,
  sectionKey,
  synonymRelated,
  synonymTable,
} from './pack-search';
export { type Highlight, highlightRanges, makeSnippet, type Snippet } from './snippet';
