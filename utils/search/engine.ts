import { type AnalyzedToken, analyze } from './analyze';
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
}

export interface Hit {
  id: string;
  score: number;
  /** Stems that matched, for snippets and highlights. */
  stems: string[];
}

export interface QueryTerm {
  stem: string;
  weight: number;
}

interface Posting {
  doc: number;
  tf: number; // field-weighted term frequency
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
}

export const DEFAULT_PARAMS: EngineParams = {
  k1: 1.6,
  b: 0.9,
  titleWeight: 5,
  keywordWeight: 2,
  correctionWeight: 1,
  prefixWeight: 0.5,
  surfaceWeight: 0.3,
  bigramWeight: 0.25,
  heavyWeight: 0.5,
  coord: 0.5,
  relatedWeight: 0.7,
  maxCorrections: 3,
};
const HEAVY = '^';
const SURFACE = '=';
const BIGRAM = '~';
/** Words this close in a document (after stop words) count as a proximity pair. */
const PROXIMITY = 3;

function pairKey(a: string, b: string): string {
  return a < b ? `${BIGRAM}${a} ${b}` : `${BIGRAM}${b} ${a}`;
}
const MAX_EXPANSIONS = 12;
/** The definite article with its clitics, stripped from a word typed so far before completing it. */
const ARTICLE = /^(?:[وفبك]?ال|لل)(?=..)/;

export class SearchEngine {
  private readonly ids: string[] = [];
  private readonly lengths: number[] = [];
  private readonly postings = new Map<string, Posting[]>();
  private readonly surface = new Vocabulary();
  private readonly surfaceToStems = new Map<string, string>();
  private readonly stemVocabulary = new Vocabulary();
  private sortedStems: string[] | null = null;
  private totalLength = 0;

  private readonly params: EngineParams;

  constructor(docs: Iterable<IndexDoc> = [], params: Partial<EngineParams> = {}) {
    this.params = { ...DEFAULT_PARAMS, ...params };
    for (const d of docs) this.add(d);
  }

  get size(): number {
    return this.ids.length;
  }

  add(doc: IndexDoc): void {
    const index = this.ids.length;
    this.ids.push(doc.id);
    const tf = new Map<string, number>();
    let length = 0;
    for (const field of ['title', 'text', 'keywords'] as const) {
      const value = doc[field];
      if (!value) continue;
      const w = field === 'title' ? this.params.titleWeight : field === 'keywords' ? this.params.keywordWeight : 1;
      const window: string[] = [];
      for (const t of analyze(value)) {
        if (t.stop) continue;
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
    for (const [stem, f] of tf) {
      const list = this.postings.get(stem);
      const p = { doc: index, tf: f };
      if (list) list.push(p);
      else this.postings.set(stem, [p]);
    }
    this.lengths.push(length);
    this.totalLength += length;
    this.sortedStems = null;
  }

  /** Turns a query into weighted stems: exact stems, typo corrections and (optionally) prefix completions. */
  parseQuery(query: string, prefix = false, correct = true): QueryTerm[] {
    const tokens = analyze(query);
    const content = tokens.filter((t) => !t.stop);
    const used = content.length > 0 ? content : tokens;
    const weights = new Map<string, number>();
    const put = (stem: string, w: number) => weights.set(stem, Math.max(weights.get(stem) ?? 0, w));
    used.forEach((t, i) => {
      const known = this.postings.has(t.stem);
      if (known) put(t.stem, 1);
      if (this.params.heavyWeight > 0 && this.postings.has(HEAVY + t.heavy)) put(HEAVY + t.heavy, this.params.heavyWeight);
      if (this.params.surfaceWeight > 0 && this.postings.has(SURFACE + t.term)) put(SURFACE + t.term, this.params.surfaceWeight);
      if (this.params.bigramWeight > 0) {
        for (let j = Math.max(0, i - PROXIMITY); j < i; j++) {
          const key = pairKey((used[j] as AnalyzedToken).stem, t.stem);
          if (this.postings.has(key)) put(key, this.params.bigramWeight);
        }
      }
      const isLast = i === used.length - 1;
      if (prefix && isLast) {
        const bare = t.term.replace(ARTICLE, '');
        for (const s of this.completions(t.term)) put(s, this.params.prefixWeight);
        if (bare !== t.term) for (const s of this.completions(bare)) put(s, this.params.prefixWeight);
      }
      if (correct && !known && !this.surface.has(t.term)) {
        for (const c of this.corrections(t.term, t.stem)) put(c, this.params.correctionWeight);
      }
    });
    return [...weights].map(([stem, weight]) => ({ stem, weight }));
  }

  search(query: string, options: SearchOptions = {}): Hit[] {
    const limit = options.limit ?? 10;
    const terms = this.parseQuery(query, options.prefix);
    if (options.related) {
      const have = new Set(terms.map((t) => t.stem));
      for (const t of this.parseQuery(options.related, false, false)) {
        if (!have.has(t.stem)) terms.push({ stem: t.stem, weight: t.weight * this.params.relatedWeight });
      }
    }
    if (terms.length === 0) return [];
    const n = this.ids.length;
    const avg = this.totalLength / Math.max(1, n);
    const scores = new Map<number, number>();
    const covered = new Map<number, number>();
    let totalIdf = 0;
    const matched = new Map<number, string[]>();
    for (const { stem, weight } of terms) {
      const list = this.postings.get(stem);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      const mass = stem[0] === BIGRAM || stem[0] === SURFACE || stem[0] === HEAVY ? 0 : weight * idf;
      totalIdf += mass;
      for (const p of list) {
        const { k1, b } = this.params;
        const norm = k1 * (1 - b + (b * (this.lengths[p.doc] ?? avg)) / avg);
        const s = (weight * idf * (p.tf * (k1 + 1))) / (p.tf + norm);
        scores.set(p.doc, (scores.get(p.doc) ?? 0) + s);
        covered.set(p.doc, (covered.get(p.doc) ?? 0) + mass);
        if (stem[0] === SURFACE || stem[0] === BIGRAM || stem[0] === HEAVY) continue;
        const m = matched.get(p.doc);
        if (m) m.push(stem);
        else matched.set(p.doc, [stem]);
      }
    }
    const hits: Hit[] = [];
    const coord = this.params.coord;
    for (const [doc, raw] of scores) {
      const score = coord > 0 && totalIdf > 0 ? raw * ((covered.get(doc) ?? 0) / totalIdf) ** coord : raw;
      const id = this.ids[doc] as string;
      if (options.filter && !options.filter(id)) continue;
      hits.push({ id, score, stems: matched.get(doc) ?? [] });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }

  /**
   * Index stems one edit away from an unknown word (as typed, or its stem once clitics are
   * removed), the most frequent first: a typo is likelier to hide a common word than a rare one.
   */
  private corrections(term: string, stem: string): string[] {
    const found = new Set<string>();
    for (const w of this.surface.near(term)) {
      const s = this.surfaceToStems.get(w);
      if (s) found.add(s);
    }
    if (stem !== term) for (const s of this.stemVocabulary.near(stem)) found.add(s);
    const df = (s: string) => this.postings.get(s)?.length ?? 0;
    return [...found].sort((a, b) => df(b) - df(a)).slice(0, this.params.maxCorrections);
  }

  private completions(term: string): string[] {
    if (term.length < 2) return [];
    if (!this.sortedStems) this.sortedStems = [...this.postings.keys()].filter((k) => k[0] !== SURFACE && k[0] !== BIGRAM && k[0] !== HEAVY).sort();
    const list = this.sortedStems;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as string) < term) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < list.length && out.length < MAX_EXPANSIONS; i++) {
      const s = list[i] as string;
      if (!s.startsWith(term)) break;
      out.push(s);
    }
    return out;
  }
}
