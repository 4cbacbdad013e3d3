/**
 * Light stemming in the spirit of Larkey's light10 (as in Lucene's ArabicStemmer),
 * applied to NORMALISED terms (ة→ه, ى→ي, alef forms → ا already done).
 * Short words and non-Arabic terms are returned unchanged.
 */

const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const ARABIC_WORD = /^[\u0621-\u064A]+$/;

export function isArabicWord(term: string): boolean {
  return ARABIC_WORD.test(term);
}

/** The units the tens are built on (ثلاثون، ثلاثين ← ثلاث), normalised. */
const TENS_UNITS = new Set(['عشر', 'ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع']);
const TENS = /^[بلكف]?(.+)(?:ون|ين)$/;

/**
 * A tens word, case ending unified (ثلاثون، بالثلاثين → ثلاثين), else null: stripping «ين» as a
 * plural would make thirty three (ثلاثين → ثلاث) and sixty a six (ستين → ست).
 */
function tens(w: string): string | null {
  const unit = TENS.exec(w)?.[1];
  return unit && TENS_UNITS.has(unit) ? `${unit}ين` : null;
}

/**
 * A stem left ending in the ت a ta marbuta becomes before a pronoun (not a plural's «ات»), from
 * four letters: the stem of the word with its ة (هويت → هوية → هو), else null.
 */
function possessedNoun(w: string): string | null {
  return w.length >= 4 && w.endsWith('ت') && !w.endsWith('ات') ? stem(`${w.slice(0, -1)}ه`) : null;
}

export function stem(term: string): string {
  if (!isArabicWord(term) || term.length < 3) return term;
  let w = term;
  if (w.length >= 4 && w.startsWith('و')) w = w.slice(1);
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      // light10 takes a word's first «و» for «and» (وفاة → فاة); the same word after the article
      // loses it too (الوفاة → فاة), so both forms of a word beginning with «و» meet.
      if (w.length >= 4 && w.startsWith('و')) w = w.slice(1);
      break;
    }
  }
  const number = tens(w);
  if (number) return number;
  let nisba = false;
  let pronoun = false;
  let mine = false;
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 2) {
      w = w.slice(0, -s.length);
      nisba ||= s === 'يه';
      pronoun ||= s === 'ها' || s === 'ه';
      mine ||= s === 'ي';
    }
  }
  // A ta marbuta written ت before a pronoun is the word's ة (سلطته → سلطة، هويتي → هوية، أسرتها → أسرة),
  // from four letters: «بيتي», «وقته» keep their root ت.
  const noun = pronoun || mine ? possessedNoun(w) : null;
  if (noun) return noun;
  // A hamza written on waw before a pronoun is the word's final hamza (أعضاؤها → أعضاء، أبناؤه → أبناء).
  if (pronoun && w.length >= 4 && w.endsWith('او')) w = `${w.slice(0, -1)}ء`;
  // «ان» is checked before «يه»: the adjective of a noun in -ان stems as the noun does
  // (السرطانية → سرط like السرطان، الإيرانية → اير like إيران).
  if (nisba && w.endsWith('ان') && w.length - 2 >= 2) w = w.slice(0, -2);
  // A pronoun on a plural (اجتماعاته، طلباتهم): one more pass when a plural ending was uncovered.
  for (const s of ['ات', 'ين', 'ون']) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

const EXTRA_PREFIXES = ['ب', 'ل', 'ك', 'ف', 'س'];
const EXTRA_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'كم', 'نا', 'وا', 'تم', 'ته', 'يا'];

/** The light stem without one more pronoun suffix («فروعكم» → «فروع»), while three letters stay. */
function withoutPronoun(term: string): string {
  const w = stem(term);
  if (!isArabicWord(w) || tens(w)) return w;
  const s = EXTRA_SUFFIXES.find((x) => w.endsWith(x) && w.length - x.length >= 3);
  if (!s) return w;
  const bare = w.slice(0, -s.length);
  return possessedNoun(bare) ?? bare;
}

/**
 * A heavier stem for recall: light stem, then one more clitic prefix or pronoun suffix
 * when the word stays at least three letters long. Used as a secondary index term.
 */
export function heavyStem(term: string): string {
  let w = withoutPronoun(term);
  if (!isArabicWord(w) || tens(w)) return w;
  if (w.length >= 4 && EXTRA_PREFIXES.includes(w[0] as string)) w = w.slice(1);
  if (w.length >= 5 && w.endsWith('ت')) w = w.slice(0, -1);
  // The alef a final tanween sits on («اجتماعاً», «حضورياً»), when the word is long enough to spare it.
  if (w.length >= 5 && w.endsWith('ا')) w = w.slice(0, -1);
  return w;
}

/** The prefixes of a present-tense verb: he/she/we/I (يكتب، تكتب، نكتب، أكتب). */
export const PRESENT_PREFIXES: readonly string[] = ['ي', 'ت', 'ن', 'ا'];

/** Whether an Arabic stem begins as a present-tense verb does (يـ، تـ، نـ، أـ). */
function isPresent(stem: string): boolean {
  return isArabicWord(stem) && PRESENT_PREFIXES.includes(stem[0] as string);
}

/** The three root letters of a present-tense verb stem (يحضر → حضر), else null. */
function presentRoot(stem: string): string | null {
  return stem.length === 4 && isPresent(stem) ? stem.slice(1) : null;
}

/** The three letters of a present-tense four-letter stem (يسجل → سجل) or a bare three-letter one. */
function verbRoot(stem: string): string | null {
  return presentRoot(stem) ?? (stem.length === 3 && isArabicWord(stem) ? stem : null);
}

/**
 * The form II verbal noun a verb stem may stand for: «يسجل»/«سجل» → «تسجيل», «يقيم» → «تقييم»,
 * «يشخص» → «تشخيص» (يفعّل → تفعيل). Whether the noun is meant is for the index to say (is it there?).
 */
export function formTwoNoun(stem: string): string | null {
  const r = verbRoot(stem);
  return r ? `ت${r[0]}${r[1]}ي${r[2]}` : null;
}

/**
 * The form IV verbal noun a present-tense verb stem may stand for: «يشرف» → «إشراف», «يبلغ» → «إبلاغ»,
 * «يرسل» → «إرسال» (يُفعِل → إفعال; alef already unified).
 */
export function formFourNoun(stem: string): string | null {
  const r = presentRoot(stem);
  return r ? `ا${r[0]}${r[1]}ا${r[2]}` : null;
}

/**
 * The form VIII verbal noun of a present-tense stem: «يعتمد» → «اعتماد», «يجتمع» → «اجتماع»,
 * «ينتخب» → «انتخاب» (يفتعل → افتعال).
 */
export function formEightNoun(stem: string): string | null {
  if (!isArabicWord(stem) || stem.length !== 5 || !'يت'.includes(stem[0] as string) || stem[2] !== 'ت') return null;
  return `ا${stem.slice(1, 4)}ا${stem[4]}`;
}

/**
 * The form III verbal noun of a present-tense stem: «يراجع»/«تراجع» → «مراجع(ة)», «يتابع» → «متابع(ة)»,
 * «يساعد» → «مساعد(ة)» (يفاعل → مفاعلة; the light stem has already dropped the ة).
 */
export function formThreeNoun(stem: string): string | null {
  return stem.length === 5 && isPresent(stem) && stem[2] === 'ا' ? `م${stem.slice(1)}` : null;
}

/** The form V/VI verbal noun of a present-tense stem: «يتعاون» → «تعاون», «يتكون» → «تكون» (يتفعّل → تفعّل). */
export function formFiveNoun(stem: string): string | null {
  return stem.length >= 5 && isPresent(stem) && stem[1] === 'ت' ? stem.slice(1) : null;
}

/** The فعول verbal noun of a present-tense verb: «يحضر» → «حضور», «يدخل» → «دخول», «يقبل» → «قبول». */
export function fuulNoun(stem: string): string | null {
  const r = presentRoot(stem);
  return r ? `${r[0]}${r[1]}و${r[2]}` : null;
}

/** The form II/IV participle of a present-tense verb: «يرشح» → «مرشح», «يشرف» → «مشرف». */
export function mufilParticiple(stem: string): string | null {
  const r = presentRoot(stem);
  return r ? `م${r}` : null;
}

/** The active participle (the doer) of a verb stem: «فتح» → «فاتح», «يحكم» → «حاكم» (فاعل). */
export function activeParticiple(stem: string): string | null {
  const r = verbRoot(stem);
  return r ? `${r[0]}ا${r[1]}${r[2]}` : null;
}

/** A word as written, by its light stem, without a last pronoun and by its heavy stem: the keys a word table is read by. */
export function wordForms(term: string): string[] {
  return [...new Set([term, stem(term), withoutPronoun(term), heavyStem(term)])];
}
