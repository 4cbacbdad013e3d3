import * as v from 'valibot';
import { TEMPLATE_PURPOSES, type TemplatePurpose } from '../templates/types';
import { parseFrontMatter } from './frontmatter';
import { frontMatterErrors, Title } from './schema';
import type { KnowledgeDocument, PackError, PackFile } from './types';

/** What a beneficiary's message asks for; the suggestion picks templates and citations by it. */
export const INTENT_IDS = ['greeting', 'new-request', 'status', 'documents', 'complaint', 'volunteer', 'thanks', 'question'] as const;
export type IntentId = (typeof INTENT_IDS)[number];

export interface PackIntent {
  id: IntentId;
  title: string;
  /** Template purposes that answer this intent, best first. */
  purposes: TemplatePurpose[];
  /** "document#section" keys that usually answer it, best first (the citation's fallback). */
  sections: string[];
  /** Messages of this kind, written by the association: the suggestion learns from them. */
  examples: string[];
  file: string;
}

const list = (s: string) =>
  s
    .split(/[,،]/)
    .map((x) => x.trim())
    .filter(Boolean);

const IntentFrontMatter = v.object({
  id: v.picklist(INTENT_IDS, `must be one of: ${INTENT_IDS.join(', ')}`),
  title: Title,
  purposes: v.pipe(v.string(), v.transform(list), v.minLength(1, 'must name at least one template purpose')),
  sections: v.optional(v.pipe(v.string(), v.transform(list)), ''),
});

const EXAMPLE = /^\s*[-*]\s+(.+?)\s*$/;

/** Parses one intent file: front matter, then one example message per "- " line. */
export function parseIntent(
  file: PackFile,
  documents: KnowledgeDocument[],
  unchecked: ReadonlySet<string> = new Set(),
): { intent: PackIntent | null; errors: PackError[] } {
  const lines = file.content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { fm, errors } = parseFrontMatter(file.path, lines);
  if (!fm) return { intent: null, errors };
  const r = v.safeParse(IntentFrontMatter, fm.values);
  if (!r.success) {
    errors.push(...frontMatterErrors(file.path, fm, r.issues));
    return { intent: null, errors };
  }
  const purposes: TemplatePurpose[] = [];
  for (const p of r.output.purposes) {
    if ((TEMPLATE_PURPOSES as readonly string[]).includes(p)) purposes.push(p as TemplatePurpose);
    else errors.push({ file: file.path, line: fm.lines.purposes ?? 1, message: `unknown template purpose "${p}" (one of: ${TEMPLATE_PURPOSES.join(', ')})` });
  }
  // A section an imported document no longer has is left out, not an error: the association's own
  // documents replace the samples the bundled intents point to, and the pack must stay usable.
  const sections: string[] = [];
  for (const key of r.output.sections) {
    const [docId, sectionId] = key.split('#');
    if (!docId || !sectionId) {
      errors.push({ file: file.path, line: fm.lines.sections ?? 1, message: `section "${key}" must be written as document-id#section-id` });
      continue;
    }
    const doc = documents.find((d) => d.id === docId);
    if (unchecked.has('*') || doc?.sections.some((s) => s.id === sectionId)) sections.push(key);
  }
  const examples: string[] = [];
  for (let i = fm.bodyStart; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.trim()) continue;
    const m = EXAMPLE.exec(line);
    if (m) examples.push(m[1] as string);
    else errors.push({ file: file.path, line: i + 1, message: 'each example must be a list item starting with "- "' });
  }
  if (!examples.length) errors.push({ file: file.path, line: fm.bodyStart + 1, message: 'the intent has no examples (one "- message" a line)' });
  if (errors.length) return { intent: null, errors };
  return { intent: { id: r.output.id, title: r.output.title, purposes, sections, examples, file: file.path }, errors };
}

/** Parses the intents folder; each intent may appear once. */
export function parseIntents(
  files: PackFile[],
  documents: KnowledgeDocument[],
  unchecked: ReadonlySet<string> = new Set(),
): { intents: PackIntent[]; errors: PackError[] } {
  const intents: PackIntent[] = [];
  const errors: PackError[] = [];
  const seen = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const r = parseIntent(file, documents, unchecked);
    errors.push(...r.errors);
    if (!r.intent) continue;
    const other = seen.get(r.intent.id);
    if (other) errors.push({ file: file.path, line: 2, message: `duplicate intent "${r.intent.id}" (also in ${other})` });
    seen.set(r.intent.id, file.path);
    intents.push(r.intent);
  }
  return { intents, errors };
}
