export { changeCount, diffPack, type PackChanges, type PackSnapshot, type SectionChange, snapshotOf } from './changes';
export { citation } from './citation';
export { type Block, blocksToDocument, mergePackFiles, packFilesFromZip } from './import';
export { formatError, type LoadResult, loadPack, MANIFEST, parseDocument } from './load';
export { autoSectionId, markdownToText } from './sections';
export * from './types';
