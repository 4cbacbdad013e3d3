/**
 * The one date helper. Dates travel as ISO strings (YYYY-MM-DD); people see them in their
 * language, Gregorian and Hijri (Umm al-Qura) side by side, through Intl only.
 */
import type { Lang } from '../i18n';

export function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(y, mo - 1, day, 12));
  // Date.UTC rolls 2026-13-01 over into 2027; a real date reads back the same.
  return d.getUTCFullYear() === y && d.getUTCMonth() === mo - 1 && d.getUTCDate() === day ? d : null;
}

const LOCALE: Record<Lang, string> = { ar: 'ar-SA', en: 'en-GB' };

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

const LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

// Formatting is in the local time zone: timestamps show the staff member's day, and dates
// (built at local noon, or UTC noon by parseIsoDate) keep their day in every inhabited zone.
export type Digits = 'latn' | 'arab';
export type Calendars = 'both' | 'gregorian' | 'hijri';

export function formatGregorian(date: Date, lang: Lang, digits: Digits = 'latn'): string {
  return formatter(`${LOCALE[lang]}-u-ca-gregory-nu-${digits}`, LONG).format(date);
}

export function formatHijri(date: Date, lang: Lang, digits: Digits = 'latn'): string {
  return formatter(`${LOCALE[lang]}-u-ca-islamic-umalqura-nu-${digits}`, LONG).format(date);
}

/** A day as the staff member chose to see dates: both calendars, or one. */
export function formatDay(date: Date, lang: Lang, calendars: Calendars = 'both', digits: Digits = 'latn'): string {
  if (calendars === 'gregorian') return formatGregorian(date, lang, digits);
  if (calendars === 'hijri') return formatHijri(date, lang, digits);
  return `${formatGregorian(date, lang, digits)} (${formatHijri(date, lang, digits)})`;
}

/** "28 نوفمبر 2026 (17 جمادى الآخرة 1448 هـ)"; the ISO text itself when it is not a date. */
export function formatDate(iso: string, lang: Lang, calendars: Calendars = 'both', digits: Digits = 'latn'): string {
  const d = parseIsoDate(iso);
  return d ? formatDay(d, lang, calendars, digits) : iso;
}

/** A moment (ISO timestamp) with its time, Gregorian, in the staff member's language: "2 ديسمبر 2026، 3:05 م". */
export function formatMoment(iso: string, lang: Lang, digits: Digits = 'latn'): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatter(`${LOCALE[lang]}-u-ca-gregory-nu-${digits}`, { ...LONG, hour: 'numeric', minute: '2-digit' }).format(d);
}

/** Friday and Saturday: the Saudi weekend. */
export function isWeekend(date: Date): boolean {
  const d = date.getDay();
  return d === 5 || d === 6;
}

/**
 * `days` calendar days after `from`, moved forward to Sunday when it lands on the weekend
 * (the policy's "not less than a week" never shrinks).
 */
export function dueDate(from: Date, days = 7): Date {
  const d = addDays(from, days);
  while (isWeekend(d)) d.setDate(d.getDate() + 1);
  return d;
}

/** Local calendar date as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** The local calendar day `days` after `from`, at noon. */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getFullYear(), from.getMonth(), from.getDate() + days, 12);
}

/** Umm al-Qura date as YYYY-MM-DD (Latin digits), for data files. */
export function hijriIso(date: Date): string {
  const parts = formatter('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year').replace(/\D/g, '')}-${get('month')}-${get('day')}`;
}

const toLatin = (s: string) => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

/** A typed day, month, year ("8/12/2026", "08-12-2026", "٨/١٢/٢٠٢٦") or ISO text as YYYY-MM-DD; null when it is not a date. */
export function parseDayMonthYear(text: string): string | null {
  const s = toLatin(text.trim());
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})\s*[/\-.\u060c]\s*(\d{1,2})\s*[/\-.\u060c]\s*(\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const out = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return parseIsoDate(out) ? out : null;
}

/** An ISO day as staff in Saudi Arabia write it, day first: "08/12/2026" (or in Arabic-Indic digits). */
export function formatDayMonthYear(iso: string, digits: Digits = 'latn'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const text = `${m[3]}/${m[2]}/${m[1]}`;
  return digits === 'arab' ? text.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d))) : text;
}
