import type { Gender } from './render';

const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const KASRA = '\u0650';

function bare(word: string): string {
  return word.replace(MARKS, '').replace(/[أإآ]/g, 'ا');
}

/**
 * Forms of address a rendering must not contain, by the form it was rendered for. One convention:
 * the feminine "you" is spelled with a kasra (لكِ، طلبكِ), the masculine without (لك، طلبك), the
 * plural with كم. A word ending in ك is therefore "you (one person)" unless it is on the list
 * of words that merely end in that letter.
 */
const NOT_YOU = new Set(
  [
    'ذلك',
    'كذلك',
    'هناك',
    'هنالك',
    'تلك',
    'أولئك',
    'اولئك',
    'مشترك',
    'مبارك',
    'ملك',
    'مالك',
    'بنك',
    'شريك',
    'سمك',
    'مسك',
    'شبك',
    'تبوك',
    'سلك',
    'ترك',
    'إدراك',
    'ادراك',
    'اشتراك',
    'إشراك',
    'تحرك',
    'محرك',
    'شك',
    'فك',
    'صك',
    'الصك',
  ].map(bare),
);

/** Colloquial or formal verbs that address one man: wrong for a woman and for a group. */
const MASCULINE_VERBS = ['تفضل', 'تقدر', 'تبغى', 'تبغي', 'تبي', 'تحتاج', 'تريد', 'تستطيع', 'تقيم', 'تتابع'];
/** Verbs that address one woman: wrong for a man and for a group. */
const FEMININE_VERBS = ['تفضلي', 'تقدرين', 'تقدري', 'تبغين', 'تبين', 'تحتاجين', 'تريدين', 'تستطيعين', 'تقيمين', 'تتابعين'];
const MASCULINE_ADDRESS = ['أخي', 'الأخ', 'عزيزي', 'المحترم'];
const FEMININE_ADDRESS = ['أختي', 'الأخت', 'عزيزتي', 'المحترمة'];

/** The word without one leading و/ف (and, so) — «وتحتاج» is still «تحتاج». */
function stems(word: string): string[] {
  const b = bare(word);
  const out = [b];
  if (/^[وف]/.test(b) && b.length > 3) out.push(b.slice(1));
  return out;
}

/** The word and its forms without a leading conjunction/preposition and article («وذلك»، «المشترك»). */
function withoutClitics(word: string): string[] {
  const out = new Set<string>();
  for (const s of stems(word)) {
    out.add(s);
    for (const p of ['ب', 'ل', 'ك']) if (s.startsWith(p) && s.length > 3) out.add(s.slice(1));
  }
  for (const s of [...out]) if (s.startsWith('ال') && s.length > 4) out.add(s.slice(2));
  return [...out];
}

const has = (list: string[], word: string) => {
  const set = new Set(list.map(bare));
  return stems(word).some((s) => set.has(s));
};

export type AddressProblem = { word: string; kind: 'singular-in-plural' | 'masculine-in-feminine' | 'feminine-in-masculine' };

/** Words of one rendered line that address the wrong person for `gender`. */
export function addressProblems(line: string, gender: Gender): AddressProblem[] {
  const out: AddressProblem[] = [];
  for (const m of line.matchAll(/[\u0621-\u064A\u064B-\u065F\u0670\u0640]+/g)) {
    const word = m[0];
    const b = bare(word);
    const endsInK = b.endsWith('ك') && b.length > 1;
    const notYou = endsInK && withoutClitics(word).some((w) => NOT_YOU.has(w));
    const kasra = endsInK && word.replace(/[\u064B-\u064F\u0651-\u065F\u0670\u0640]/g, '').endsWith(`ك${KASRA}`);
    if (gender === 'p') {
      if ((endsInK && !notYou) || has(MASCULINE_VERBS, word) || has(FEMININE_VERBS, word) || has(MASCULINE_ADDRESS, word) || has(FEMININE_ADDRESS, word))
        out.push({ word, kind: 'singular-in-plural' });
    } else if (gender === 'f') {
      if ((endsInK && !notYou && !kasra) || has(MASCULINE_VERBS, word) || has(MASCULINE_ADDRESS, word)) out.push({ word, kind: 'masculine-in-feminine' });
    } else if (kasra || has(FEMININE_VERBS, word) || has(FEMININE_ADDRESS, word)) out.push({ word, kind: 'feminine-in-masculine' });
  }
  return out;
}

const TIME_WORDS = ['يوم', 'يوما', 'يومين', 'أيام', 'أسبوع', 'أسبوعا', 'أسبوعين', 'أسابيع', 'شهر', 'شهرا', 'شهرين', 'أشهر', 'شهور', 'ساعة', 'ساعات', 'مدة'].map(
  bare,
);

/** The first word of a line that states a time limit or a number of days («أسبوع»، «ثلاثين يوماً»، «مدة»). */
export function timeLimitWord(line: string): string | null {
  for (const m of line.matchAll(/[\u0621-\u064A\u064B-\u065F\u0670\u0640]+/g)) {
    const forms = stems(m[0]).flatMap((s) => [s, ...['ب', 'ل'].filter((p) => s.startsWith(p) && s.length > 3).map((p) => s.slice(p.length))]);
    if (forms.some((f) => TIME_WORDS.includes(f))) return m[0];
  }
  return null;
}
