/**
 * Arabizi: Arabic typed in Latin letters, with digits for the letters Latin lacks
 * («3ndi shakwa» = عندي شكوى, «ta7deeth» = تحديث). A Latin word has many Arabic readings
 * (short vowels are not written in Arabic, «s» may be س or ص), so the readings are walked letter
 * by letter and kept only while some word of the index begins that way.
 *
 * Output is in normalised form (ة → ه, ى → ي, hamza seats → ا), like every indexed word.
 */

/** Letter pairs read before single letters. */
const PAIRS: Record<string, readonly string[]> = {
  sh: ['ش'],
  ch: ['ش'],
  kh: ['خ'],
  gh: ['غ'],
  th: ['ث', 'ذ'],
  dh: ['ذ', 'ض'],
  ee: ['ي'],
  ii: ['ي'],
  oo: ['و'],
  ou: ['و'],
  aa: ['ا'],
  ai: ['ي', 'اي'],
  ay: ['ي', 'اي'],
  ei: ['ي'],
};

/** Short vowels may be unwritten (''), long ones are a letter. */
const SINGLE: Record<string, readonly string[]> = {
  a: ['', 'ا'],
  e: ['', 'ي'],
  i: ['', 'ي'],
  o: ['', 'و'],
  u: ['', 'و'],
  b: ['ب'],
  p: ['ب'],
  t: ['ت', 'ط'],
  j: ['ج'],
  g: ['ج', 'ق', 'غ'],
  d: ['د', 'ض'],
  r: ['ر'],
  z: ['ز', 'ظ'],
  s: ['س', 'ص'],
  f: ['ف'],
  v: ['ف'],
  q: ['ق'],
  k: ['ك', 'ق'],
  l: ['ل'],
  m: ['م'],
  n: ['ن'],
  h: ['ه', 'ح'],
  w: ['و'],
  y: ['ي'],
  x: ['كس'],
  c: ['ك'],
  '2': ['ء', 'ا', 'ق'], // ق where it is said as a hamza (Egyptian: 2alb = قلب)
  '3': ['ع'],
  '5': ['خ'],
  '6': ['ط'],
  '7': ['ح'],
  '8': ['غ', 'ق'],
  '9': ['ص', 'ق'],
};

/** A word-final vowel is often ta marbuta, alef or alef maqsura («shakwa», «7ala»). */
const FINAL_VOWEL = ['ه', 'ا', 'ي', ''];
/** A word-final «t» may be a ta marbuta before a noun («mudat al rad» = مدة الرد). */
const FINAL_T = ['ت', 'ط', 'ه'];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const LATIN_WORD = /^[a-z0-9]+$/;
/** A digit that stands for an Arabic letter, written against a letter («3ndi», «ta7deeth», «shaba7»). */
const LETTER_DIGIT = /[a-z][235679]|[235679][a-z]/;
/** Two digits in a row are a number (covid19, iso9001), not letters. */
const NUMBER = /\d\d/;

/** Whether a normalised token could be Arabizi: Latin letters, maybe letter digits, not a number. */
export function mayBeArabizi(term: string): boolean {
  return term.length >= 2 && LATIN_WORD.test(term) && /[a-z]/.test(term);
}

/** Whether a token holds digits used as letters («3ndi», «ta7deeth»): Arabizi, not English. */
export function isSurelyArabizi(term: string): boolean {
  return mayBeArabizi(term) && LETTER_DIGIT.test(term) && !NUMBER.test(term);
}

export interface ArabiziLookup {
  /** Whether some word of the index begins with `prefix`. */
  hasPrefix(prefix: string): boolean;
  /** Whether `word` is a word of the index (or has a stem of the index). */
  isWord(word: string): boolean;
  /** Whether `stem` is a stem of the index: endings may follow it that no indexed word begins with. */
  isStem?(stem: string): boolean;
}

/** Every beginning of every word, for `ArabiziLookup.hasPrefix` over a small word list. */
export function prefixesOf(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (let i = 1; i <= w.length; i++) out.add(w.slice(0, i));
  return out;
}

/** Letters read past a known word or stem without the index beginning a word that way (endings). */
const SLACK = 3;
/** How many partial readings are explored per word, at most (a long word has thousands). */
const MAX_STEPS = 4000;

/** One Arabic reading of an Arabizi word, and how many of its written vowels it leaves unwritten. */
export interface ArabiziReading {
  word: string;
  dropped: number;
}

/**
 * Arabic readings of one Arabizi word that are words of the index (or, with `partial`, begin one:
 * for the word being typed). At most `limit`, each with the fewest vowels it drops.
 */
export function fromArabizi(word: string, lookup: ArabiziLookup, options: { limit?: number; partial?: boolean } = {}): ArabiziReading[] {
  const limit = options.limit ?? 4;
  const latin = word.toLowerCase();
  if (!mayBeArabizi(latin)) return [];
  const found = new Map<string, number>();
  const seen = new Set<string>();
  let steps = 0;
  // `slack`: letters still allowed past a reading that is already a word or stem of the index,
  // whose endings the index may never write that way («3umoomiya» → عمومي|ه after «عموم»).
  const walk = (i: number, out: string, slack: number, dropped: number): void => {
    if (found.size >= limit || steps++ > MAX_STEPS) return;
    const key = `${i}|${out}|${slack}|${dropped}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (i >= latin.length) {
      if (out && (lookup.isWord(out) || (options.partial && lookup.hasPrefix(out)))) found.set(out, Math.min(found.get(out) ?? dropped, dropped));
      return;
    }
    const next = (n: number, letters: readonly string[]) => {
      for (const l of letters) {
        const o = out + l;
        if (l === '') walk(i + n, o, slack, dropped + 1);
        else if (lookup.hasPrefix(o)) walk(i + n, o, o.length >= 2 && lookup.isStem?.(o) ? SLACK : slack, dropped);
        else if (o.length >= 2 && (lookup.isStem?.(o) || lookup.isWord(o))) walk(i + n, o, SLACK, dropped);
        else if (slack > 0) walk(i + n, o, slack - 1, dropped);
      }
    };
    const ch = latin[i] as string;
    const pair = latin.slice(i, i + 2);
    const last = i === latin.length - 1;
    const beforeLast = i === latin.length - 2;
    if (i === 0 && VOWELS.has(ch)) {
      // A word opening on a vowel opens on an alef (ism → اسم, ousra → اسره).
      next(PAIRS[pair] && VOWELS.has(latin[1] as string) ? 2 : 1, ['ا']);
      return;
    }
    // A final «ah», «eh» or «aa» is a ta marbuta or an alef (7alah → حاله، madinaa → مدينه).
    if ((pair === 'ah' || pair === 'eh' || pair === 'aa') && beforeLast) next(2, ['ه', 'ا']);
    if (PAIRS[pair]) {
      next(2, PAIRS[pair] as readonly string[]);
      // Two vowels are one long vowel (ta7deeth → تحديث), never two short ones.
      if (VOWELS.has(ch) && VOWELS.has(latin[i + 1] as string)) return;
    }
    // A doubled consonant is one letter with shadda (mo3allem → معلم).
    if (ch === latin[i + 1] && !VOWELS.has(ch)) next(2, SINGLE[ch] ?? []);
    next(1, last && VOWELS.has(ch) ? FINAL_VOWEL : last && ch === 't' ? FINAL_T : (SINGLE[ch] ?? []));
  };
  walk(0, '', 0, 0);
  return [...found].map(([w, d]) => ({ word: w, dropped: d }));
}
