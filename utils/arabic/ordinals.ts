import { lazy } from './lazy';
import { normalize } from './normalize';

// Ordinal number words, masculine and feminine, as written (normalised once): «المادة الثانية
// عشرة» is the article numbered 12 in the documents' headings.
const UNITS: [string, number][] = [
  ['الأول الأولى أول أولى الحادي الحادية حادي حادية', 1],
  ['الثاني الثانية ثاني ثانية', 2],
  ['الثالث الثالثة ثالث ثالثة', 3],
  ['الرابع الرابعة رابع رابعة', 4],
  ['الخامس الخامسة خامس خامسة', 5],
  ['السادس السادسة سادس سادسة', 6],
  ['السابع السابعة سابع سابعة', 7],
  ['الثامن الثامنة ثامن ثامنة', 8],
  ['التاسع التاسعة تاسع تاسعة', 9],
];
const ten = lazy(() => new Set(['العاشر', 'العاشرة', 'عاشر', 'عاشرة'].map((w) => normalize(w))));
const teen = lazy(() => new Set(['عشر', 'عشرة'].map((w) => normalize(w))));
const TENS: [string, number][] = [
  ['العشرون العشرين عشرون عشرين', 20],
  ['الثلاثون الثلاثين ثلاثون ثلاثين', 30],
  ['الأربعون الأربعين أربعون أربعين', 40],
  ['الخمسون الخمسين خمسون خمسين', 50],
];

/** Each written form of a list of `forms… → number` entries, normalised, with its number. */
function byForm(entries: [string, number][]): Map<string, number> {
  return new Map(entries.flatMap(([words, n]) => words.split(' ').map((w) => [normalize(w), n] as [string, number])));
}

const unitOf = lazy(() => byForm(UNITS));
const tensOf = lazy(() => byForm(TENS));

/** Words an article's heading begins with («المادة (12)»): an ordinal right after one is its number. */
const headings = lazy(() => new Set(['المادة', 'مادة'].map((w) => normalize(w))));

/**
 * A normalised text with each ordinal that follows «المادة» written as its number: «الماده الثانيه
 * عشره» → «الماده 12», «ماده الخامسه والعشرين» → «ماده 25». Elsewhere «الاول» and «الثاني» are
 * ordinary words and stay as they are (chapters, «الباب الثالث», are headed in words).
 */
export function numberOrdinals(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    out.push(w);
    const ordinal = headings().has(w) ? ordinalAt(words, i + 1) : null;
    if (!ordinal) continue;
    out.push(String(ordinal.value));
    i += ordinal.words;
  }
  return out.join(' ');
}

/** The ordinal starting at `at` («العاشر», «الثلاثون», «الثانية عشرة», «الخامسة والعشرون»): its value and length in words. */
function ordinalAt(words: string[], at: number): { value: number; words: number } | null {
  const first = words[at];
  if (first === undefined) return null;
  if (ten().has(first)) return { value: 10, words: 1 };
  const tens = tensOf().get(first);
  if (tens) return { value: tens, words: 1 };
  const unit = unitOf().get(first);
  if (!unit) return null;
  const next = words[at + 1] ?? '';
  if (teen().has(next)) return { value: 10 + unit, words: 2 };
  const tensAfter = next.startsWith('و') ? tensOf().get(next.slice(1)) : undefined;
  return tensAfter ? { value: tensAfter + unit, words: 2 } : { value: unit, words: 1 };
}
