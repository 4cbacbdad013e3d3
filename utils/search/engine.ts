import {
  type ArabiziReading,
  activeParticiple,
  BROKEN_PLURALS,
  formEightNoun,
  formFiveNoun,
  formFourNoun,
  formThreeNoun,
  formTwoNoun,
  fromArabizi,
  fuulNoun,
  isArabicWord,
  isStopWord,
  isSurelyArabizi,
  mayBeArabizi,
  mufilParticiple,
  normalize,
  PRESENT_PREFIXES,
  prefixesOf,
  QUESTION_FRAMES,
  STOP_WORDS,
} from '../arabic';
import { analyze, analyzeTerms, type TermInfo, termInfo } from './analyze';
import { contentKey } from './hash';
import { Vocabulary } from './typo';

export interface IndexDoc {
  id: string;
  title: string;
  text: string;
  /** Extra words that find this document but are not shown (e.g. an English glossary). */
  keywords?: string;
}

export interface SearchOptions {
  limit?: number;
  /** Treat the last query word as a prefix (search as you type). */
  prefix?: boolean;
  /** Restrict to documents accepted by this predicate. */
  filter?: (id: string) => boolean;
  /** Related words (synonyms, translations) searched with a lower weight. */
  related?: string;
  /** Latin words known to be English (a glossary knew them): not read as Arabizi, and corrected only when long. */
  english?: ReadonlySet<string>;
  /**
   * Words whose meaning is known though the index lacks them (places, colloquial words a lexicon
   * reads): searched as written, never split or corrected to an indexed neighbour.
   */
  known?: ReadonlySet<string>;
}

export interface Hit {
  id: string;
  /** The document's position in the order documents were added. */
  doc: number;
  score: number;
  /** Stems that matched, for snippets and highlights. */
  stems: string[];
}

export interface QueryTerm {
  stem: string;
  weight: number;
}

type IntArray = Int32Array | Uint16Array;

/**
 * Postings in compressed rows: row i's documents, in ascending order, are coded in
 * data[offsets[i]] … data[offsets[i + 1] - 1] (see `encodeRow`), and dfs[i] says how many there
 * are. Rows 0 … terms.length - 1 are the terms in sorted order, found by binary search (so an index
 * restored from a snapshot needs no lookup table built first). The proximity pairs follow, named by
 * two numbers instead of two words: pair (a, b), a < b being positions of stems in `terms`, has key
 * a × terms.length + b, and `pairs` holds the keys in ascending order. A heavy term whose documents
 * are exactly its plain stem's (most of them) has an empty row and reads the stem's.
 */
interface Postings {
  terms: string[];
  pairs: PairKeys;
  offsets: Int32Array;
  dfs: IntArray;
  data: Uint8Array;
  /** Whether field-weighted term frequencies are stored as 32-bit floats (non-whole weights). */
  floatTfs: boolean;
}

/**
 * One row: per document, a variable-length number (7 bits a byte, high bit = more) holding the gap
 * from the previous document times two, plus one when its frequency is not 1; that frequency
 * follows, as a variable-length number or, with `floatTfs`, four bytes of a 32-bit float. Gaps are
 * small for common words and nine in ten frequencies are 1: rows take about half the bytes of
 * 16-bit documents beside 8-bit frequencies.
 */
function encodeRow(out: number[], list: number[], floatTfs: boolean, scratch: DataView): void {
  let prev = -1;
  const put = (v: number) => {
    let x = v;
    while (x >= 0x80) {
      out.push((x & 0x7f) | 0x80);
      x = Math.floor(x / 0x80);
    }
    out.push(x);
  };
  for (let k = 0; k < list.length; k += 2) {
    const doc = list[k] as number;
    const tf = list[k + 1] as number;
    put((doc - prev) * 2 + (tf === 1 ? 0 : 1));
    prev = doc;
    if (tf === 1) continue;
    if (floatTfs) {
      scratch.setFloat32(0, tf);
      for (let b = 0; b < 4; b++) out.push(scratch.getUint8(b));
    } else put(tf);
  }
}

/** Calls `each(doc, tf)` for every document of a coded row. */
function decodeRow(p: Postings, row: number, each: (doc: number, tf: number) => void): void {
  const { data } = p;
  const end = p.offsets[row + 1] as number;
  let at = p.offsets[row] as number;
  /** The variable-length number at `at`, moving past it. */
  const next = () => {
    let v = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = data[at++] as number;
      v += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte & 0x80);
    return v;
  };
  let doc = -1;
  const view = p.floatTfs ? new DataView(data.buffer, data.byteOffset, data.byteLength) : null;
  while (at < end) {
    const v = next();
    doc += Math.floor(v / 2);
    let tf = 1;
    if (v % 2 === 1) {
      if (view) {
        tf = view.getFloat32(at);
        at += 4;
      } else tf = next();
    }
    each(doc, tf);
  }
}

type PairKeys = Uint32Array | Float64Array;

/**
 * Everything a built index holds, as plain data for IndexedDB: lists of words joined into one
 * string each and numbers in typed arrays, because those are what structured clone reads fastest
 * (a 10,000-section index reads in tens of milliseconds, where arrays of strings take hundreds).
 */
export interface EngineSnapshot {
  version: 5;
  /** The analysis and weights the index was built with (see `indexingKey`): another build's index is not restored. */
  analysis: string;
  /** Document ids, joined by newlines. */
  ids: string;
  lengths: Float32Array;
  /** Index terms in sorted order, joined by newlines. */
  terms: string;
  pairs: PairKeys;
  offsets: Int32Array;
  dfs: IntArray;
  data: Uint8Array;
  floatTfs: boolean;
  /** Per document, a hash of its title's stems (0 without a title): which documents share a title. */
  titles: Int32Array;
  /** Surface words and, in the same order, their stems, joined by newlines. */
  surface: string;
  surfaceStems: string;
}

const SEP = '\n';

/** A list joined by `SEP`, split again (an empty string is an empty list). */
function splitJoined(joined: string): string[] {
  return joined ? joined.split(SEP) : [];
}

/** The first position in list[from] … list[to - 1] (ascending) whose value is not below `value`. */
function lowerBound<T extends string | number>(list: ArrayLike<T>, value: T, from = 0, to = list.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameList(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether the ascending documents hold `doc`. */
function holds(docs: Int32Array, doc: number): boolean {
  const at = lowerBound(docs, doc);
  return at < docs.length && docs[at] === doc;
}

/** Index of `key` in the ascending keys, or -1. */
function findKey(keys: PairKeys, key: number): number {
  const at = lowerBound(keys, key);
  return keys[at] === key ? at : -1;
}

/** Whether some term of the sorted list begins with `prefix`. */
function beginsAny(list: readonly string[], prefix: string): boolean {
  return (list[lowerBound(list, prefix)] ?? '').startsWith(prefix);
}

/** Index of `term` in the sorted list, or -1. */
function findSorted(list: readonly string[], term: string): number {
  const at = lowerBound(list, term);
  return list[at] === term ? at : -1;
}

/** Ranking parameters; the defaults are the ones the bench measured best on Arabic eval data. */
export interface EngineParams {
  k1: number;
  b: number;
  titleWeight: number;
  keywordWeight: number;
  correctionWeight: number;
  prefixWeight: number;
  /** Query weight of exact (unstemmed) word matches, on top of the stem match. */
  surfaceWeight: number;
  /** Query weight of two adjacent query words found adjacent in the document. */
  bigramWeight: number;
  /** Query weight of matches on the heavier stem (extra clitics removed). */
  heavyWeight: number;
  /** Exponent of the share of query idf mass a document covers (coordination). */
  coord: number;
  /** Query weight of related words (synonyms, glossary translations). */
  relatedWeight: number;
  /** How many corrections of one unknown word are searched. */
  maxCorrections: number;
  /** Query weight of the other persons of a present-tense verb (تقع ↔ يقع). */
  personWeight: number;
  /** Query weight of the Arabic readings of an unknown Latin word without letter digits («shakwa»). */
  arabiziWeight: number;
  /** Query weight of a verb's form II or VIII verbal noun (يسجل → تسجيل، يعتمد → اعتماد). */
  nounWeight: number;
  /** Query weight of a verb's active participle (فتح → فاتح). */
  agentWeight: number;
  /**
   * How much a document's score grows with the share of its title's words the question names,
   * each by its idf against the rarest word's (× 1 + titleBoost × share): a question about «العراق»
   * is about the article titled so, even when a shorter passage elsewhere mentions Iraq.
   */
  titleBoost: number;
  /**
   * Among passages of one title (versions and parts of one article), one that holds more of the
   * question's words ranks first (1) or plain scores decide (0).
   */
  titleCoverage: number;
  /** Query weight of a question's frame nouns («عدد»، «اسم»: what is asked for). */
  frameWeight: number;
}

export const DEFAULT_PARAMS: EngineParams = {
  k1: 1.6,
  b: 0.9,
  titleWeight: 5,
  keywordWeight: 2,
  correctionWeight: 1.25,
  prefixWeight: 0.5,
  surfaceWeight: 0.3,
  bigramWeight: 0.25,
  heavyWeight: 0.5,
  coord: 0.5,
  relatedWeight: 0.7,
  maxCorrections: 3,
  personWeight: 0.3,
  arabiziWeight: 0.8,
  nounWeight: 0.7,
  agentWeight: 0.5,
  titleBoost: 1.2,
  titleCoverage: 1,
  frameWeight: 0.35,
};
/** Present-tense person prefixes: a question asks «تحد» where the text says «يحدها». */
const PERSON_PREFIXES = PRESENT_PREFIXES;
const HEAVY = '^';
const SURFACE = '=';
const BIGRAM = '~';
/** A letter three times or more in a row. */
const STRETCHED = /(.)\1\1/u;
const STRETCHED_RUN = /(.)\1{2,}/gu;
/** A title's stem; its row's frequency is the number of the title's distinct stems. */
const TITLE = '#';
/** Words this close in a document (after stop words) count as a proximity pair. */
const PROXIMITY = 3;

function pairKey(a: string, b: string): string {
  return a < b ? `${BIGRAM}${a} ${b}` : `${BIGRAM}${b} ${a}`;
}
const MAX_EXPANSIONS = 12;
const ARABIZI_CACHE = 500;
/** How many readings of one Arabizi word join the query (the most frequent in the index). */
const ARABIZI_READINGS = 3;
/** Present-tense prefixes of the other persons, read as the third person's «ي» in Arabizi. */
const FIRST_PERSONS = PRESENT_PREFIXES.filter((p) => p !== 'ي');

let stopPrefixes: Set<string> | null = null;
/** Every beginning of a stop word: stop words are not indexed, yet an Arabizi word may read as one. */
function stopWordPrefixes(): Set<string> {
  stopPrefixes ??= prefixesOf(STOP_WORDS);
  return stopPrefixes;
}
/** The definite article with its clitics, stripped from a word typed so far before completing it. */
const ARTICLE = /^(?:[وفبك]?ال|لل)(?=..)/;

/**
 * Words whose analysis changes when the normaliser, the stemmer or the plural table does: clitics,
 * plural and pronoun endings, hamza and alef forms, ta marbuta, alef maqsura, marks, Indic digits.
 */
const PROBE =
  'والمستفيدين بالجمعية للمستندات وسيزورونها فاستقبلوهم الاجتماعات كتابهم لوائح أعضاؤها مؤسساتها أُسرةٌ إِلى مستشفى آراء ١٢٣ يتابعون الإنسانية وأين اجتماعاً وستين هويتي الوفاة Reports';

const indexingKeys = new Map<string, string>();

/**
 * What an index depends on besides its documents: stop words, broken plurals, how a probe text is
 * analysed, and the weights and window used while indexing. A snapshot carries it, so an index
 * built by an earlier version of the analysis is rebuilt rather than read with today's queries.
 */
export function indexingKey(params: EngineParams): string {
  const weights = JSON.stringify([params.titleWeight, params.keywordWeight, PROXIMITY, TITLE]);
  let key = indexingKeys.get(weights);
  if (!key) {
    key = contentKey([
      weights,
      [...STOP_WORDS].sort().join(' '),
      [...BROKEN_PLURALS].map(([a, b]) => `${a}>${b}`).join(' '),
      analyzeTerms(PROBE)
        .map((t) => `${t.term}/${t.stem}/${t.heavy}/${t.stop ? 1 : 0}`)
        .join(' '),
    ]);
    indexingKeys.set(weights, key);
  }
  return key;
}

export class SearchEngine {
  private ids: string[] = [];
  private lengths: number[] = [];
  /** While adding: term → [doc, tf, doc, tf, …]; turned into `frozen` before the first search. */
  private building = new Map<string, number[]>();
  private frozen: Postings | null = null;
  private readonly surface = new Vocabulary();
  private readonly surfaceToStems = new Map<string, string>();
  private readonly stemVocabulary = new Vocabulary();
  /** A restored snapshot's surface words, turned into the vocabularies above on first need. */
  private pendingSurface: { words: string; stems: string } | null = null;
  private totalLength = 0;
  /** Per document, a hash of its title's stems (see `EngineSnapshot.titles`). */
  private titles: number[] = [];
  /** Arabizi words already read against this index (cleared when a document is added). */
  private readonly arabiziCache = new Map<string, { word: string; complete: boolean }[]>();
  /** Per-document score accumulators, reused across queries (zeroed after each). */
  private scratch: { scores: Float64Array; covered: Float64Array; titled: Float64Array; seen: Uint8Array } | null = null;

  private readonly params: EngineParams;

  constructor(docs: Iterable<IndexDoc> = [], params: Partial<EngineParams> = {}) {
    this.params = { ...DEFAULT_PARAMS, ...params };
    for (const d of docs) this.add(d);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Whether a snapshot was made by this version's analysis with these weights (else rebuild it). */
  static canRestore(snapshot: EngineSnapshot, params: Partial<EngineParams> = {}): boolean {
    return snapshot.version === 5 && snapshot.analysis === indexingKey({ ...DEFAULT_PARAMS, ...params });
  }

  /** An engine from a snapshot (no re-analysis of the documents). */
  static fromSnapshot(snapshot: EngineSnapshot, params: Partial<EngineParams> = {}): SearchEngine {
    const e = new SearchEngine([], params);
    e.ids = splitJoined(snapshot.ids);
    e.lengths = Array.from(snapshot.lengths);
    e.titles = Array.from(snapshot.titles);
    e.totalLength = e.lengths.reduce((a, b) => a + b, 0);
    e.frozen = {
      terms: splitJoined(snapshot.terms),
      pairs: snapshot.pairs,
      offsets: snapshot.offsets,
      dfs: snapshot.dfs,
      data: snapshot.data,
      floatTfs: snapshot.floatTfs,
    };
    e.pendingSurface = { words: snapshot.surface, stems: snapshot.surfaceStems };
    return e;
  }

  /** The surface vocabulary (materialised from a snapshot the first time a query needs it). */
  private vocabulary(): Vocabulary {
    const pending = this.pendingSurface;
    if (pending) {
      this.pendingSurface = null;
      const stems = splitJoined(pending.stems);
      splitJoined(pending.words).forEach((w, i) => {
        const stem = stems[i] as string;
        this.surface.add(w);
        this.surfaceToStems.set(w, stem);
        this.stemVocabulary.add(stem);
      });
    }
    return this.surface;
  }

  snapshot(): EngineSnapshot {
    this.vocabulary();
    const p = this.postings();
    const surface = [...this.surfaceToStems.keys()];
    return {
      version: 5,
      analysis: indexingKey(this.params),
      ids: this.ids.join(SEP),
      lengths: Float32Array.from(this.lengths),
      titles: Int32Array.from(this.titles),
      terms: p.terms.join(SEP),
      pairs: p.pairs,
      offsets: p.offsets,
      dfs: p.dfs,
      data: p.data,
      floatTfs: p.floatTfs,
      surface: surface.join(SEP),
      surfaceStems: surface.map((w) => this.surfaceToStems.get(w) as string).join(SEP),
    };
  }

  add(doc: IndexDoc): void {
    this.vocabulary();
    this.arabiziCache.clear();
    if (this.frozen) this.thaw();
    const index = this.ids.length;
    this.ids.push(doc.id);
    const tf = new Map<string, number>();
    const titleStems = new Set<string>();
    let length = 0;
    for (const field of ['title', 'text', 'keywords'] as const) {
      const value = doc[field];
      if (!value) continue;
      const w = field === 'title' ? this.params.titleWeight : field === 'keywords' ? this.params.keywordWeight : 1;
      const window: string[] = [];
      for (const t of analyzeTerms(value)) {
        if (t.stop) continue;
        if (field === 'title') titleStems.add(t.stem);
        tf.set(t.stem, (tf.get(t.stem) ?? 0) + w);
        tf.set(SURFACE + t.term, (tf.get(SURFACE + t.term) ?? 0) + w);
        tf.set(HEAVY + t.heavy, (tf.get(HEAVY + t.heavy) ?? 0) + w);
        for (const other of window) {
          const key = pairKey(other, t.stem);
          tf.set(key, (tf.get(key) ?? 0) + w);
        }
        window.push(t.stem);
        if (window.length > PROXIMITY) window.shift();
        length += w;
        this.surface.add(t.term);
        this.surfaceToStems.set(t.term, t.stem);
        this.stemVocabulary.add(t.stem);
      }
    }
    for (const stem of titleStems) tf.set(TITLE + stem, titleStems.size);
    this.titles.push(titleStems.size > 0 ? Number.parseInt(contentKey([...titleStems].sort()), 16) | 0 : 0);
    for (const [term, f] of tf) {
      const list = this.building.get(term);
      if (list) list.push(index, f);
      else this.building.set(term, [index, f]);
    }
    this.lengths.push(length);
    this.totalLength += length;
  }

  private postings(): Postings {
    if (this.frozen) return this.frozen;
    const all = this.building;
    const terms = [...all.keys()].filter((t) => t[0] !== BIGRAM).sort();
    const position = new Map(terms.map((t, i) => [t, i]));
    const width = terms.length;
    const keyed: { key: number; list: number[] }[] = [];
    for (const [term, list] of all) {
      if (term[0] !== BIGRAM) continue;
      const space = term.indexOf(' ');
      keyed.push({ key: (position.get(term.slice(1, space)) as number) * width + (position.get(term.slice(space + 1)) as number), list });
    }
    keyed.sort((x, y) => x.key - y.key);
    const pairs = width * width <= 0xffffffff ? new Uint32Array(keyed.length) : new Float64Array(keyed.length);
    keyed.forEach((k, i) => {
      pairs[i] = k.key;
    });
    const rows = [
      ...terms.map((term) => {
        const list = all.get(term) as number[];
        // A heavy term listing exactly its stem's documents reads the stem's row.
        const plain = term[0] === HEAVY ? all.get(term.slice(1)) : undefined;
        return plain && sameList(plain, list) ? [] : list;
      }),
      ...keyed.map((k) => k.list),
    ];
    const offsets = new Int32Array(rows.length + 1);
    const dfs = this.ids.length <= 0xffff ? new Uint16Array(rows.length) : new Int32Array(rows.length);
    let floatTfs = false;
    for (const list of rows) for (let k = 1; k < list.length && !floatTfs; k += 2) floatTfs = !Number.isInteger(list[k]);
    const bytes: number[] = [];
    const scratch = new DataView(new ArrayBuffer(4));
    rows.forEach((list, i) => {
      offsets[i] = bytes.length;
      dfs[i] = list.length / 2;
      encodeRow(bytes, list, floatTfs, scratch);
    });
    offsets[rows.length] = bytes.length;
    const data = Uint8Array.from(bytes);
    this.building = new Map();
    this.frozen = { terms, pairs, offsets, dfs, data, floatTfs };
    return this.frozen;
  }

  private thaw(): void {
    const p = this.frozen as Postings;
    const row = (i: number) => {
      const list: number[] = [];
      decodeRow(p, i, (doc, tf) => list.push(doc, tf));
      return list;
    };
    p.terms.forEach((term, i) => {
      this.building.set(term, row(this.resolve(i)));
    });
    const width = p.terms.length;
    p.pairs.forEach((key, i) => {
      const a = Math.floor(key / width);
      this.building.set(`${BIGRAM}${p.terms[a]} ${p.terms[key - a * width]}`, row(width + i));
    });
    this.frozen = null;
  }

  /** The row holding term `i`'s documents: its own, or its plain stem's for an aliased heavy term. */
  private resolve(i: number): number {
    const p = this.postings();
    if (p.offsets[i] !== p.offsets[i + 1]) return i;
    const term = p.terms[i] as string;
    return term[0] === HEAVY ? findSorted(p.terms, term.slice(1)) : i;
  }

  /** The postings row of a term (a word, marked word or proximity pair), or -1. */
  private termIndex(term: string): number {
    const p = this.postings();
    if (term[0] === BIGRAM) {
      const space = term.indexOf(' ');
      const a = findSorted(p.terms, term.slice(1, space));
      const b = a < 0 ? -1 : findSorted(p.terms, term.slice(space + 1));
      const at = b < 0 ? -1 : findKey(p.pairs, a * p.terms.length + b);
      return at < 0 ? -1 : p.terms.length + at;
    }
    const i = findSorted(p.terms, term);
    return i < 0 ? -1 : this.resolve(i);
  }

  private has(term: string): boolean {
    return this.termIndex(term) >= 0;
  }

  private df(term: string): number {
    const p = this.postings();
    const i = this.termIndex(term);
    return i < 0 ? 0 : (p.dfs[i] as number);
  }

  /**
   * Whether the index holds a word (as written or by its stem), or with `asPrefix` a word that
   * begins with it: for telling a meant query from keys typed on the wrong layout.
   */
  knows(word: string, asPrefix = false): boolean {
    const t = termInfo(normalize(word));
    if (t.stop) return false;
    if (this.has(t.stem) || this.has(SURFACE + t.term)) return true;
    return asPrefix && t.term.length >= 2 && this.completions(t.term.replace(ARTICLE, '')).length > 0;
  }

  /** Turns a query into weighted stems: exact stems, typo corrections and (optionally) prefix completions. */
  parseQuery(query: string, prefix = false, correct = true, english?: ReadonlySet<string>, words?: ReadonlySet<string>): QueryTerm[] {
    const analyzed = analyze(query);
    // Typing slips read before anything else: a letter held down, a space left out.
    // An unknown word's corrections decide whether it may be split and then correct it: looked up once.
    const corrected = new Map<string, string[]>();
    const correctionsOf = (t: TermInfo): string[] => {
      let found = corrected.get(t.term);
      if (!found) {
        found = this.corrections(t.term, t.stem);
        corrected.set(t.term, found);
      }
      return found;
    };
    // A word known elsewhere (a place, a colloquial word) is taken as written.
    const slips = (t: TermInfo): TermInfo[] => {
      if (words?.has(t.term)) return [t];
      const u = this.unstretch(t);
      return this.unjoin(u, correctionsOf) ?? [u];
    };
    const tokens = correct ? analyzed.flatMap(slips) : analyzed;
    const content = tokens.filter((t) => !t.stop);
    const used = content.length > 0 ? content : tokens;
    const weights = new Map<string, number>();
    const put = (stem: string, w: number) => weights.set(stem, Math.max(weights.get(stem) ?? 0, w));
    used.forEach((t, i) => {
      const known = this.has(t.stem);
      // «عدد»، «اسم» say what is asked for, not what the answer's text holds.
      const self = QUESTION_FRAMES.has(t.stem) ? this.params.frameWeight : 1;
      if (known) put(t.stem, self);
      if (this.params.heavyWeight > 0 && this.has(HEAVY + t.heavy)) put(HEAVY + t.heavy, self * this.params.heavyWeight);
      if (this.params.surfaceWeight > 0 && this.has(SURFACE + t.term)) put(SURFACE + t.term, self * this.params.surfaceWeight);
      if (this.params.bigramWeight > 0) {
        for (let j = Math.max(0, i - PROXIMITY); j < i; j++) {
          const key = pairKey((used[j] as TermInfo).stem, t.stem);
          if (this.has(key)) put(key, this.params.bigramWeight);
        }
      }
      if (this.params.personWeight > 0 && t.stem.length >= 3 && PERSON_PREFIXES.includes(t.stem[0] as string)) {
        for (const p of PERSON_PREFIXES) {
          const alt = p + t.stem.slice(1);
          if (alt !== t.stem && this.has(alt)) put(alt, self * this.params.personWeight);
        }
      }
      // A question's verb, a text's noun: «اين درس» finds «التدريس», «يعتمد» «اعتماد», «فتح» «الفاتح».
      // A verb with an object pronoun the light stem keeps («ابلغهم») is read by its heavy stem; a
      // colloquial passive («تنراجع», «ينكتب») as its active verb.
      const verb = !known && t.heavy !== t.stem ? t.heavy : t.stem;
      const active = !known && verb.length >= 5 && /^[يت]ن/.test(verb) ? `${verb[0]}${verb.slice(2)}` : null;
      if (active && this.has(active)) put(active, self * this.params.nounWeight);
      for (const v of active ? [verb, active] : [verb]) {
        for (const [form, w] of [
          [formTwoNoun(v), this.params.nounWeight],
          [formEightNoun(v), this.params.nounWeight],
          [formThreeNoun(v), this.params.nounWeight],
          [formFiveNoun(v), this.params.nounWeight],
          [formFourNoun(v), this.params.nounWeight],
          [activeParticiple(v), this.params.agentWeight],
          [fuulNoun(v), this.params.nounWeight],
          [mufilParticiple(v), this.params.agentWeight],
        ] as const) {
          if (!form || w <= 0 || form === t.stem || form === v) continue;
          if (this.has(form)) put(form, self * w);
          if (this.params.heavyWeight > 0 && this.has(HEAVY + form)) put(HEAVY + form, self * w * this.params.heavyWeight);
        }
      }
      const isLast = i === used.length - 1;
      if (prefix && isLast) {
        const bare = t.term.replace(ARTICLE, '');
        for (const s of this.completions(t.term)) put(s, this.params.prefixWeight);
        if (bare !== t.term) for (const s of this.completions(bare)) put(s, this.params.prefixWeight);
      }
      if (correct && !known && !words?.has(t.term) && !this.vocabulary().has(t.term)) {
        // A Latin word may be Arabic typed in Latin letters («shakwa»), or a misspelt English one.
        // (A weight of 0 turns either off, as the bench's plain BM25 does.)
        const sure = isSurelyArabizi(t.term);
        if (this.params.arabiziWeight > 0 && mayBeArabizi(t.term) && !english?.has(t.term)) {
          const w = sure ? 1 : this.params.arabiziWeight;
          for (const r of this.arabiziReadings(t.term, prefix && isLast)) {
            // A whole reading is then read as Arabic is (persons, verbal nouns…): «asajel» → أسجل → يسجل، تسجيل.
            if (r.complete) for (const q of this.parseQuery(r.word, false, false)) put(q.stem, q.weight * w);
            else put(r.word, this.params.prefixWeight);
          }
        }
        // A short English word one letter from another is another word (hear → year), a long one a
        // spelling (counseling → counselling).
        const word = english?.has(t.term) && t.term.length < 6;
        if (!sure && !word && this.params.correctionWeight > 0) for (const c of correctionsOf(t)) put(c, this.params.correctionWeight);
      }
    });
    return [...weights].map(([stem, weight]) => ({ stem, weight }));
  }

  search(query: string, options: SearchOptions = {}): Hit[] {
    const limit = options.limit ?? 10;
    const terms = this.parseQuery(query, options.prefix, true, options.english, options.known);
    if (options.related) {
      const have = new Set(terms.map((t) => t.stem));
      for (const t of this.parseQuery(options.related, false, false)) {
        if (!have.has(t.stem)) terms.push({ stem: t.stem, weight: t.weight * this.params.relatedWeight });
      }
    }
    if (terms.length === 0) return [];
    const p = this.postings();
    const n = this.ids.length;
    const avg = this.totalLength / Math.max(1, n);
    const { k1, b } = this.params;
    // Scores accumulate in typed arrays indexed by document (a Map per posting cost a 10,000-section
    // pack most of a query); `touched` keeps first-seen order, which breaks ties as before.
    if (!this.scratch || this.scratch.scores.length < n) {
      this.scratch = { scores: new Float64Array(n), covered: new Float64Array(n), titled: new Float64Array(n), seen: new Uint8Array(n) };
    }
    const { scores, covered, titled, seen } = this.scratch;
    const titleBoost = this.params.titleBoost;
    /** The idf of a word only one document has. */
    const rarest = Math.log(1 + (n + 0.5) / 1.5);
    const touched: number[] = [];
    let totalIdf = 0;
    const found: { docs: Int32Array; stem: string }[] = [];
    for (const { stem, weight } of terms) {
      const ti = this.termIndex(stem);
      if (ti < 0) continue;
      const df = p.dfs[ti] as number;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const marker = stem[0] === BIGRAM || stem[0] === SURFACE || stem[0] === HEAVY;
      const mass = marker ? 0 : weight * idf;
      totalIdf += mass;
      const docs = marker ? null : new Int32Array(df);
      if (docs) found.push({ docs, stem });
      const w = weight * idf * (k1 + 1);
      let at = 0;
      decodeRow(p, ti, (doc, tf) => {
        if (docs) docs[at++] = doc;
        const norm = k1 * (1 - b + (b * (this.lengths[doc] ?? avg)) / avg);
        if (!seen[doc]) {
          seen[doc] = 1;
          touched.push(doc);
        }
        scores[doc] = (scores[doc] as number) + (w * tf) / (tf + norm);
        covered[doc] = (covered[doc] as number) + mass;
      });
      // The share of each title this word names (a title row's frequency is its title's size).
      const title = marker || titleBoost <= 0 ? -1 : this.termIndex(TITLE + stem);
      if (title >= 0) {
        // A word most titles share («الجمعية» in an association's pack) names little: by its idf.
        const named = (Math.min(1, weight) * idf) / rarest;
        decodeRow(p, title, (doc, size) => {
          titled[doc] = (titled[doc] as number) + named / size;
        });
      }
    }
    const ranked: { doc: number; score: number }[] = [];
    const coord = this.params.coord;
    for (const doc of touched) {
      const raw = scores[doc] as number;
      const covering = coord > 0 && totalIdf > 0 ? raw * ((covered[doc] as number) / totalIdf) ** coord : raw;
      const score = covering * (1 + titleBoost * (titled[doc] as number));
      scores[doc] = 0;
      covered[doc] = 0;
      titled[doc] = 0;
      seen[doc] = 0;
      if (options.filter && !options.filter(this.ids[doc] as string)) continue;
      ranked.push({ doc, score });
    }
    ranked.sort((a, b) => b.score - a.score);
    // Which stems matched, only for the documents returned (rows are in document order).
    const hits = ranked.slice(0, limit).map(({ doc, score }) => ({
      id: this.ids[doc] as string,
      doc,
      score,
      stems: found.filter((f) => holds(f.docs, doc)).map((f) => f.stem),
    }));
    if (this.params.titleCoverage > 0) this.byCoverage(hits, new Set(terms.filter((t) => t.weight >= 1).map((t) => t.stem)));
    return hits;
  }

  /**
   * Within one title (versions and parts of one article, which all hold the title's words many
   * times), the passage holding more of the question's own words comes first: term frequency and
   * length decide less there than which words are present at all.
   */
  private byCoverage(hits: Hit[], full: Set<string>): void {
    const covers = (h: Hit) => h.stems.reduce((n, s) => n + (full.has(s) ? 1 : 0), 0);
    for (let i = 1; i < hits.length; i++) {
      for (let j = i; j > 0; j--) {
        const a = hits[j - 1] as Hit;
        const b = hits[j] as Hit;
        const title = this.titles[a.doc] ?? 0;
        if (title === 0 || title !== this.titles[b.doc] || covers(b) <= covers(a)) break;
        // Raised to the score it passes, so scores still descend (callers sort again, stably).
        b.score = a.score;
        hits[j - 1] = b;
        hits[j] = a;
      }
    }
  }

  /**
   * The Arabic words an Arabizi word may stand for («shakwa» → شكوي، «ta7deeth» → تحديث): the
   * readings the index uses most (complete), or while it is being typed the index terms its
   * readings so far begin (not complete).
   */
  private arabiziReadings(latin: string, typing: boolean): { word: string; complete: boolean }[] {
    // As staff type, the same words are read again at every key: each is read once.
    const key = `${typing ? 1 : 0}${latin}`;
    let cached = this.arabiziCache.get(key);
    if (!cached) {
      if (this.arabiziCache.size >= ARABIZI_CACHE) this.arabiziCache.clear();
      cached = this.readArabizi(latin, typing);
      this.arabiziCache.set(key, cached);
    }
    return cached;
  }

  private readArabizi(latin: string, typing: boolean): { word: string; complete: boolean }[] {
    const terms = this.postings().terms;
    const begins = (p: string) => beginsAny(terms, SURFACE + p) || beginsAny(terms, p) || stopWordPrefixes().has(p);
    const isWord = (w: string) => isStopWord(w) || findSorted(terms, SURFACE + w) >= 0 || findSorted(terms, `${SURFACE}ال${w}`) >= 0 || this.hasLongStem(w);
    const lookup = {
      // Readings are checked against words as written and against stems: «matlooba» is read
      // «مطلوبه» though the text only writes «المطلوبة».
      hasPrefix: (p: string) => begins(p) || (FIRST_PERSONS.includes(p[0] as string) && p.length >= 2 && begins(`ي${p.slice(1)}`)),
      // As written, with the article Arabizi often leaves out (sirriya → السرية), or by a stem; a
      // verb in another person than the text's (asajel → أسجل, the text's يسجل).
      isWord: (w: string) => isWord(w) || (FIRST_PERSONS.includes(w[0] as string) && w.length >= 4 && isWord(`ي${w.slice(1)}`)),
      isStem: (s: string) => findSorted(terms, s) >= 0,
    };
    const readings = fromArabizi(latin, lookup, { limit: 16, partial: typing });
    const fewest = (list: ArabiziReading[]) => Math.min(Infinity, ...list.map((r) => r.dropped));
    const words = readings.filter((r) => !isStopWord(r.word) && lookup.isWord(r.word));
    // «kaif» reads كيف as directly as any content word: a function word, and adds nothing.
    const stop = fewest(readings.filter((r) => isStopWord(r.word)));
    if (stop < Infinity && stop <= fewest(words)) return [];
    // A Latin «a» may be an unwritten short vowel or a written alef: the readings the index uses
    // most win (talab → طلب in a policy, ziyara → زيارة rather than زير).
    // A reading found only as another person of a verb (asajel → يسجل) ranks by that verb, halved.
    const frequency = (w: string) => this.df(termInfo(w).stem) || this.df(termInfo(`ي${w.slice(1)}`).stem) / 2;
    const byStem = new Map<string, string>();
    for (const r of words.sort((a, b) => frequency(b.word) - frequency(a.word))) {
      const { stem } = termInfo(r.word);
      if (!byStem.has(stem)) byStem.set(stem, r.word);
    }
    const out = [...byStem.values()].slice(0, ARABIZI_READINGS).map((word) => ({ word, complete: true }));
    if (typing && out.length === 0) {
      for (const r of readings) for (const s of this.completions(r.word)) out.push({ word: s, complete: false });
    }
    return out;
  }

  /** Whether a word's stem is in the index and at least three letters (shorter ones are too easily met). */
  private hasLongStem(word: string): boolean {
    const { stem } = termInfo(word);
    return stem.length >= 3 && this.has(stem);
  }

  /**
   * A word typed with a letter held down or repeated for emphasis («شكووووى», «طلببب»): no word
   * writes a letter three times running, so each such run is read as one letter.
   */
  private unstretch(t: TermInfo): TermInfo {
    if (!STRETCHED.test(t.term)) return t;
    return termInfo(t.term.replace(STRETCHED_RUN, '$1'));
  }

  /**
   * An unknown word that is known words typed without a space («الاسكندرالاكبر», «مدةالرد»,
   * «اعضاءمجلسالادارة»): the words, else null. A break before an article is tried first, then
   * (when no one-edit correction exists) any break leaving three letters or more on each side.
   */
  private unjoin(t: TermInfo, correctionsOf: (t: TermInfo) => string[], depth = 0): TermInfo[] | null {
    const { term } = t;
    if (t.stop || term.length < 6 || !isArabicWord(term) || this.has(t.stem) || this.vocabulary().has(term)) return null;
    const known = (w: string) => {
      const i = termInfo(w);
      return i.stop || this.surface.has(w) || this.has(i.stem);
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
      const rest = depth < 1 ? this.unjoin(termInfo(right), correctionsOf, depth + 1) : null;
      if (rest) return [termInfo(left), ...rest];
    }
    return null;
  }

  /**
   * Index stems one edit away from an unknown word (as typed, or its stem once clitics are
   * removed), the most frequent first: a typo is likelier to hide a common word than a rare one.
   * A word that differs only in letters colloquial speech merges (تلاتين → ثلاثين، زوي → ذوي) is
   * what was meant when there is one: then the one-edit neighbours are not searched.
   */
  private corrections(term: string, stem: string): string[] {
    const found = new Set<string>();
    const collect = (near: (v: Vocabulary, w: string) => string[]) => {
      for (const w of near(this.surface, term)) {
        const s = this.surfaceToStems.get(w);
        if (s) found.add(s);
      }
      if (stem !== term) for (const s of near(this.stemVocabulary, stem)) found.add(s);
    };
    collect((v, w) => v.soundsLike(w));
    if (found.size === 0) collect((v, w) => v.near(w));
    return [...found].sort((a, b) => this.df(b) - this.df(a)).slice(0, this.params.maxCorrections);
  }

  private completions(term: string): string[] {
    if (term.length < 2) return [];
    // Terms are sorted, and marked terms (surface, heavy, pairs) start with a sign no typed word
    // starts with, so the words beginning with `term` are one run of the sorted list.
    const list = this.postings().terms;
    const out: string[] = [];
    for (let i = lowerBound(list, term); i < list.length && out.length < MAX_EXPANSIONS; i++) {
      const s = list[i] as string;
      if (!s.startsWith(term)) break;
      out.push(s);
    }
    return out;
  }
}
