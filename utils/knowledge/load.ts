import * as v from 'valibot';
import type { MessageKey } from '../i18n';
import type { Template } from '../templates';
import { errorText } from './error-text';
import { parseFrontMatter } from './frontmatter';
import { type PackIntent, parseIntents } from './intents';
import { FrontMatterSchema, frontMatterErrors, issuePath, type Manifest, ManifestSchema } from './schema';
import { splitSections } from './sections';
import { checkTemplate } from './template-check';
import { parseTemplate } from './templates';
import type { KnowledgeDocument, Pack, PackError, PackFile } from './types';

export const MANIFEST = 'pack.json';

export interface LoadResult {
  pack: Pack | null;
  errors: PackError[];
}

/** Line (1-based) of the first occurrence of `"key"` in JSON text, for error messages. */
function lineOfKey(text: string, path: string): number {
  const last = path
    .split('.')
    .filter((p) => !/^\d+$/.test(p))
    .pop();
  if (!last) return 1;
  const at = text.indexOf(`"${last}"`);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

function parseManifest(file: PackFile | undefined): { manifest: Manifest | null; errors: PackError[] } {
  if (!file) return { manifest: null, errors: [{ file: MANIFEST, line: 1, message: `the pack has no ${MANIFEST}` }] };
  let json: unknown;
  try {
    json = JSON.parse(file.content);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? file.content.slice(0, Number(pos[1])).split('\n').length : 1;
    return { manifest: null, errors: [{ file: MANIFEST, line, message: `not valid JSON: ${msg}` }] };
  }
  const r = v.safeParse(ManifestSchema, json);
  if (r.success) return { manifest: r.output, errors: [] };
  return {
    manifest: null,
    errors: r.issues.map((i) => ({ file: MANIFEST, line: lineOfKey(file.content, issuePath(i)), message: `${issuePath(i) || 'manifest'}: ${i.message}` })),
  };
}

export function parseDocument(file: PackFile): { doc: KnowledgeDocument | null; errors: PackError[] } {
  const lines = file.content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { fm, errors } = parseFrontMatter(file.path, lines);
  if (!fm) return { doc: null, errors };
  const r = v.safeParse(FrontMatterSchema, fm.values);
  if (!r.success) errors.push(...frontMatterErrors(file.path, fm, r.issues));
  const body = splitSections(file.path, lines, fm.bodyStart);
  errors.push(...body.errors);
  if (body.sections.length === 0) errors.push({ file: file.path, line: fm.bodyStart + 1, message: 'the document is empty: it has no section with text' });
  if (!r.success || errors.length) return { doc: null, errors };
  return { doc: { ...r.output, file: file.path, sections: body.sections }, errors };
}

/** Parses and validates a whole pack. A pack with any error is refused whole. */
export function loadPack(files: PackFile[]): LoadResult {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const { manifest, errors } = parseManifest(byPath.get(MANIFEST));
  if (!manifest) return { pack: null, errors };

  const channelIds = new Set<string>();
  for (const c of manifest.channels) {
    if (channelIds.has(c.id))
      errors.push({ file: MANIFEST, line: lineOfKey(byPath.get(MANIFEST)?.content ?? '', 'channels'), message: `duplicate channel id "${c.id}"` });
    channelIds.add(c.id);
  }

  const documents: KnowledgeDocument[] = [];
  const docIds = new Map<string, string>();
  for (const path of manifest.documents) {
    const file = byPath.get(path);
    if (!file) {
      errors.push({ file: MANIFEST, line: lineOfKey(byPath.get(MANIFEST)?.content ?? '', 'documents'), message: `listed document "${path}" is missing` });
      continue;
    }
    const { doc, errors: docErrors } = parseDocument(file);
    errors.push(...docErrors);
    if (!doc) continue;
    const other = docIds.get(doc.id);
    if (other) errors.push({ file: path, line: 2, message: `duplicate document id "${doc.id}" (also in ${other})` });
    docIds.set(doc.id, path);
    documents.push(doc);
  }
  const templates: Template[] = [];
  if (manifest.templates) {
    const folder = manifest.templates.replace(/\/?$/, '/');
    const templateIds = new Map<string, string>();
    for (const file of files.filter((f) => f.path.startsWith(folder) && f.path.endsWith('.md')).sort((a, b) => a.path.localeCompare(b.path))) {
      const { template, errors: tErrors } = parseTemplate(file, channelIds);
      errors.push(...tErrors);
      if (!template) continue;
      errors.push(...checkTemplate(file, template, documents, documents.length === manifest.documents.length));
      const other = templateIds.get(template.id);
      if (other) errors.push({ file: file.path, line: 2, message: `duplicate template id "${template.id}" (also in ${other})` });
      templateIds.set(template.id, file.path);
      templates.push(template);
    }
  }
  let intents: PackIntent[] | undefined;
  if (manifest.intents) {
    const folder = manifest.intents.replace(/\/?$/, '/');
    const r = parseIntents(
      files.filter((f) => f.path.startsWith(folder) && f.path.endsWith('.md')),
      documents,
      // A document that failed to load has its own error: its sections are not reported again.
      new Set(errors.length ? ['*'] : []),
    );
    errors.push(...r.errors);
    intents = r.intents;
  }
  for (const [host, rule] of Object.entries(manifest.hosts)) {
    if (!channelIds.has(rule.channel))
      errors.push({
        file: MANIFEST,
        line: lineOfKey(byPath.get(MANIFEST)?.content ?? '', host),
        message: `host "${host}" names unknown channel "${rule.channel}"`,
      });
  }
  if (errors.length) return { pack: null, errors };
  const glossary: Record<string, string> = {};
  for (const [k, val] of Object.entries(manifest.glossary)) glossary[k.toLowerCase()] = val;
  return {
    pack: {
      id: manifest.id,
      version: manifest.version,
      association: manifest.association,
      channels: manifest.channels,
      glossary,
      synonyms: manifest.synonyms,
      // Keywords of sections a newer import renamed or removed are dropped, not a reason to refuse the pack.
      keywords: Object.fromEntries(
        Object.entries(manifest.keywords).filter(([key]) => {
          const [docId, sectionId] = key.split('#');
          return documents.some((d) => d.id === docId && d.sections.some((s) => s.id === sectionId));
        }),
      ),
      templates,
      ...(intents ? { intents } : {}),
      topics: manifest.topics,
      hosts: manifest.hosts,
      documents,
    },
    errors,
  };
}

const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const DIRECTION_ERRORS = new Set(['errFieldBidi', 'errHeadingBidi', 'errTextBidi']);

/**
 * The imported pack as stored, read again (when its compiled copy is missing or stale, and for a
 * merge): as `loadPack`, except that when direction control characters are all that stands in its
 * way they are left out rather than the pack. An import refuses them (with file and line), but a
 * pack imported before that rule was valid then: refusing it on reading would put the bundled pack
 * in its place without a word (and a merge would start from the bundled files). `files`: the files
 * the pack was read from (without those characters when they had to go).
 */
export function loadStoredPack(files: PackFile[]): LoadResult & { files: PackFile[] } {
  const result = loadPack(files);
  if (result.pack || result.errors.length === 0) return { ...result, files };
  if (!result.errors.every((e) => DIRECTION_ERRORS.has(errorText(e.message)?.key ?? ''))) return { ...result, files };
  const cleaned = files.map((f) => ({ ...f, content: f.content.replace(DIRECTION_CONTROLS, '') }));
  return { ...loadPack(cleaned), files: cleaned };
}

/** `file:line: message`; with `translate`, a message that has a code is shown in the user's language. */
export function formatError(e: PackError, translate?: (key: MessageKey, ...args: string[]) => string): string {
  const message = translate && e.code ? translate(`packErr_${e.code}` as MessageKey, ...(e.args ?? [])) : e.message;
  return `${e.file}:${e.line}: ${message}`;
}
