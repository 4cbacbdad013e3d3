export { citation } from './citation';
export { formatError, type LoadResult, loadPack, MANIFEST, parseDocument } from './load';
export { autoSectionId, markdownToText } from './sections';
export * from './types';
