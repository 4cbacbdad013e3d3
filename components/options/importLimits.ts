import { Unzip, type UnzipFileInfo, UnzipInflate, unzipSync } from 'fflate';
import type { MessageKey } from '../../utils/i18n';

/** Generous for a pack of Markdown (the bundled one is 0.2 MB, 28 files), small enough that a crafted file cannot freeze the page. */
export interface ImportLimits {
  zipBytes: number;
  files: number;
  entryBytes: number;
  totalBytes: number;
}
export const IMPORT_LIMITS: Readonly<ImportLimits> = { zipBytes: 20 * 1024 * 1024, files: 2000, entryBytes: 5 * 1024 * 1024, totalBytes: 50 * 1024 * 1024 };

/** A limit an imported file hit, with the message (and its values) that says which. */
export class ImportLimitError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly args: (string | number)[],
  ) {
    super(`${key}: ${args.join(', ')}`);
  }
}

const MB = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

/** A path inside a pack: relative, no `..`, no drive or backslash, no control characters. */
export function isSafeEntryName(name: string): boolean {
  if (!name || name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name)) return false;
  if ([...name].some((c) => c.charCodeAt(0) < 0x20)) return false;
  return !name.split('/').some((part) => part === '..' || part === '.');
}

/** Slices the zip is inflated in: each can inflate to ~1000× its size at most, so a lie is caught within a few MB. */
const SLICE = 16 * 1024;

/**
 * Unzips within the limits, checking what each entry declares before inflating it (the central
 * directory), then inflating slice by slice and stopping as soon as an entry gives more than it
 * declared: a lying header (20 MB of zip that inflate to 20 GB) is refused in milliseconds, not
 * decoded whole while the page freezes.
 */
export function unzipLimited(data: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Record<string, Uint8Array> {
  if (data.byteLength > limits.zipBytes) throw new ImportLimitError('importLimitZip', [MB(data.byteLength), MB(limits.zipBytes)]);
  let files = 0;
  let declared = 0;
  const sizes = new Map<string, number>();
  unzipSync(data, {
    filter: (f: UnzipFileInfo) => {
      if (++files > limits.files) throw new ImportLimitError('importLimitFiles', [limits.files]);
      if (f.name.endsWith('/') || f.name.startsWith('__MACOSX/')) return false;
      if (!isSafeEntryName(f.name)) throw new ImportLimitError('importBadName', [f.name.slice(0, 120)]);
      if (f.originalSize > limits.entryBytes) throw new ImportLimitError('importLimitEntry', [f.name.slice(0, 120), MB(f.originalSize), MB(limits.entryBytes)]);
      declared += f.originalSize;
      if (declared > limits.totalBytes) throw new ImportLimitError('importLimitTotal', [MB(limits.totalBytes)]);
      sizes.set(f.name, Math.max(sizes.get(f.name) ?? 0, f.originalSize));
      return false; // only read the directory here
    },
  });
  const out: Record<string, Uint8Array> = {};
  const unzipper = new Unzip((file) => {
    // The entries the directory listed, by the name their own header gives.
    const size = sizes.get(file.name);
    if (size === undefined) return;
    const chunks: Uint8Array[] = [];
    let got = 0;
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      got += chunk.byteLength;
      if (got > size) throw new Error(`zip entry ${file.name.slice(0, 120)} holds more than its header says (${size} bytes)`);
      chunks.push(chunk);
      if (final) out[file.name] = concat(chunks, got);
    };
    file.start();
  });
  unzipper.register(UnzipInflate);
  for (let at = 0; at < data.byteLength; at += SLICE) unzipper.push(data.subarray(at, at + SLICE), at + SLICE >= data.byteLength);
  return out;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}
