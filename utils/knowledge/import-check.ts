import { MANIFEST } from './load';
import type { DocumentStatus, Pack, PackError, PackFile } from './types';

/** A file the admin chose that Murshid cannot read, by the name they chose it under. */
export interface Refusal {
  name: string;
  reason: 'unknownType' | 'notPack' | 'emptyZip' | 'unreadable';
}

/** What kind of file a chosen name is, by its extension. */
export function importKind(name: string): 'zip' | 'docx' | 'markdown' | 'json' | null {
  const n = name.toLowerCase();
  if (n.endsWith('.zip')) return 'zip';
  if (n.endsWith('.docx')) return 'docx';
  if (n.endsWith('.md') || n.endsWith('.markdown')) return 'markdown';
  if (n.endsWith('.json')) return 'json';
  return null;
}

/** A chosen .json file (`pack (1).json` too) is a pack manifest only if it reads as one. */
export function isManifestText(text: string): boolean {
  try {
    const json = JSON.parse(text) as { documents?: unknown } | null;
    return !!json && typeof json === 'object' && !Array.isArray(json) && Array.isArray(json.documents);
  } catch {
    return false;
  }
}

/**
 * Markdown files of a full pack that its pack.json neither lists as a document nor holds in its
 * templates folder: importing would silently drop them, so they are named instead.
 */
export function unlistedFiles(files: PackFile[]): PackError[] {
  const manifestFile = files.find((f) => f.path === MANIFEST);
  if (!manifestFile) return [];
  let manifest: { documents?: unknown; templates?: unknown; intents?: unknown };
  try {
    manifest = JSON.parse(manifestFile.content) as typeof manifest;
  } catch {
    return [];
  }
  const listed = new Set(Array.isArray(manifest.documents) ? manifest.documents.map(String) : []);
  const folders = [manifest.templates, manifest.intents].filter((x): x is string => typeof x === 'string').map((x) => x.replace(/\/?$/, '/'));
  return files
    .filter((f) => f.path.endsWith('.md') && !listed.has(f.path) && !folders.some((folder) => f.path.startsWith(folder)) && !/(^|\/)readme\.md$/i.test(f.path))
    .map((f) => ({ file: f.path, line: 1, message: `not listed in ${MANIFEST}` }));
}

/**
 * Files that were not UTF-8: a decoder (the browser's, Node's) puts U+FFFD where bytes are not
 * UTF-8, so a Markdown file saved as Windows-1256 would be imported as rows of "�". Each is named
 * with the line of its first such character instead.
 */
export function encodingErrors(files: PackFile[]): PackError[] {
  return files.flatMap((f) => {
    const at = f.content.indexOf('\uFFFD');
    if (at < 0) return [];
    let line = 1;
    for (let i = f.content.indexOf('\n'); i >= 0 && i < at; i = f.content.indexOf('\n', i + 1)) line++;
    return [{ file: f.path, line, message: 'not UTF-8 text: the file was saved in another encoding (such as Windows-1256); save it as UTF-8' }];
  });
}

export interface DocumentChange {
  id: string;
  title: string;
  status: DocumentStatus;
  sections: number;
  /** What replaces it (absent when the document is removed). */
  next?: { title: string; status: DocumentStatus; sections: number; version: string };
}

export interface ImportImpact {
  /** Official documents whose text, title or status the import changes. */
  replaced: DocumentChange[];
  /** Documents the import removes (any status). */
  removed: DocumentChange[];
  /** Templates the import removes, by title. */
  removedTemplates: string[];
}

const sameDocument = (a: Pack['documents'][number], b: Pack['documents'][number]) =>
  a.title === b.title &&
  a.status === b.status &&
  a.version === b.version &&
  a.sections.length === b.sections.length &&
  a.sections.every((s, i) => s.id === b.sections[i]?.id && s.markdown === b.sections[i]?.markdown);

/** What an import would replace or remove in the pack staff answer from. */
export function importImpact(current: Pack, next: Pack): ImportImpact {
  const nextDocs = new Map(next.documents.map((d) => [d.id, d]));
  const impact: ImportImpact = { replaced: [], removed: [], removedTemplates: [] };
  for (const d of current.documents) {
    const n = nextDocs.get(d.id);
    const was = { id: d.id, title: d.title, status: d.status, sections: d.sections.length };
    if (!n) impact.removed.push(was);
    else if (d.status === 'official' && !sameDocument(d, n))
      impact.replaced.push({ ...was, next: { title: n.title, status: n.status, sections: n.sections.length, version: n.version } });
  }
  const nextTemplates = new Set(next.templates.map((t) => t.id));
  impact.removedTemplates = current.templates.filter((t) => !nextTemplates.has(t.id)).map((t) => t.title);
  return impact;
}

/** An import that replaces or removes an official document, or removes templates, is confirmed first. */
export function needsConfirmation(impact: ImportImpact): boolean {
  return impact.replaced.length > 0 || impact.removed.some((d) => d.status === 'official') || impact.removedTemplates.length > 0;
}

/** Errors named by the file the admin chose (a Word file becomes documents/policy.md inside the pack). */
export function nameErrors(errors: PackError[], chosen: Map<string, string>): PackError[] {
  return errors.map((e) => {
    const name = chosen.get(e.file);
    return name && name !== e.file ? { ...e, file: name } : e;
  });
}
