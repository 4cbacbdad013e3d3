import * as v from 'valibot';
import { hijriIso } from '../dates';
import { InteractionSchema } from './schema';
import type { Interaction } from './types';
import { type ValidationContext, validateInteraction } from './validate';

/** A log export of this size is already hundreds of thousands of records; larger is not ours. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const COLUMNS: [string, (r: Interaction) => string | number | boolean | undefined][] = [
  ['id', (r) => r.id],
  ['occurred_at', (r) => r.occurred_at],
  ['occurred_hijri', (r) => hijriIso(new Date(r.occurred_at))],
  ['channel', (r) => r.channel],
  ['platform', (r) => r.platform],
  ['direction', (r) => r.direction],
  ['beneficiary_name', (r) => r.beneficiary.name],
  ['beneficiary_phone', (r) => r.beneficiary.phone],
  ['beneficiary_national_id', (r) => r.beneficiary.national_id],
  ['topic', (r) => r.topic],
  ['request_ref', (r) => r.request_ref],
  ['verified', (r) => r.verified],
  ['outcome', (r) => r.outcome],
  ['referral_reason', (r) => r.referral_reason],
  ['follow_up_due', (r) => r.follow_up?.due],
  ['follow_up_due_hijri', (r) => (r.follow_up ? hijriIso(new Date(`${r.follow_up.due}T12:00:00`)) : '')],
  ['follow_up_done_at', (r) => r.follow_up?.done_at],
  ['follow_up_result', (r) => r.follow_up?.result],
  ['satisfaction', (r) => r.satisfaction?.score],
  ['satisfaction_comment', (r) => r.satisfaction?.comment],
  ['template_id', (r) => r.template_id],
  ['cited_sections', (r) => r.cited_sections?.join(' ')],
  ['notes', (r) => r.notes],
  ['staff_name', (r) => r.staff?.name],
  ['updated_at', (r) => r.updated_at],
];

function cell(value: string | number | boolean | undefined): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  // Spreadsheet formula injection: a cell starting with = + - @ (or a TAB or CR, which some
  // spreadsheets skip before reading one) is kept as text.
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV in UTF-8 with a BOM, so Excel shows Arabic; CRLF line ends. */
export function toCsv(records: Interaction[]): string {
  const lines = [COLUMNS.map(([h]) => h).join(',')];
  for (const r of records) lines.push(COLUMNS.map(([, get]) => cell(get(r))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(records: Interaction[]): string {
  return JSON.stringify({ format: 'murshid-interactions', schema_version: 1, interactions: records }, null, 2);
}

export type ImportResult =
  | { ok: true; records: Interaction[] }
  | { ok: false; error: 'json' | 'shape' | 'record' | 'size'; index?: number; field?: string; detail?: string };

/**
 * Reads an export back; any broken record refuses the whole file, so nothing half-imports. Each
 * record must have the export's shape and pass the same checks as one typed in the form (`ctx`:
 * the pack's channels and topics; an imported record is not new, so past follow-ups are fine).
 */
export function parseImport(text: string, ctx: ValidationContext): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'size', detail: String(Math.round(MAX_IMPORT_BYTES / 1048576)) };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: 'json', detail: e instanceof Error ? e.message : String(e) };
  }
  const list = Array.isArray(data) ? data : (data as { interactions?: unknown } | null)?.interactions;
  if (!Array.isArray(list)) return { ok: false, error: 'shape' };
  const records: Interaction[] = [];
  for (const [index, item] of list.entries()) {
    const r = v.safeParse(InteractionSchema, item);
    if (!r.success) {
      const issue = r.issues[0];
      return { ok: false, error: 'record', index, field: (issue.path ?? []).map((p) => String(p.key)).join('.'), detail: issue.message };
    }
    const record = r.output as Interaction;
    const problem = validateInteraction(record, { ...ctx, isNew: false })[0];
    if (problem) return { ok: false, error: 'record', index, field: problem.field, detail: problem.code };
    records.push(record);
  }
  return { ok: true, records };
}
