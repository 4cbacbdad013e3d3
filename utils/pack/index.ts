export { type CompiledPack, packStamp, readAcknowledged, readCompiled, readFiles, writeAcknowledged, writeCompiled, writeFiles } from './store';
// `./active` (the active pack: which one is in use, importing and acknowledging it) is imported by
// path: it needs the extension's storage, and this index is also imported by Node scripts and tests.
