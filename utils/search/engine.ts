import { normalize } from '../arabic';
import { analyzeTerms, termInfo } from './analyze';
import { readArabizi } from './arabizi-readings';
import { analysisFingerprint } from './fingerprint';
import { contentKey } from './hash';
import { ADJACENT, adjacentKey, HEAVY, isMarked, PROXIMITY, pairKey, SURFACE, TITLE } from './markers';
import { DEFAULT_PARAMS, type EngineParams } from './params';
import { decodeRow, type EngineSnapshot, freezePostings, holds, lowerBound, type Postings, SEP, splitJoined, termRow, thawPostings } from './postings';
import { ARTICLE, type ParseOptions, parseQuery, type QueryIndex, type QueryTerm } from './query';
import { RestoredSurface, sortedOrder } from './surface';
import { corrections, type Spelling, slipsOf, Vocabulary } from './typo';

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
  /** With a group for each id, `limit` applies within each group, as if each were searched alone. */
  group?: (id: string) => string;
  /** Related words (synonyms, translations) searched with a lower weight. */
  related?: string;
  /** The rest of a message whose query is what it asks (see `messageFocus`): searched at `backgroundWeight`. */
  background?: string;
  /** Latin words known to be English (a glossary knew them): not read as Arabizi, and corrected only when long. */
  english?: ReadonlySet<string>;
  /**
   * Words to take as written: their meaning is known though the index may lack them (places,
   * colloquial words a lexicon reads), so they are never split or corrected to an indexed neighbour.
   */
  asWritten?: ReadonlySet<string>;
}

export interface Hit {
  id: string;
  /** The document's position in the order documents were added. */
  doc: number;
  score: number;
  /** Stems that matched, for snippets and highlights. */
  stems: string[];
}

const MAX_EXPANSIONS = 12;
const ARABIZI_CACHE = 500;

/** Whether an index keeps which words are next to each other (some query reads them). */
function indexesAdjacency(params: EngineParams): boolean {
  return params.adjacentWeight > 0 || params.quoteAdjacentWeight > 0;
}

const indexingKeys = new Map<string, string>();

/**
 * What an index depends on besides its documents: the analysis (its fingerprint, taken from the
 * analysers' output, see `analysisFingerprint`) and the weights and window used while indexing. A
 * snapshot carries it, so an index built by another version of the analysis is rebuilt rather
 * than read with today's queries.
 */
export function indexingKey(params: EngineParams): string {
  const weights = JSON.stringify([params.titleWeight, params.keywordWeight, indexesAdjacency(params), PROXIMITY, TITLE, ADJACENT]);
  let key = indexingKeys.get(weights);
  if (!key) {
    key = contentKey([weights, analysisFingerprint()]);
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
  /** A restored snapshot's surface words, turned into the vocabularies above on first need (a word's stem is looked up without them). */
  private pendingSurface: RestoredSurface | null = null;
  private totalLength = 0;
  /** Per document, a hash of its title's stems (see `EngineSnapshot.titles`). */
  private titles: number[] = [];
  /** Arabizi words already read against this index (cleared when a document is added). */
  private readonly arabiziCache = new Map<string, { word: string; complete: boolean }[]>();
  /** Per-document score accumulators, reused across queries (zeroed after each). */
  private scratch: { scores: Float64Array; covered: Float64Array; titled: Float64Array; seen: Uint8Array } | null = null;

  private readonly params: EngineParams;
  private readonly adjacency: boolean;
  /** What reading a query needs of this index. */
  private readonly reader: QueryIndex;

  constructor(docs: Iterable<IndexDoc> = [], params: Partial<EngineParams> = {}) {
    this.params = { ...DEFAULT_PARAMS, ...params };
    this.adjacency = indexesAdjacency(this.params);
    // ~200 spellings per rare word (slipsOf): the vocabulary's hash set once in memory, else the sorted terms.
    const isWord = (w: string) => (this.pendingSurface ? this.has(SURFACE + w) : this.surface.has(w));
    this.reader = {
      params: this.params,
      has: (term) => this.has(term),
      hasWord: (word) => {
        const stem = this.pendingStem(word);
        return stem === null ? this.vocabulary().has(word) : stem !== undefined;
      },
      corrections: (term, stem) => corrections(this.spelling(), term, stem, this.params.maxCorrections),
      slipsOf: (term) => slipsOf({ isWord, df: (t) => this.df(t), stemOf: (w) => termInfo(w).stem }, term),
      completions: (term) => this.completions(term),
      arabiziReadings: (latin, typing) => this.arabiziReadings(latin, typing),
    };
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
    e.pendingSurface = new RestoredSurface({ words: snapshot.surface, stems: snapshot.surfaceStems }, snapshot.surfaceOrder ?? null);
    return e;
  }

  /** The surface vocabulary (materialised from a snapshot the first time a query needs it). */
  private vocabulary(): Vocabulary {
    const pending = this.pendingSurface;
    if (pending) {
      this.pendingSurface = null;
      const { words, stems } = pending.lists();
      words.forEach((w, i) => {
        const stem = stems[i] as string;
        this.surface.add(w);
        this.surfaceToStems.set(w, stem);
        this.stemVocabulary.add(stem);
      });
    }
    return this.surface;
  }

  /** A word's stem from a restored snapshot's sorted words (undefined: not held), or null when the vocabulary must answer. */
  private pendingStem(word: string): string | undefined | null {
    return this.pendingSurface ? this.pendingSurface.stemOf(word) : null;
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
      surfaceOrder: sortedOrder(surface),
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
      // Words as written next to each other, function words included (not in keywords: a list).
      let previous = field === 'keywords' ? null : '';
      for (const t of analyzeTerms(value)) {
        if (previous !== null && this.adjacency) {
          if (previous) {
            const key = adjacentKey(previous, t.term);
            tf.set(key, (tf.get(key) ?? 0) + 1);
          }
          previous = t.term;
          // A function word has no documents of its own, but is a term the pair is named by.
          if (t.stop && !this.building.has(SURFACE + t.term)) this.building.set(SURFACE + t.term, []);
        }
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
    this.frozen = freezePostings(this.building, this.ids.length);
    this.building = new Map();
    return this.frozen;
  }

  private thaw(): void {
    this.building = thawPostings(this.frozen as Postings);
    this.frozen = null;
  }

  /** The postings row of a term (a word, marked word or proximity pair), or -1. */
  private termIndex(term: string): number {
    return termRow(this.postings(), term);
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

  /** The stem this index gave a word it holds (function words are not held), without stemming it again. */
  indexedStem(term: string): string | undefined {
    const stem = this.pendingStem(term);
    return stem === null ? this.vocabulary() && this.surfaceToStems.get(term) : stem;
  }
  /** Turns a query into weighted index terms: exact stems and their expansions (see `query.ts`). */
  parseQuery(query: string, options: ParseOptions = {}): QueryTerm[] {
    return parseQuery(this.reader, query, options);
  }

  search(query: string, options: SearchOptions = {}): Hit[] {
    const limit = options.limit ?? 10;
    const terms = this.parseQuery(query, { prefix: options.prefix, english: options.english, asWritten: options.asWritten });
    const more = (text: string | undefined, weight: number, options: ParseOptions) => {
      if (!text || weight <= 0) return;
      const have = new Set(terms.map((t) => t.stem));
      for (const t of this.parseQuery(text, options)) if (!have.has(t.stem)) terms.push({ stem: t.stem, weight: t.weight * weight });
    };
    more(options.related, this.params.relatedWeight, { correct: false });
    more(options.background, this.params.backgroundWeight, { english: options.english, asWritten: options.asWritten });
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
      const marker = isMarked(stem);
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
    const hits = this.top(ranked, limit, options.group).map(({ doc, score }) => ({
      id: this.ids[doc] as string,
      doc,
      score,
      stems: found.filter((f) => holds(f.docs, doc)).map((f) => f.stem),
    }));
    if (this.params.titleCoverage > 0) this.byCoverage(hits, new Set(terms.filter((t) => t.weight >= 1).map((t) => t.stem)));
    return hits;
  }

  /** The best `limit` documents, or with `group` the best `limit` of each group. */
  private top<T extends { doc: number }>(ranked: T[], limit: number, group?: (id: string) => string): T[] {
    if (!group) return ranked.slice(0, limit);
    const count = new Map<string, number>();
    return ranked.filter(({ doc }) => {
      const g = group(this.ids[doc] as string);
      const n = count.get(g) ?? 0;
      count.set(g, n + 1);
      return n < limit;
    });
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
      cached = readArabizi(
        { terms: this.postings().terms, has: (t) => this.has(t), df: (t) => this.df(t), completions: (t) => this.completions(t) },
        latin,
        typing,
      );
      this.arabiziCache.set(key, cached);
    }
    return cached;
  }

  private spelling(): Spelling {
    return { surface: this.vocabulary(), stems: this.stemVocabulary, stemOf: (w) => this.surfaceToStems.get(w), df: (t) => this.df(t) };
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
