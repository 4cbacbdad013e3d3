import { type UnzipFileInfo, unzipSync } from 'fflate';
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

/**
 * Unzips within the limits, checking what each entry declares before inflating it, then what it
 * really held (a lying header does not get past the totals either).
 */
export function unzipLimited(data: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Record<string, Uint8Array> {
  if (data.byteLength > limits.zipBytes) throw new ImportLimitError('importLimitZip', [MB(data.byteLength), MB(limits.zipBytes)]);
  let files = 0;
  let declared = 0;
  const filter = (f: UnzipFileInfo) => {
    if (++files > limits.files) throw new ImportLimitError('importLimitFiles', [limits.files]);
    if (f.name.endsWith('/') || f.name.startsWith('__MACOSX/')) return false;
    if (!isSafeEntryName(f.name)) throw new ImportLimitError('importBadName', [f.name.slice(0, 120)]);
    if (f.originalSize > limits.entryBytes) throw new ImportLimitError('importLimitEntry', [f.name.slice(0, 120), MB(f.originalSize), MB(limits.entryBytes)]);
    declared += f.originalSize;
    if (declared > limits.totalBytes) throw new ImportLimitError('importLimitTotal', [MB(limits.totalBytes)]);
    return true;
  };
  const out = unzipSync(data, { filter });
  let total = 0;
  for (const [name, bytes] of Object.entries(out)) {
    if (bytes.byteLength > limits.entryBytes) throw new ImportLimitError('importLimitEntry', [name.slice(0, 120), MB(bytes.byteLength), MB(limits.entryBytes)]);
    total += bytes.byteLength;
  }
  if (total > limits.totalBytes) throw new ImportLimitError('importLimitTotal', [MB(limits.totalBytes)]);
  return out;
}
