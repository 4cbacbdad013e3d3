import * as v from 'valibot';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from './types';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case latin letters, digits and "-"'));
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const Localized = v.object({ ar: NonEmpty, en: NonEmpty });

export const FrontMatterSchema = v.object({
  id: Id,
  title: NonEmpty,
  kind: v.picklist(DOCUMENT_KINDS, `must be one of: ${DOCUMENT_KINDS.join(', ')}`),
  version: NonEmpty,
  approved: v.optional(IsoDate),
  reviewed: v.optional(IsoDate),
  status: v.picklist(DOCUMENT_STATUSES, `must be one of: ${DOCUMENT_STATUSES.join(', ')}`),
});

export const ManifestSchema = v.object({
  id: Id,
  version: NonEmpty,
  association: v.object({
    name: Localized,
    short: NonEmpty,
    phone: v.string(),
    email: v.string(),
    website: v.string(),
    city: v.string(),
  }),
  channels: v.pipe(v.array(v.object({ id: Id, label: Localized })), v.minLength(1, 'the pack must list its channels')),
  glossary: v.optional(v.record(v.string(), v.string()), {}),
  synonyms: v.optional(v.array(v.pipe(v.array(NonEmpty), v.minLength(2, 'a synonym group needs at least two words'))), []),
  /** "document-id#section-id" → English words that find that section (an English title, its terms). */
  keywords: v.optional(v.record(v.string(), NonEmpty), {}),
  documents: v.pipe(v.array(v.string()), v.minLength(1, 'the pack must list at least one document')),
  /** Topics an interaction is filed under. */
  topics: v.optional(v.array(v.object({ id: Id, label: Localized })), []),
  /** Folder (inside the pack) whose Markdown files are reply templates. */
  templates: v.optional(v.string()),
  /** Folder (inside the pack) whose Markdown files are message intents with their examples. */
  intents: v.optional(v.string()),
  /** Site host → the channel and platform its replies belong to. */
  hosts: v.optional(v.record(v.string(), v.object({ channel: Id, platform: v.picklist(['whatsapp', 'x', 'instagram', 'messenger', 'email', 'plain']) })), {}),
});

export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** Dotted path of a valibot issue, e.g. "association.name.ar". */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => String(p.key)).join('.');
}

/** Front-matter validation issues as errors on the line of the key they are about. */
export function frontMatterErrors(
  file: string,
  fm: { values: Record<string, string>; lines: Record<string, number> },
  issues: v.BaseIssue<unknown>[],
): { file: string; line: number; message: string }[] {
  return issues.map((i) => {
    const key = issuePath(i);
    const message = key && fm.values[key] === undefined ? `front matter has no "${key}"` : key ? `"${key}" ${i.message}` : i.message;
    return { file, line: fm.lines[key] ?? 1, message };
  });
}
