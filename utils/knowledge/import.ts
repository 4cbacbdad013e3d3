import { MANIFEST } from './load';
import type { DocumentKind, PackFile } from './types';

export interface Block {
  /** h1…h6, p, li. */
  tag: string;
  text: string;
}

const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const CHAPTER = /^(?:الباب|الفصل)\s+/;
const ARTICLE = /^المادة\s*(?:\(|\d|[\u0660-\u0669]|ال)/;

/**
 * A Word document's blocks (as mammoth gives them) → a pack document in Markdown: chapters
 * ("الباب …") become `##`, articles ("المادة …") `###`, each article a section of its own.
 */
export function blocksToDocument(blocks: Block[], meta: { id: string; title: string; kind: DocumentKind; version: string; date: string }): string {
  const lines = [
    '---',
    `id: ${meta.id}`,
    `title: ${meta.title}`,
    `kind: ${meta.kind}`,
    `version: "${meta.version}"`,
    `approved: ${meta.date}`,
    'status: official',
    '---',
    `# ${meta.title}`,
    '',
  ];
  let sawTitle = false;
  for (const b of blocks) {
    // Word keeps direction embeddings in its text; they are formatting, and a pack title may not hold them.
    const text = b.text.replace(DIRECTION_CONTROLS, '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (!sawTitle && (b.tag === 'h1' || text === meta.title)) {
      sawTitle = true;
      continue;
    }
    if (CHAPTER.test(text) && text.length < 120) lines.push(`## ${text}`, '');
    else if (ARTICLE.test(text) && text.length < 120) lines.push(`### ${text}`, '');
    else if (/^h[2-6]$/.test(b.tag)) lines.push(`## ${text}`, '');
    else if (b.tag === 'li') lines.push(`- ${text}`);
    else lines.push(text, '');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** A `channels:` or `purpose:` line after the first `---` line (found once, not retried from every `---` of a long file). */
const isTemplate = (content: string) => {
  const start = /^---/m.exec(content);
  return !!start && /\n(channels|purpose):/.test(content.slice(start.index + 3));
};
const idOf = (content: string) => /^id:\s*["']?([^"'\n]+)/m.exec(content)?.[1]?.trim();

/**
 * Puts imported files over the current pack: a full pack (with pack.json) replaces it; loose
 * documents and templates replace the file with the same id or are added (and listed).
 */
export function mergePackFiles(current: PackFile[], incoming: PackFile[]): PackFile[] {
  if (incoming.some((f) => f.path === MANIFEST)) return incoming;
  const files = new Map(current.map((f) => [f.path, f]));
  const manifestFile = files.get(MANIFEST);
  const manifest = manifestFile ? (JSON.parse(manifestFile.content) as { documents: string[]; templates?: string }) : { documents: [] as string[] };
  const byId = new Map<string, string>();
  for (const f of current) {
    const id = f.path.endsWith('.md') ? idOf(f.content) : undefined;
    if (id) byId.set(`${isTemplate(f.content) ? 't' : 'd'}:${id}`, f.path);
  }
  for (const f of incoming) {
    const template = isTemplate(f.content);
    const id = idOf(f.content) ?? f.path.replace(/^.*\//, '').replace(/\.md$/, '');
    const existing = byId.get(`${template ? 't' : 'd'}:${id}`);
    const path = existing ?? `${template ? (manifest.templates ?? 'templates/').replace(/\/?$/, '/') : 'documents/'}${id}.md`;
    files.set(path, { path, content: f.content });
    if (!template && !manifest.documents.includes(path)) manifest.documents.push(path);
  }
  if (manifestFile)
    files.set(MANIFEST, { path: MANIFEST, content: `${JSON.stringify({ ...JSON.parse(manifestFile.content), documents: manifest.documents }, null, 2)}\n` });
  return [...files.values()];
}

/** Files of a zip: pack.json and Markdown, with a single common top folder removed. */
export function packFilesFromZip(entries: Record<string, Uint8Array>): PackFile[] {
  const decoder = new TextDecoder();
  const names = Object.keys(entries).filter((n) => !n.endsWith('/') && !n.startsWith('__MACOSX') && (n.endsWith('.md') || n.endsWith('pack.json')));
  const top = names.length && names.every((n) => n.includes('/') && n.split('/')[0] === names[0]?.split('/')[0]) ? `${names[0]?.split('/')[0]}/` : '';
  return names.map((n) => ({ path: n.slice(top.length), content: decoder.decode(entries[n]) }));
}
