import {
  fromArabizi,
  fromDialect,
  fromEnglishLayout,
  isPlace,
  isStopWord,
  mayBeArabizi,
  mayBeWrongLayout,
  normalize,
  numberOrdinals,
  prefixesOf,
  stem,
  tokenize,
  wordForms,
} from '../arabic';
import type { KnowledgeDocument, Pack, Section } from '../knowledge';
import { type Hit, type IndexDoc, SearchEngine } from './engine';
import { messageFocus } from './message';
import type { EngineSnapshot } from './postings';
import { makeSnippet, type Snippet } from './snippet';

export interface PackHit {
  doc: KnowledgeDocument;
  section: Section;
  score: number;
  stems: string[];
  snippet: Snippet;
}

export interface PackSearchOptions {
  limit?: number;
  /** Only these document ids. */
  docs?: readonly string[];
  prefix?: boolean;
  /** Drop hits scoring below this share of the best hit (0 keeps all). */
  minRelative?: number;
  /**
   * `limit` and `minRelative` apply within each document, as if each were searched alone: a list of
   * all documents then shows every section a single document's filter shows (the panel's lists).
   */
  perDocument?: boolean;
}

/** Official documents rank a little above sample ones: staff should quote the approved text. */
const OFFICIAL_BOOST = 1.2;
/** How many hits the engine is asked for before the official boost re-orders them. */
const POOL = 20;

const LATIN_WORD = /[a-z][a-z'-]*/gi;

/** The entries found for a query's words, where a three- or two-word entry ("day to day", "general meeting") takes its words before any is looked up alone. */
function lookUpWords(
  words: string[],
  phrase: (key: string) => string | undefined,
  single: (word: string) => string | undefined,
  found?: Set<string>,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let taken = 0;
    for (const n of [3, 2]) {
      const hit = i + n <= words.length ? phrase(words.slice(i, i + n).join(' ')) : undefined;
      if (hit) {
        out.push(hit);
        taken = n;
        break;
      }
    }
    if (taken) {
      for (const w of words.slice(i, i + taken)) found?.add(w);
      i += taken - 1;
      continue;
    }
    const hit = single(words[i] as string);
    if (hit) {
      out.push(hit);
      found?.add(words[i] as string);
    }
  }
  return out;
}

/** An English word as typed, then without a common ending (plural, past, -ing), then as a plural. */
function englishForms(w: string): string[] {
  const forms = [
    w,
    w.replace(/s$/, ''),
    w.replace(/es$/, ''),
    w.replace(/ies$/, 'y'),
    w.replace(/d$/, ''),
    w.replace(/ed$/, ''),
    w.replace(/(.)\1ed$/, '$1'),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    `${w}s`,
  ];
  return [...new Set(forms.filter((f) => f.length > 2))];
}

const englishWords = (query: string) => [...query.matchAll(LATIN_WORD)].map((m) => m[0].toLowerCase());

/**
 * The Arabic words of the pack's glossary for the English words of the query; two-word entries
 * ("general meeting") win over their words. `found` collects the words the glossary knew.
 */
export function englishRelated(query: string, glossary: Record<string, string>, found?: Set<string>): string[] {
  const entry = (w: string) => {
    for (const form of englishForms(w)) if (Object.hasOwn(glossary, form)) return glossary[form];
    return undefined;
  };
  return lookUpWords(englishWords(query), entry, entry, found);
}

/** Other forms of the query's English words (goals → goal, appointed → appoint), to meet sections' English keywords. */
export function englishVariants(query: string): string[] {
  return englishWords(query).flatMap((w) => englishForms(w).slice(1));
}

/** Maps every normalised word of every synonym group to the whole group. */
export function synonymTable(groups: string[][]): Map<string, string> {
  const table = new Map<string, string>();
  for (const g of groups) {
    const all = g.join(' ');
    for (const w of g) table.set(normalize(w), all);
  }
  return table;
}

/** The synonym group of one word: by its surface form, then by its stem, then without a last pronoun («فرعكم»). */
function groupOf(table: Map<string, string>, word: string): string | undefined {
  for (const form of wordForms(word)) {
    const group = table.get(form);
    if (group !== undefined) return group;
  }
  return undefined;
}

/** Synonym groups of the query's words (by surface form, then stem); a two-word entry («المطلوب مني») wins over its words. */
export function synonymRelated(query: string, table: Map<string, string>): string[] {
  const terms = tokenize(query).map((t) => t.term);
  return lookUpWords(
    terms,
    (key) => table.get(key),
    (word) => groupOf(table, word),
  );
}

/** The standard Arabic for the query's Gulf colloquial words («بزران» → أطفال، «يشيك» → يتحقق). */
export function dialectRelated(query: string): string[] {
  return tokenize(query).flatMap((t) => fromDialect(t.term) ?? []);
}

/**
 * Synonym groups for the query's Arabizi words, read against the synonym table itself: the
 * colloquial words it holds («awraq» → أوراق → مستندات) are often not in any document.
 */
export function arabiziSynonyms(query: string, table: Map<string, string>, prefixes: Set<string>): string[] {
  const lookup = { hasPrefix: (p: string) => prefixes.has(p), isWord: (w: string) => groupOf(table, w) !== undefined };
  const out: string[] = [];
  for (const t of tokenize(query)) {
    // An English function word («how», «can») is not Arabizi, as the engine does not read it either.
    if (!mayBeArabizi(t.term) || isStopWord(t.term)) continue;
    for (const r of fromArabizi(t.term, lookup)) out.push(groupOf(table, r.word) as string);
  }
  return [...new Set(out)];
}

/**
 * A negated verb, as staff ask it («عضو ما دفع»، «مو واضحة»، «لم يكتمل»), is how the documents'
 * «عدم» reads («عدم سداد»، «عدم وضوح»): the word joins the related ones. «ما» opening a question
 * asks "what" («ما شروط العضوية») and «بعد ما» is "after": neither counts; nor a pronoun or a noun
 * with the article after the particle.
 */
const NEGATED_VERB = /(?:(?:^|\s)(?:مو|لم|مب|ماني)|(?<!(?:^|\s)(?:بعد|قبل))\s+ما)\s+(?!هو\b|هي\b|هم\b|ال)[\u0621-\u064a]{3,}/;

export function negationRelated(query: string): string[] {
  return NEGATED_VERB.test(normalize(query)) ? ['عدم'] : [];
}

export interface PackSearch {
  search(query: string, options?: PackSearchOptions): PackHit[];
  /**
   * The Arabic a query was meant to be when it was typed with the keyboard on English («l]m hgv]»
   * → «مدة الرد»): its Arabic words are in the pack and its Latin ones are not. Otherwise null.
   */
  layoutSwitch(query: string, prefix?: boolean): string | null;
  /** Every section, in pack order. */
  sections: { doc: KnowledgeDocument; section: Section }[];
}

export function sectionKey(docId: string, sectionId: string): string {
  return `${docId}#${sectionId}`;
}

/** The documents the engine indexes for a pack (also what its cache key is made of). */
export function packIndexDocs(pack: Pack): IndexDoc[] {
  return pack.documents.flatMap((doc) =>
    doc.sections.map((section) => {
      const id = sectionKey(doc.id, section.id);
      return { id, title: [...section.path, section.title].join(' '), text: section.text, keywords: pack.keywords[id] };
    }),
  );
}

export function createPackSearch(pack: Pack, prebuilt?: SearchEngine): PackSearch {
  const sections = pack.documents.flatMap((doc) => doc.sections.map((section) => ({ doc, section })));
  // The engine indexes the sections in this order (packIndexDocs), so a hit's position finds its
  // section without a 10,000-entry map built on every open; the id check guards an engine built otherwise.
  let byKey: Map<string, (typeof sections)[number]> | null = null;
  const sectionOf = (h: Hit) => {
    const at = sections[h.doc];
    if (at && sectionKey(at.doc.id, at.section.id) === h.id) return at;
    byKey ??= new Map(sections.map((s) => [sectionKey(s.doc.id, s.section.id), s]));
    return byKey.get(h.id);
  };
  const engine = prebuilt ?? new SearchEngine(packIndexDocs(pack));
  const known = (term: string) => engine.indexedStem(term);

  const synonyms = synonymTable(pack.synonyms);
  for (const [k, v] of [...synonyms]) synonyms.set(stem(k), v);
  const synonymPrefixes = prefixesOf(synonyms.keys());
  /** The share of a text's content words the index knows. */
  const knownShare = (text: string, prefix: boolean) => {
    const words = tokenize(text).filter((t) => !isStopWord(t.term));
    return words.filter((t, i) => engine.knows(t.term, prefix && i === words.length - 1)).length / Math.max(1, words.length);
  };
  // The panel asks for its note and then searches: the same query is judged once.
  let lastSwitch: { key: string; result: string | null } | null = null;
  const layoutSwitch = (query: string, prefix = false): string | null => {
    if (!mayBeWrongLayout(query)) return null;
    const key = `${prefix ? 1 : 0}${query}`;
    if (lastSwitch?.key === key) return lastSwitch.result;
    const arabic = fromEnglishLayout(query.trim());
    // Most of its Arabic words known, none of its Latin ones: a word or two may be a typo.
    const result = knownShare(arabic, prefix) >= 0.5 && knownShare(query, prefix) === 0 ? arabic : null;
    lastSwitch = { key, result };
    return result;
  };
  return {
    sections,
    layoutSwitch,
    search(rawQuery, options = {}) {
      // A long message: what it asks is the query, its story the background.
      const focus = options.prefix ? null : messageFocus(rawQuery);
      const typed = focus?.ask ?? layoutSwitch(rawQuery, options.prefix) ?? rawQuery;
      // «المادة الثانية عشرة» is the heading «المادة (12)».
      const normalized = normalize(typed);
      const numbered = numberOrdinals(normalized);
      const query = numbered === normalized.split(/\s+/).filter(Boolean).join(' ') ? typed : numbered;
      // English words the glossary knows are English, not Arabizi («hear» is not «هير»).
      const english = new Set<string>();
      const relatedOf = (text: string) => [
        ...englishRelated(text, pack.glossary, english),
        ...englishVariants(text),
        ...synonymRelated(text, synonyms),
        ...dialectRelated(text),
        ...arabiziSynonyms(text, synonyms, synonymPrefixes),
        ...negationRelated(text),
      ];
      const related = [
        ...relatedOf(query),
        // A pack that heads its articles in words («المادة الأولى») still meets them.
        ...(query === typed ? [] : [typed]),
      ].join(' ');
      // The story's own words (and the Arabic of its English ones), searched as background.
      // (Not its synonyms: «سلمت الأوراق» in a story about a late reply would call the documents section.)
      const background = focus ? [focus.rest, ...englishRelated(focus.rest, pack.glossary, english)].join(' ') : undefined;
      const docs = options.docs?.length ? new Set(options.docs) : null;
      const limit = options.limit ?? 20;
      // The official boost below re-orders: a pool wider than a short list lets it reach the top.
      // A Saudi place, or a word the dialect lexicon or the synonym groups read, is not a typo of a
      // pack word («لجدة» is not «لجنة», «شايب» not «نايب»).
      const asWritten = new Set(
        tokenize(query).flatMap((t) => (isPlace(t.term) || fromDialect(t.term) !== undefined || groupOf(synonyms, t.term) !== undefined ? [t.term] : [])),
      );
      const hits = engine.search(query, {
        related,
        background,
        english,
        asWritten,
        limit: Math.max(limit, POOL),
        // Each document's hits as its own filter would have them: «all» hides none of them.
        group: options.perDocument ? (id) => id.slice(0, id.indexOf('#')) : undefined,
        prefix: options.prefix,
        filter: docs ? (id) => docs.has(id.slice(0, id.indexOf('#'))) : undefined,
      });
      const ranked = hits
        .flatMap((h) => {
          const s = sectionOf(h);
          return s ? [{ ...s, hit: h, score: h.score * (s.doc.status === 'official' ? OFFICIAL_BOOST : 1) }] : [];
        })
        .sort((a, b) => b.score - a.score);
      const share = options.minRelative ?? 0;
      const kept = ranked.filter((r) => r.hit.stems.length > 0);
      let shown: typeof kept;
      if (options.perDocument) {
        // Weak against its own document's best, and within its document's limit, as under that
        // document's filter: a list of several documents hides nothing one document's list shows.
        const best = new Map<string, number>();
        const count = new Map<string, number>();
        shown = kept.filter((r) => {
          if (!best.has(r.doc.id)) best.set(r.doc.id, r.score);
          const n = count.get(r.doc.id) ?? 0;
          if (n >= limit || r.score <= (best.get(r.doc.id) as number) * share) return false;
          count.set(r.doc.id, n + 1);
          return true;
        });
      } else {
        const floor = (ranked[0]?.score ?? 0) * share;
        shown = kept.filter((r) => r.score > floor).slice(0, limit);
      }
      // A hit's snippet is made when first read: the panel's first answer shows a screenful of
      // hits (the rest a moment later), and a large pack's 20 hits per document would otherwise each
      // decode and tokenize its section before the first frame.
      return shown.map(({ doc, section, hit, score }): PackHit => {
        let snippet: Snippet | undefined;
        return {
          doc,
          section,
          score,
          stems: hit.stems,
          get snippet() {
            snippet ??= makeSnippet(section.text, hit.stems, undefined, known);
            return snippet;
          },
        };
      });
    },
  };
}

const restored = new WeakMap<Pack, { snapshot: EngineSnapshot; search: PackSearch }>();

/**
 * The pack's search on its stored index, restored once per page: the side panel's first answer and
 * the app that takes over from it search with the same engine.
 */
export function restoredPackSearch(pack: Pack, snapshot: EngineSnapshot): PackSearch {
  const known = restored.get(pack);
  if (known?.snapshot === snapshot) return known.search;
  const search = createPackSearch(pack, SearchEngine.fromSnapshot(snapshot));
  restored.set(pack, { snapshot, search });
  return search;
}
