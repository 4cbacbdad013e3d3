import { SURFACE } from './markers';

/**
 * Query-term correction against the index vocabulary (SymSpell-style: every word and its
 * single-character deletions point back to the word). Finds words within one insertion,
 * deletion, substitution or adjacent swap in a couple of map look-ups. The deletion index is
 * built on the first look-up, so an index that never sees a typo never pays for it.
 */
export class Vocabulary {
  private readonly words = new Set<string>();
  private deletes: Map<string, string[]> | null = null;
  private sounds: Map<string, string[]> | null = null;

  add(word: string): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    if (this.deletes && word.length >= 3) this.index(word);
    if (this.sounds) this.indexSound(word);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  list(): string[] {
    return [...this.words];
  }

  /**
   * Vocabulary words at edit distance 1 (Damerau) from `word`. A three-letter word has too many
   * neighbours for that: only a letter dropped from a four-letter word (يسن → يسكن) or two letters
   * swapped (مرص → مصر) count; shorter words are not corrected.
   */
  near(word: string): string[] {
    const short = word.length === 3;
    if (word.length < 3) return [];
    if (!this.deletes) {
      this.deletes = new Map();
      for (const w of this.words) if (w.length >= 3) this.index(w);
    }
    const found = new Set<string>();
    const probe = (key: string) => {
      for (const w of this.deletes?.get(key) ?? []) {
        if (w !== word && isOneEdit(word, w)) found.add(w);
      }
    };
    probe(word);
    if (short) {
      // A three-letter word: only a letter dropped from a longer word or two letters swapped.
      for (const w of found) if (w.length !== 4) found.delete(w);
      const [a, b, c] = word;
      for (const sw of [`${b}${a}${c}`, `${a}${c}${b}`]) if (sw !== word && this.words.has(sw)) found.add(sw);
      return [...found];
    }
    for (const d of deletions(word)) probe(d);
    return [...found];
  }

  /**
   * Vocabulary words that sound the same as `word` when letters colloquial speech merges are
   * written one for the other (ث/ت، ذ/ز، ظ/ض: «تلاتين» → ثلاثين، «زوي» → ذوي، «ضروف» → ظروف),
   * however many of them differ.
   */
  soundsLike(word: string): string[] {
    if (word.length < 3) return [];
    const key = soundKey(word);
    if (!this.sounds) {
      this.sounds = new Map();
      for (const w of this.words) this.indexSound(w);
    }
    return (this.sounds.get(key) ?? []).filter((w) => w !== word);
  }

  private indexSound(word: string): void {
    const key = soundKey(word);
    if (key === word && !SOUND_TARGETS.test(word)) return;
    const sounds = this.sounds as Map<string, string[]>;
    const list = sounds.get(key);
    if (list) list.push(word);
    else sounds.set(key, [word]);
  }

  private index(word: string): void {
    const deletes = this.deletes as Map<string, string[]>;
    for (const d of [word, ...deletions(word)]) {
      const list = deletes.get(d);
      if (list) list.push(word);
      else deletes.set(d, [word]);
    }
  }
}

/** Letters colloquial speech merges, written one for the other: ث as ت، ذ as ز، ظ as ض. */
const SOUND_FOLDS: Record<string, string> = { ث: 'ت', ذ: 'ز', ظ: 'ض' };
const SOUND_TARGETS = /[تزض]/;

function soundKey(word: string): string {
  let out = '';
  for (const c of word) out += SOUND_FOLDS[c] ?? c;
  return out;
}

function deletions(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function isOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    if (diff.length !== 2) return false;
    const [i, j] = diff as [number, number];
    return j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** What correcting a word needs of an index: its words as written and its stems, and their document frequencies. */
export interface Spelling {
  surface: Vocabulary;
  stems: Vocabulary;
  /** The stem of a word as written. */
  stemOf(word: string): string | undefined;
  df(term: string): number;
}

/**
 * Index stems one edit away from an unknown word (as typed, or its stem once clitics are
 * removed), the most frequent first: a typo is likelier to hide a common word than a rare one.
 * A word that differs only in letters colloquial speech merges (تلاتين → ثلاثين، زوي → ذوي) is
 * what was meant when there is one: then the one-edit neighbours are not searched.
 */
export function corrections(ix: Spelling, term: string, stem: string, max: number): string[] {
  const found = new Set<string>();
  const collect = (near: (v: Vocabulary, w: string) => string[]) => {
    for (const w of near(ix.surface, term)) {
      const s = ix.stemOf(w);
      if (s) found.add(s);
    }
    if (stem !== term) for (const s of near(ix.stems, stem)) found.add(s);
  };
  collect((v, w) => v.soundsLike(w));
  if (found.size === 0) collect((v, w) => v.near(w));
  return [...found].sort((a, b) => ix.df(b) - ix.df(a)).slice(0, max);
}

/** How much more often a word must be written than a known word typed to be read as what it slipped from. */
const SLIP_RATIO = 5;
/** Only a word this few documents write is suspected (a common word was meant as typed). */
const RARE = 2;

/**
 * What a known word may be a slip of (a typo making another word: «الند» for «الهند», «اله» for
 * «الله»): the stems of index words one edit away that the documents write at least `SLIP_RATIO`
 * times as often as the word typed.
 */
export function slipsOf(ix: Pick<Spelling, 'df' | 'stemOf'> & { isWord(word: string): boolean }, term: string): string[] {
  if (term.length < 3 || !/^[\u0621-\u064A]+$/.test(term)) return [];
  const own = ix.df(SURFACE + term);
  if (own < 1 || own > RARE) return [];
  const out = new Set<string>();
  for (const w of oneEditWords(term)) {
    if (!ix.isWord(w) || ix.df(SURFACE + w) < SLIP_RATIO * own) continue;
    const s = ix.stemOf(w);
    if (s) out.add(s);
  }
  return [...out];
}

/** The letters of normalised Arabic words (ة, ى and the hamza seats are folded away). */
const LETTERS = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/**
 * The words one slip from an Arabic word that a typo most often makes: a letter left out (each
 * letter put back), two letters swapped, a letter typed twice or in addition. (A letter typed for
 * another is left out: as many candidates again, for few real-word typos.) Three-letter words, as
 * in `near`: only a letter put back or two swapped.
 */
function oneEditWords(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) out.add(word.slice(0, i) + c + word.slice(i));
  if (word.length > 3) for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  out.delete(word);
  return out;
}
