import * as v from 'valibot';
import { hijriIso, toIsoDate } from '../dates';
import { type Lang, type MessageKey, translator } from '../i18n';
import { upgradeInteraction } from './migrate';
import { procedureStep } from './outcome';
import { InteractionSchema } from './schema';
import type { Interaction } from './types';
import { type ValidationContext, validateInteraction } from './validate';

/** A log export of this size is already hundreds of thousands of records; larger is not ours. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

type Value = string | number | boolean | undefined;

/** How the CSV reads: the interface language, and the pack's names for its ids. */
export interface CsvOptions {
  lang: Lang;
  /** The pack's label of a channel, topic or template id (the id itself when unknown). */
  label?: (kind: 'channel' | 'topic' | 'template', id: string) => string;
}

/** Local date and time as "YYYY-MM-DD HH:MM" (the staff member's clock), beside the ISO value. */
export function localDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${toIsoDate(d)} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function columns({ lang, label = (_k, id) => id }: CsvOptions): [string, (r: Interaction) => Value][] {
  // One lookup per distinct code, not per row (10,000 rows export in the time 5 lookups take once).
  const translate = translator(lang);
  const seen = new Map<string, string>();
  const t = (key: MessageKey) => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    const text = translate(key);
    seen.set(key, text);
    return text;
  };
  const yesNo = (b: boolean | undefined) => (b === undefined ? '' : t(b ? 'csvYes' : 'csvNo'));
  const col = (key: string, get: (r: Interaction) => Value): [string, (r: Interaction) => Value] => [t(`csv_${key}` as MessageKey), get];
  return [
    col('id', (r) => r.id),
    col('occurred_at', (r) => r.occurred_at),
    col('occurred_local', (r) => localDateTime(r.occurred_at)),
    // The Hijri day of the local date beside it (at noon, so no time zone moves it to another day).
    col('occurred_hijri', (r) => {
      const day = localDateTime(r.occurred_at).slice(0, 10);
      return day && hijriIso(new Date(`${day}T12:00:00`));
    }),
    col('channel', (r) => label('channel', r.channel)),
    col('platform', (r) => r.platform && t(`platform_${r.platform}` as MessageKey)),
    col('direction', (r) => t(`direction_${r.direction}` as MessageKey)),
    col('beneficiary_name', (r) => r.beneficiary.name),
    col('beneficiary_phone', (r) => r.beneficiary.phone),
    col('beneficiary_national_id', (r) => r.beneficiary.national_id),
    col('topic', (r) => label('topic', r.topic)),
    col('request_ref', (r) => r.request_ref),
    col('info_complete', (r) => yesNo(r.info_complete)),
    col('verified', (r) => yesNo(r.verified)),
    col('verification_note', (r) => r.verification_note),
    col('procedure_step', (r) => procedureStep(r.outcome) ?? ''),
    col('outcome', (r) => t(`outcome_${r.outcome}` as MessageKey)),
    col('referral_reason', (r) => r.referral_reason),
    col('informed_reply_within_week', (r) => yesNo(r.informed_reply_within_week)),
    col('follow_up_due', (r) => r.follow_up?.due),
    col('follow_up_due_hijri', (r) => (r.follow_up ? hijriIso(new Date(`${r.follow_up.due}T12:00:00`)) : '')),
    col('follow_up_done_at', (r) => r.follow_up?.done_at),
    col('follow_up_done_local', (r) => localDateTime(r.follow_up?.done_at)),
    col('follow_up_result', (r) => r.follow_up?.result),
    col('satisfaction', (r) => r.satisfaction?.score),
    col('satisfaction_comment', (r) => r.satisfaction?.comment),
    col('template_id', (r) => r.template_id && label('template', r.template_id)),
    col('cited_sections', (r) => r.cited_sections?.join(' ')),
    col('suggested_template_id', (r) => r.suggestion && label('template', r.suggestion.template_id)),
    col('suggestion_used', (r) => yesNo(r.suggestion?.used)),
    col('notes', (r) => r.notes),
    col('staff_name', (r) => r.staff?.name),
    col('updated_at', (r) => r.updated_at),
    col('updated_local', (r) => localDateTime(r.updated_at)),
  ];
}

function cell(value: Value): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  // Spreadsheet formula injection: a cell starting with = + - @ (or a TAB or CR, which some
  // spreadsheets skip before reading one) is kept as text.
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV in UTF-8 with a BOM, so Excel shows Arabic; CRLF line ends. Headers and coded values
 * (channel, outcome, yes/no…) read in the interface language; ids and ISO times stay for systems.
 */
export function toCsv(records: Interaction[], options: CsvOptions = { lang: 'en' }): string {
  const cols = columns(options);
  const lines = [cols.map(([h]) => cell(h)).join(',')];
  for (const r of records) lines.push(cols.map(([, get]) => cell(get(r))).join(','));
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
    const record = upgradeInteraction(r.output) as Interaction;
    const problem = validateInteraction(record, { ...ctx, isNew: false })[0];
    if (problem) return { ok: false, error: 'record', index, field: problem.field, detail: problem.code };
    records.push(record);
  }
  return { ok: true, records };
}
