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
const TEN = new Set(['العاشر', 'العاشرة', 'عاشر', 'عاشرة'].map((w) => normalize(w)));
const TEEN = new Set(['عشر', 'عشرة'].map((w) => normalize(w)));
const TENS: [string, number][] = [
  ['العشرون العشرين عشرون عشرين', 20],
  ['الثلاثون الثلاثين ثلاثون ثلاثين', 30],
  ['الأربعون الأربعين أربعون أربعين', 40],
  ['الخمسون الخمسين خمسون خمسين', 50],
];

const unitOf = new Map<string, number>(UNITS.flatMap(([words, n]) => words.split(' ').map((w) => [normalize(w), n] as [string, number])));
const tensOf = new Map<string, number>(TENS.flatMap(([words, n]) => words.split(' ').map((w) => [normalize(w), n] as [string, number])));

/** Words an article's heading begins with («المادة (12)»): an ordinal right after one is its number. */
const HEADINGS = new Set(['المادة', 'مادة'].map((w) => normalize(w)));

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
    if (!HEADINGS.has(w) || i + 1 >= words.length) continue;
    const first = words[i + 1] as string;
    const next = words[i + 2] ?? '';
    if (TEN.has(first)) {
      out.push('10');
      i += 1;
      continue;
    }
    const tens = tensOf.get(first);
    if (tens) {
      out.push(String(tens));
      i += 1;
      continue;
    }
    const unit = unitOf.get(first);
    if (!unit) continue;
    const tensAfter = next.startsWith('و') ? tensOf.get(next.slice(1)) : undefined;
    if (TEEN.has(next)) {
      out.push(String(10 + unit));
      i += 2;
    } else if (tensAfter) {
      out.push(String(tensAfter + unit));
      i += 2;
    } else {
      out.push(String(unit));
      i += 1;
    }
  }
  return out.join(' ');
}
