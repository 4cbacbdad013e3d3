import * as v from 'valibot';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from './types';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case latin letters, digits and "-"'));
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** Overrides, embeddings and isolates: in a title they reverse the text after it (in the panel, and in a citation pasted into a reply). */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
export const TITLE_BIDI = 'holds a direction control character (U+202A–U+202E, U+2066–U+2069) that would reverse the text around it';
export const TITLE_INVISIBLE = 'has no visible character';
/** In text that is pasted into replies: overrides and embeddings (isolates, which end themselves, stay allowed). */
const TEXT_OVERRIDE = /[\u202A-\u202E]/;
export const TEXT_BIDI = 'text holds a direction override or embedding (U+202A–U+202E) that would reverse the text after it where it is pasted; remove it';
/** Errors for lines of a body (document or template) holding an override; `first` is the 1-based line of `lines[0]`. */
export function bodyBidiErrors(file: string, lines: string[], first: number): { file: string; line: number; message: string }[] {
  return lines.flatMap((l, i) => (TEXT_OVERRIDE.test(l) ? [{ file, line: first + i, message: TEXT_BIDI }] : []));
}
/** Why a title (front matter or heading) cannot be shown as written, or null. Marks (U+200E/F) and joiners stay allowed. */
export function titleProblem(title: string): string | null {
  if (DIRECTION_CONTROL.test(title)) return TITLE_BIDI;
  if (!/[^\s\p{Cf}\p{Z}]/u.test(title)) return TITLE_INVISIBLE;
  return null;
}
/** A title: not empty, visible, no direction controls. */
export const Title = v.pipe(
  NonEmpty,
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? titleProblem(dataset.value) : null;
    if (problem) addIssue({ message: problem });
  }),
);
const Localized = v.object({ ar: NonEmpty, en: NonEmpty });

export const FrontMatterSchema = v.object({
  id: Id,
  title: Title,
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
