import { type ArabiziLookup, foldPlural, fromArabizi, fromDialect, isSurelyArabizi, mayBeArabizi, normalize, prefixesOf, stem, stopWords } from '../arabic';

const WORD = /[\p{L}\p{N}]+|\p{Extended_Pictographic}/gu;
const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /^[a-z0-9']+$/;

/** A crude English stem: enough to meet «applied», «applying» and «application» half-way. */
const englishStem = (w: string) => w.replace(/(?:ing|ed|es|s|ly)$/, '').slice(0, 6);

/** What the features may read a word with: the pack's vocabulary (Arabizi), glossary (English) and synonym groups. */
export interface FeatureContext {
  arabizi?: ArabiziLookup;
  /** English word → Arabic words (the pack's glossary). */
  glossary?: Record<string, string>;
  /** Normalised word or stem → the name of its synonym group. */
  synonyms?: Map<string, string>;
}

// Words that turn a sentence into a question, or deny it: kept as their own features, since a
// question about a request is not a complaint about it («متى الرد؟» vs «ما احد رد»).
const QUESTION = new Set([
  'هل',
  'متي',
  'كيف',
  'وين',
  'اين',
  'ليش',
  'لماذا',
  'كم',
  'وش',
  'ايش',
  'اش',
  'مين',
  'من وين',
  'شلون',
  'ممكن',
  'what',
  'how',
  'when',
  'where',
  'why',
  'can',
  'do',
  'does',
  'is',
  'which',
  'who',
  'wesh',
  'wain',
  'kaif',
  'mata',
  'lesh',
  'mumkin',
]);
const NEGATION = new Set([
  'ما',
  'ماحد',
  'محد',
  'مو',
  'مب',
  'لا',
  'ولا',
  'لم',
  'لن',
  'ليس',
  'بدون',
  'not',
  'no',
  'never',
  "haven't",
  "didn't",
  'nobody',
  'ma',
  'mafi',
]);

const englishForms = (w: string) => [w, w.replace(/s$/, ''), w.replace(/ed$/, ''), w.replace(/ing$/, ''), w.replace(/ies$/, 'y')];

/**
 * What the classifier sees of a message: words by their stem (the same stemmer as search, with
 * colloquial words read as the standard ones, Arabizi and English read into Arabic through the
 * pack's vocabulary and glossary, synonyms by their group), word pairs, question and negation
 * marks, and character 3- and 4-grams of each word, which carry typos, Arabizi and unseen forms.
 */
export function features(text: string, ctx: FeatureContext = {}): string[] {
  const out: string[] = [];
  const words = normalize(text).match(WORD) ?? [];
  let prev = '';
  let asked = false;
  let denied = false;
  const word = (s: string) => {
    out.push(`w:${s}`);
    const g = ctx.synonyms?.get(s);
    if (g) out.push(`s:${g}`);
  };
  for (const w of words) {
    if (/^\d+$/.test(w)) {
      out.push('n:num');
      prev = 'num';
      continue;
    }
    if (!ARABIC.test(w) && !LATIN.test(w)) {
      out.push(`e:${w}`);
      continue;
    }
    if (QUESTION.has(w)) asked = true;
    if (NEGATION.has(w)) denied = true;
    const arabic = ARABIC.test(w);
    const s = arabic ? foldPlural(stem(w)) : englishStem(w);
    word(s);
    if (!arabic) {
      // English the glossary knows is read as its Arabic; anything else that may be Arabizi is read
      // against the pack's words («shakwa» is «شكوى», «at6awa3» is «اتطوع»).
      const english = ctx.glossary && englishForms(w).find((f) => Object.hasOwn(ctx.glossary as object, f));
      if (english) for (const a of (ctx.glossary as Record<string, string>)[english]?.split(/\s+/) ?? []) word(foldPlural(stem(normalize(a))));
      else if (ctx.arabizi && (isSurelyArabizi(w) || (mayBeArabizi(w) && w.length > 2 && !stopWords().has(w)))) {
        const reading = fromArabizi(w, ctx.arabizi, { limit: 1 })[0]?.word;
        if (reading) word(foldPlural(stem(reading)));
      }
    }
    const standard = arabic ? fromDialect(w) : undefined;
    if (standard) for (const d of standard.split(' ')) word(foldPlural(stem(normalize(d))));
    if (prev) out.push(`b:${prev}_${s}`);
    prev = s;
    const padded = ` ${w} `;
    for (const n of [3, 4]) for (let i = 0; i + n <= padded.length; i++) out.push(`c:${padded.slice(i, i + n)}`);
  }
  if (asked || /[?؟]/.test(text)) out.push('x:asks');
  if (denied) out.push('x:denies');
  return out;
}

/** A lookup for Arabizi readings over a vocabulary (the pack's documents and examples). */
export function vocabularyLookup(texts: Iterable<string>): ArabiziLookup {
  const words = new Set<string>();
  for (const t of texts) for (const w of normalize(t).match(/[\u0621-\u064a]+/g) ?? []) words.add(w);
  const prefixes = prefixesOf(words);
  return { hasPrefix: (p) => prefixes.has(p), isWord: (w) => words.has(w) };
}

/** Synonym groups by each of their words' normalised stems, named by their first word. */
export function synonymGroups(groups: string[][]): Map<string, string> {
  const map = new Map<string, string>();
  for (const g of groups) {
    const name = foldPlural(stem(normalize(g[0] ?? '')));
    for (const w of g) if (!w.includes(' ')) map.set(foldPlural(stem(normalize(w))), name);
  }
  return map;
}
