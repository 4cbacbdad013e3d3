import { zipSync } from 'fflate';
import { toIsoDate } from '../../utils/dates';
import {
  type Block,
  blocksToDocument,
  type DocumentKind,
  importKind,
  isManifestText,
  MANIFEST,
  type PackFile,
  packFilesFromZip,
  type Refusal,
} from '../../utils/knowledge';
import { IMPORT_LIMITS, ImportLimitError, isSafeEntryName, unzipLimited } from './importLimits';

/** A .docx may hold one part as large as all the limit allows (a long document's XML is verbose). */
const DOCX_LIMITS = { ...IMPORT_LIMITS, entryBytes: IMPORT_LIMITS.totalBytes };

/**
 * A .docx is a zip that mammoth would inflate whole: its parts are read within the limits first
 * (a part that holds more than its header says is refused), and only those parts, stored again,
 * reach mammoth.
 */
export function boundedDocx(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return zipSync(unzipLimited(bytes, DOCX_LIMITS), { level: 0 }) as Uint8Array<ArrayBuffer>;
}

/** Word → blocks through mammoth (loaded only when a .docx is imported). */
async function docxBlocks(file: File): Promise<Block[]> {
  const mammoth = await import('mammoth');
  const { value: html } = await mammoth.convertToHtml({ arrayBuffer: boundedDocx(new Uint8Array(await file.arrayBuffer())).buffer });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.body.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li')].map((el) => ({ tag: el.tagName.toLowerCase(), text: el.textContent ?? '' }));
}

export interface ImportRead {
  files: PackFile[];
  /** Files Murshid cannot read, by the name the admin chose. */
  refused: Refusal[];
  /** Pack path → the file the admin chose it from (for errors that name their file). */
  chosen: Map<string, string>;
}

/**
 * Reads what the admin chose into pack files: Markdown as is, zips unpacked, Word converted, a
 * pack manifest under any name (`pack (1).json`); anything else is refused by name.
 */
export async function readImport(files: File[], docx: { kind: DocumentKind; title: string }): Promise<ImportRead> {
  const out: ImportRead = { files: [], refused: [], chosen: new Map() };
  const add = (file: PackFile, from: string) => {
    out.files.push(file);
    out.chosen.set(file.path, from);
  };
  for (const file of files) {
    const kind = importKind(file.name);
    if (kind !== 'zip' && file.size > IMPORT_LIMITS.entryBytes)
      throw new ImportLimitError('importLimitEntry', [file.name, Math.round(file.size / 104857.6) / 10, IMPORT_LIMITS.entryBytes / 1048576]);
    try {
      if (kind === 'zip') {
        const inside = packFilesFromZip(unzipLimited(new Uint8Array(await file.arrayBuffer())));
        if (inside.length === 0) out.refused.push({ name: file.name, reason: 'emptyZip' });
        for (const f of inside) add(f, `${file.name} › ${f.path}`);
      } else if (kind === 'docx') {
        const today = toIsoDate(new Date());
        const content = blocksToDocument(await docxBlocks(file), { id: docx.kind, title: docx.title.trim(), kind: docx.kind, version: today, date: today });
        add({ path: `documents/${docx.kind}.md`, content }, file.name);
      } else if (kind === 'markdown') add({ path: file.name, content: await file.text() }, file.name);
      else if (kind === 'json') {
        const content = await file.text();
        if (isManifestText(content)) add({ path: MANIFEST, content }, file.name);
        else out.refused.push({ name: file.name, reason: 'notPack' });
      } else out.refused.push({ name: file.name, reason: 'unknownType' });
    } catch (e) {
      // A limit hit is said as such (which limit, which file); anything else is a file Murshid cannot read.
      if (e instanceof ImportLimitError) throw e;
      out.refused.push({ name: file.name, reason: 'unreadable' });
    }
  }
  return out;
}

/** The pack as a zip; a path that could escape the folder on extraction is never written. */
export function zipPack(files: PackFile[]): Uint8Array {
  const encoder = new TextEncoder();
  return zipSync(Object.fromEntries(files.filter((f) => isSafeEntryName(f.path)).map((f) => [`knowledge/${f.path}`, encoder.encode(f.content)])));
}
