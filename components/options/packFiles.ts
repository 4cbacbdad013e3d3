import { zipSync } from 'fflate';
import { toIsoDate } from '../../utils/dates';
import { type Block, blocksToDocument, type DocumentKind, type PackFile, packFilesFromZip } from '../../utils/knowledge';
import { IMPORT_LIMITS, ImportLimitError, isSafeEntryName, unzipLimited } from './importLimits';

/** Word → blocks through mammoth (loaded only when a .docx is imported). */
async function docxBlocks(file: File): Promise<Block[]> {
  const mammoth = await import('mammoth');
  const { value: html } = await mammoth.convertToHtml({ arrayBuffer: await file.arrayBuffer() });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.body.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li')].map((el) => ({ tag: el.tagName.toLowerCase(), text: el.textContent ?? '' }));
}

/** Reads what the admin chose into pack files: Markdown as is, zips unpacked, Word converted. */
export async function readImport(files: File[], docx: { kind: DocumentKind; title: string }): Promise<PackFile[]> {
  const out: PackFile[] = [];
  for (const file of files) {
    const name = file.name.toLowerCase();
    if (name.endsWith('.zip')) out.push(...packFilesFromZip(unzipLimited(new Uint8Array(await file.arrayBuffer()))));
    else if (file.size > IMPORT_LIMITS.entryBytes)
      throw new ImportLimitError('importLimitEntry', [file.name, Math.round(file.size / 104857.6) / 10, IMPORT_LIMITS.entryBytes / 1048576]);
    else if (name.endsWith('.docx')) {
      const title = docx.title.trim() || file.name.replace(/\.docx$/i, '');
      const today = toIsoDate(new Date());
      out.push({
        path: `documents/${docx.kind}.md`,
        content: blocksToDocument(await docxBlocks(file), { id: docx.kind, title, kind: docx.kind, version: today, date: today }),
      });
    } else if (name.endsWith('.md') || name === 'pack.json') out.push({ path: name === 'pack.json' ? 'pack.json' : file.name, content: await file.text() });
  }
  return out;
}

/** The pack as a zip; a path that could escape the folder on extraction is never written. */
export function zipPack(files: PackFile[]): Uint8Array {
  const encoder = new TextEncoder();
  return zipSync(Object.fromEntries(files.filter((f) => isSafeEntryName(f.path)).map((f) => [`knowledge/${f.path}`, encoder.encode(f.content)])));
}
