import { gzipSync } from 'node:zlib';
import { loadPack } from '../knowledge/load';
import type { PackFile } from '../knowledge/types';
import { packIndexDocs, SearchEngine } from '../search';
import { type BundledPack, encodeBundledPack } from './binary';
import { packStamp } from './store';

/**
 * The bundled pack parsed, validated and indexed, as the build writes it into the extension
 * (`bundled-pack.bin`). Files are taken in path order, as the bundle's own list of them is, so
 * the key is the one `readActivePack` gives the bundled pack. Throws on an invalid pack.
 */
export function buildBundledPack(files: PackFile[]): BundledPack {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { pack, errors } = loadPack(sorted);
  if (!pack) throw new Error(`the bundled pack is invalid: ${errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('; ')}`);
  const engine = new SearchEngine(packIndexDocs(pack));
  return { key: `bundled-${packStamp(sorted)}`, pack, snapshot: engine.snapshot() };
}

/**
 * The file the build ships: the encoded pack gzip-compressed (a third of the bytes for the browser to
 * serve while the panel's scripts load), inflated by the page with the browser's own
 * `DecompressionStream` (`fetchBundledBytes`).
 */
export function bundledPackAsset(files: PackFile[]): Uint8Array {
  return gzipSync(encodeBundledPack(buildBundledPack(files)), { level: 9 });
}
