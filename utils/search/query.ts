import {
  activeParticiple,
  formEightNoun,
  formFiveNoun,
  formFourNoun,
  formThreeNoun,
  formTwoNoun,
  fuulNoun,
  isArabicWord,
  isSurelyArabizi,
  mayBeArabizi,
  mufilParticiple,
  PRESENT_PREFIXES,
  QUESTION_FRAMES,
} from '../arabic';
import { analyze, type TermInfo, termInfo } from './analyze';
import { adjacentKey, HEAVY, PROXIMITY, pairKey, SURFACE } from './markers';
import type { EngineParams } from './params';

export interface QueryTerm {
  stem: string;
  weight: number;
}

/** What reading a query needs to know of the index it is read against. */
export interface QueryIndex {
  readonly params: EngineParams;
  /** Whether the index holds a term (a stem, or a marked term). */
  has(term: string): boolean;
  /** Whether the index holds a word as written. */
  hasWord(word: string): boolean;
  /** Index stems a word may be a typo of, the likeliest first. */
  corrections(term: string, stem: string): string[];
  /** Index stems a known word may be a slip of (see the engine's `slipsOf`). */
  slipsOf(term: string): string[];
  /** Index terms beginning with a word typed so far. */
  completions(term: string): string[];
  /** The Arabic words an Arabizi word may stand for (see `arabiziReadings`). */
  arabiziReadings(latin: string, typing: boolean): { word: string; complete: boolean }[];
}

export interface ParseOptions {
  /** The last word is being typed: it also finds the words it begins. */
  prefix?: boolean;
  /** Read typing slips (a letter held down, a space left out) and correct unknown words (default true). */
  correct?: boolean;
  /** Latin words known to be English: not read as Arabizi, and corrected only when long. */
  english?: ReadonlySet<string>;
  /**
   * Words to take as written: their meaning is known though the index may lack them (a place, a
   * colloquial word a lexicon reads), so they are never split, corrected or read as Arabizi.
   */
  asWritten?: ReadonlySet<string>;
}

/** Quotation marks around a whole query: «…», "…", “…”. */
const QUOTED = /^\s*[«"“„'](.+)[»"”“']\s*$/su;
/** A question mark, or a word only a question uses (ambiguous «من», «ما» are not among them). */
const QUESTION = /[?؟]|(?:^|\s)(?:متى|كيف|هل|أين|اين|كم|لماذا|ماذا|لم|وش|ايش|إيش|ليش|شلون|وين|مين|منو|كيفية|why|what|how|when|where|who)(?=\s|$)/iu;

/**
 * Whether a query is a quote staff pasted to find where it comes from: in quotation marks, or
 * three words or more of running text (no question mark, no question word).
 */
export function isQuote(query: string): boolean {
  if (QUOTED.test(query)) return true;
  return !QUESTION.test(query) && analyze(query).length >= 3;
}

/**
 * A question mark swapped with a word's last letter («يتزو؟ج»): the word is the letters joined, the
 * mark after them. (A mark followed by a whole word is a space left out: «عربي؟ما».)
 */
const MID_WORD_MARK = /([\u0621-\u064A])([?؟])([\u0621-\u064A])(?![\u0621-\u064A])/gu;

/** Adds a weighted term (the largest weight a term is given wins). */
type Put = (term: string, weight: number) => void;

/** Present-tense person prefixes: a question asks «تحد» where the text says «يحدها». */
const PERSON_PREFIXES = PRESENT_PREFIXES;
/** A letter three times or more in a row. */
const STRETCHED = /(.)\1\1/u;
const STRETCHED_RUN = /(.)\1{2,}/gu;
/** The definite article with its clitics, stripped from a word typed so far before completing it. */
export const ARTICLE = /^(?:[وفبك]?ال|لل)(?=..)/;

/**
 * A word typed with a letter held down or repeated for emphasis («شكووووى», «طلببب»): no word
 * writes a letter three times running, so each such run is read as one letter.
 */
export function unstretch(t: TermInfo): TermInfo {
  if (!STRETCHED.test(t.term)) return t;
  return termInfo(t.term.replace(STRETCHED_RUN, '$1'));
}

/**
 * An unknown word that is known words typed without a space («الاسكندرالاكبر», «مدةالرد»,
 * «اعضاءمجلسالادارة»): the words, else null. A break before an article is tried first, then
 * (when no one-edit correction exists) any break leaving three letters or more on each side.
 */
export function unjoin(ix: QueryIndex, t: TermInfo, correctionsOf: (t: TermInfo) => string[], depth = 0): TermInfo[] | null {
  const { term } = t;
  if (t.stop || term.length < 6 || !isArabicWord(term) || ix.has(t.stem) || ix.hasWord(term)) return null;
  const known = (w: string) => {
    const i = termInfo(w);
    return i.stop || ix.hasWord(w) || ix.has(i.stem);
  };
  const breaks: number[] = [];
  for (let at = term.indexOf('ال', 2); at > 0 && at <= term.length - 4; at = term.indexOf('ال', at + 1)) breaks.push(at);
  // Elsewhere only when no one-edit correction exists: «مسؤلية» is a typo, not two words.
  if (correctionsOf(t).length === 0) for (let at = 3; at <= term.length - 3; at++) if (!breaks.includes(at)) breaks.push(at);
  for (const at of breaks) {
    const left = term.slice(0, at);
    const right = term.slice(at);
    if (!known(left)) continue;
    if (known(right)) return [termInfo(left), termInfo(right)];
    const rest = depth < 1 ? unjoin(ix, termInfo(right), correctionsOf, depth + 1) : null;
    if (rest) return [termInfo(left), ...rest];
  }
  return null;
}

/** The word itself: its stem, its heavier stem and its form as written. */
function exactTerms(ix: QueryIndex, t: TermInfo, self: number, put: Put): void {
  const p = ix.params;
  if (ix.has(t.stem)) put(t.stem, self);
  if (p.heavyWeight > 0 && ix.has(HEAVY + t.heavy)) put(HEAVY + t.heavy, self * p.heavyWeight);
  if (p.surfaceWeight > 0 && ix.has(SURFACE + t.term)) put(SURFACE + t.term, self * p.surfaceWeight);
}

/** The word with each of the few words before it, when the documents hold them near each other. */
function proximityPairs(ix: QueryIndex, used: TermInfo[], i: number, put: Put): void {
  const t = used[i] as TermInfo;
  for (let j = Math.max(0, i - PROXIMITY); j < i; j++) {
    const key = pairKey((used[j] as TermInfo).stem, t.stem);
    if (ix.has(key)) put(key, ix.params.bigramWeight);
  }
}

/**
 * Consecutive words of the query as written, function words included, found next to each other in
 * that order («من يشاء في»): a phrase, or a quote, read as one.
 */
function adjacentWords(ix: QueryIndex, tokens: TermInfo[], weight: number, put: Put): void {
  for (let i = 1; i < tokens.length; i++) {
    const key = adjacentKey((tokens[i - 1] as TermInfo).term, (tokens[i] as TermInfo).term);
    if (ix.has(key)) put(key, weight);
  }
}

/** A present-tense verb in the other persons (تقع ↔ يقع). */
function otherPersons(ix: QueryIndex, t: TermInfo, self: number, put: Put): void {
  if (t.stem.length < 3 || !PERSON_PREFIXES.includes(t.stem[0] as string)) return;
  for (const p of PERSON_PREFIXES) {
    const alt = p + t.stem.slice(1);
    if (alt !== t.stem && ix.has(alt)) put(alt, self * ix.params.personWeight);
  }
}

/**
 * A question's verb, a text's noun: «اين درس» finds «التدريس», «يعتمد» «اعتماد», «فتح» «الفاتح».
 * A verb with an object pronoun the light stem keeps («ابلغهم») is read by its heavy stem; a
 * colloquial passive («تنراجع», «ينكتب») as its active verb. `indexed`: the word's own stem is in
 * the index (then it is read as it stands).
 */
function verbalNouns(ix: QueryIndex, t: TermInfo, self: number, indexed: boolean, put: Put): void {
  const p = ix.params;
  const verb = !indexed && t.heavy !== t.stem ? t.heavy : t.stem;
  const active = !indexed && verb.length >= 5 && /^[يت]ن/.test(verb) ? `${verb[0]}${verb.slice(2)}` : null;
  if (active && ix.has(active)) put(active, self * p.nounWeight);
  for (const v of active ? [verb, active] : [verb]) {
    for (const [form, w] of [
      [formTwoNoun(v), p.nounWeight],
      [formEightNoun(v), p.nounWeight],
      [formThreeNoun(v), p.nounWeight],
      [formFiveNoun(v), p.nounWeight],
      [formFourNoun(v), p.nounWeight],
      [activeParticiple(v), p.agentWeight],
      [fuulNoun(v), p.nounWeight],
      [mufilParticiple(v), p.agentWeight],
    ] as const) {
      if (!form || w <= 0 || form === t.stem || form === v) continue;
      if (ix.has(form)) put(form, self * w);
      if (p.heavyWeight > 0 && ix.has(HEAVY + form)) put(HEAVY + form, self * w * p.heavyWeight);
    }
  }
}

/** The index terms a word typed so far begins, with and without its article. */
function completionsOf(ix: QueryIndex, t: TermInfo, put: Put): void {
  const bare = t.term.replace(ARTICLE, '');
  for (const s of ix.completions(t.term)) put(s, ix.params.prefixWeight);
  if (bare !== t.term) for (const s of ix.completions(bare)) put(s, ix.params.prefixWeight);
}

/**
 * A word the index does not hold: a Latin word may be Arabic typed in Latin letters («shakwa»), or
 * a misspelt English one; any word may be a typo of an indexed one. (A weight of 0 turns either
 * off, as the bench's plain BM25 does.)
 */
function unknownWord(ix: QueryIndex, t: TermInfo, typing: boolean, english: ReadonlySet<string> | undefined, corrections: () => string[], put: Put): void {
  const p = ix.params;
  const sure = isSurelyArabizi(t.term);
  if (p.arabiziWeight > 0 && mayBeArabizi(t.term) && !english?.has(t.term)) {
    const w = sure ? 1 : p.arabiziWeight;
    for (const r of ix.arabiziReadings(t.term, typing)) {
      // A whole reading is then read as Arabic is (persons, verbal nouns…): «asajel» → أسجل → يسجل، تسجيل.
      if (r.complete) for (const q of parseQuery(ix, r.word, { correct: false })) put(q.stem, q.weight * w);
      else put(r.word, p.prefixWeight);
    }
  }
  // A short English word one letter from another is another word (hear → year), a long one a
  // spelling (counseling → counselling).
  const word = english?.has(t.term) && t.term.length < 6;
  if (!sure && !word && p.correctionWeight > 0) for (const c of corrections()) put(c, p.correctionWeight);
}

/** Turns a query into weighted index terms: exact stems and the expansions above. */
export function parseQuery(ix: QueryIndex, query: string, options: ParseOptions = {}): QueryTerm[] {
  const { prefix = false, correct = true, english, asWritten } = options;
  const p = ix.params;
  const analyzed = analyze(correct ? query.replace(MID_WORD_MARK, '$1$3$2') : query);
  // Typing slips read before anything else: a letter held down, a space left out.
  // An unknown word's corrections decide whether it may be split and then correct it: looked up once.
  const corrected = new Map<string, string[]>();
  const correctionsOf = (t: TermInfo): string[] => {
    let found = corrected.get(t.term);
    if (!found) {
      found = ix.corrections(t.term, t.stem);
      corrected.set(t.term, found);
    }
    return found;
  };
  const slips = (t: TermInfo): TermInfo[] => {
    if (asWritten?.has(t.term)) return [t];
    const u = unstretch(t);
    return unjoin(ix, u, correctionsOf) ?? [u];
  };
  const tokens = correct ? analyzed.flatMap(slips) : analyzed;
  const content = tokens.filter((t) => !t.stop);
  const used = content.length > 0 ? content : tokens;
  const weights = new Map<string, number>();
  const put: Put = (stem, w) => weights.set(stem, Math.max(weights.get(stem) ?? 0, w));
  // A quote is read as written: its words in their order, function words included (an exact form
  // already scores above a stem match: its surface term adds to the stem's).
  const quote = correct && isQuote(query);
  used.forEach((t, i) => {
    const indexed = ix.has(t.stem);
    // «عدد»، «اسم» say what is asked for, not what the answer's text holds.
    const self = QUESTION_FRAMES.has(t.stem) ? p.frameWeight : 1;
    exactTerms(ix, t, self, put);
    if (p.bigramWeight > 0) proximityPairs(ix, used, i, put);
    if (p.personWeight > 0) otherPersons(ix, t, self, put);
    verbalNouns(ix, t, self, indexed, put);
    const isLast = i === used.length - 1;
    if (prefix && isLast) completionsOf(ix, t, put);
    // A known word may still be a typo of a much commoner one («الند» for «الهند»); not while it is typed.
    if (correct && p.slipWeight > 0 && indexed && !(prefix && isLast) && !asWritten?.has(t.term)) {
      for (const s of ix.slipsOf(t.term)) put(s, p.slipWeight);
    }
    if (correct && !indexed && !asWritten?.has(t.term) && !ix.hasWord(t.term)) unknownWord(ix, t, prefix && isLast, english, () => correctionsOf(t), put);
  });
  const adjacent = quote ? Math.max(p.adjacentWeight, p.quoteAdjacentWeight) : p.adjacentWeight;
  if (adjacent > 0 && content.length > 0) adjacentWords(ix, tokens, adjacent, put);
  return [...weights].map(([stem, weight]) => ({ stem, weight }));
}
