import type { IntentId, KnowledgeDocument, Pack, Section } from '../knowledge';
import { createPackSearch, highlightRanges, type PackSearch } from '../search';

export interface Example {
  text: string;
  intent: IntentId;
}

export interface ExampleMatch {
  intent: IntentId;
  /** Similarity per intent: the best example's score over the best score overall (0–1). */
  scores: Partial<Record<IntentId, number>>;
  /** The closest example and the words it shares with the message. */
  closest?: { text: string; intent: IntentId; words: string[] };
}

/**
 * The association's example messages searched like documents, with the same engine, analysis,
 * glossary, synonyms, dialect and Arabizi readings as a search: each intent is a "document"
 * whose sections are its examples, so the closest examples vote for their intent.
 */
export function createExampleIndex(pack: Pack, examples: Example[]): (text: string) => ExampleMatch | null {
  const byIntent = new Map<IntentId, Section[]>();
  examples.forEach((e, i) => {
    const list = byIntent.get(e.intent) ?? [];
    list.push({ id: `e${i}`, title: '', path: [], markdown: e.text, text: e.text, line: i + 1 });
    byIntent.set(e.intent, list);
  });
  const documents: KnowledgeDocument[] = [...byIntent].map(([id, sections]) => ({
    id,
    title: id,
    kind: 'guide',
    version: '1',
    status: 'official',
    file: `intents/${id}.md`,
    sections,
  }));
  const search: PackSearch = createPackSearch({ ...pack, documents, keywords: {} });
  return (text) => {
    const hits = search.search(text, { limit: 12 });
    const best = hits[0];
    if (!best) return null;
    const scores: Partial<Record<IntentId, number>> = {};
    for (const h of hits) {
      const id = h.doc.id as IntentId;
      scores[id] = Math.max(scores[id] ?? 0, h.score / best.score);
    }
    return {
      intent: best.doc.id as IntentId,
      scores,
      closest: { text: best.section.text, intent: best.doc.id as IntentId, words: matchedWords(text, best.section.text, best.stems) },
    };
  };
}

/** The message's words that matched the example (else the example's, for Arabizi and English), as the reason shown. */
function matchedWords(text: string, example: string, stems: string[]): string[] {
  const pick = (t: string) => [...new Set(highlightRanges(t, stems).map((r) => t.slice(r.start, r.end)))].slice(0, 6);
  const own = pick(text);
  return own.length ? own : pick(example);
}
