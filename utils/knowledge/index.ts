export { changeCount, diffPack, type PackChanges, type PackSnapshot, type SectionChange, snapshotOf } from './changes';
export { citation, quotesSample, SAMPLE_MARK } from './citation';
export { errorText } from './error-text';
export { type Block, blocksToDocument, mergePackFiles, packFilesFromZip } from './import';
export {
  type DocumentChange,
  encodingErrors,
  type ImportImpact,
  importImpact,
  importKind,
  isManifestText,
  nameErrors,
  needsConfirmation,
  type Refusal,
  unlistedFiles,
} from './import-check';
export { INTENT_IDS, type IntentId, type PackIntent, parseIntent, parseIntents } from './intents';
export { formatError, type LoadResult, loadPack, loadStoredPack, MANIFEST, parseDocument } from './load';
export { FORM_NAMES, type FormName, type RenderedSample, renderSamples, SAMPLE_DATE, sampleValues } from './render';
export { autoSectionId, markdownToText } from './sections';
export { checkTemplate } from './template-check';
export * from './types';
export { type DiffPart, diffArabicWords } from './word-diff';
