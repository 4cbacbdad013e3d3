import { INTENT_IDS, type IntentId, type KnowledgeDocument, type Pack, type PackIntent, type Section } from '../knowledge';
import { analyze, createPackSearch, makeSnippet, type PackSearch } from '../search';
import { renderTemplate, type Template } from '../templates';
import { cleanMessage } from './clean';
import { type ConfidenceModel, confidenceScore, confidenceSignals } from './confidence';
import { createExampleIndex, type Example } from './examples';
import { type FeatureContext, features, synonymGroups, vocabularyLookup } from './features';
import { type LinearModel, predict } from './model';
import { extractValues, type StatedValues } from './values';

/** The classifier shipped with the extension: weights trained at build time, and the messages it learned from. */
export interface SuggestModel extends LinearModel {
  /** Weight of the example search against the classifier (0–1). */
  exampleWeight: number;
  /** The lead over the second intent above which one template is pre-selected (when there is no `confidence`). */
  confidentMargin: number;
  /** The calibrated pre-selection (see confidence.ts), fitted by an inner cross-validation. */
  confidence?: ConfidenceModel;
  examples: Example[];
  /**
   * Per intent, how often each section answered its labelled messages (with the intent file's
   * `sections:` counted too), as shares: the citation's prior.
   */
  sectionPrior?: Partial<Record<IntentId, Record<string, number>>>;
}

export interface Citation {
  doc: string;
  section: string;
  title: string;
  docTitle: string;
  score: number;
  /** Where in the section's text the passage the message matched starts (none when only the intent's prior proposed it). */
  at?: number;
}

export interface Suggestion {
  intent: IntentId;
  /** Every intent with its score (0–1), best first. */
  intents: { id: IntentId; score: number }[];
  confident: boolean;
  /** What the pre-selection was judged on (confidence.ts), for calibration. */
  signals: number[];
  /** The top templates of the channel for this message, best first. */
  templates: { template: Template; score: number }[];
  /** The answering sections, best first (the first is proposed). */
  citations: Citation[];
  values: StatedValues;
  reason: { words: string[]; example?: string; exampleIntent?: IntentId };
}

// Intents whose messages ask nothing a document answers.
const NO_CITATION = new Set<IntentId>(['greeting', 'thanks']);
// How much a template's later purposes count against the intent's first.
const PURPOSE_RANK = [1, 0.6, 0.4, 0.3];

/** The intents of a pack, with the built-in purposes when a pack has no intents folder. */
function intentsOf(pack: Pack): Map<IntentId, PackIntent> {
  return new Map((pack.intents ?? []).map((i) => [i.id, i]));
}

/** The features the classifier sees: the cleaned message and what courtesy it carried. */
export function messageFeatures(message: string, ctx?: FeatureContext): string[] {
  const c = cleanMessage(message);
  const f = features(c.text, ctx);
  // How much is left once courtesy is gone: «Thank you so much for your help!» leaves three words.
  const n = c.text.split(/\s+/).filter(Boolean).length;
  const size = n === 0 ? 'empty' : n <= 3 ? 'short' : n <= 8 ? 'mid' : 'long';
  f.push(`x:${size}`);
  if (c.greeted) f.push('x:greeted', `x:greeted-${size}`);
  if (c.thanked) f.push('x:thanked', `x:thanked-${size}`);
  return f;
}

/** What the features read words with: the pack's and the labelled messages' words (Arabizi), its glossary and synonyms. */
export function featureContext(pack: Pack, examples: readonly Example[] = []): FeatureContext {
  return {
    arabizi: vocabularyLookup([
      ...pack.documents.flatMap((d) => d.sections.map((s) => s.text)),
      ...(pack.intents ?? []).flatMap((i) => i.examples),
      ...examples.map((e) => e.text),
    ]),
    glossary: pack.glossary,
    synonyms: synonymGroups(pack.synonyms ?? []),
  };
}

/**
 * Suggests the reply to a beneficiary's message: its intent (a linear classifier over the
 * message's words and letters, combined with the closest of the association's examples), the
 * channel's templates for it, the section that answers it, and the values it states. Offline;
 * the message is not kept.
 */
export function createSuggester(pack: Pack, model: SuggestModel, search: PackSearch = createPackSearch(pack)) {
  const intents = intentsOf(pack);
  const packExamples = [...intents.values()].flatMap((i) => i.examples.map((text) => ({ text, intent: i.id })));
  const closest = createExampleIndex(pack, [...packExamples, ...model.examples]);
  const ctx = featureContext(pack, model.examples);
  const w = model.exampleWeight;
  const priorOf = (id: IntentId) => model.sectionPrior?.[id] ?? listedPrior(intents.get(id));

  return (message: string, channel?: string, options: { citations?: number } = {}): Suggestion => {
    const cleaned = cleanMessage(message);
    const p = predict(model, messageFeatures(message, ctx));
    const match = cleaned.text ? closest(cleaned.text) : null;
    const scored = INTENT_IDS.map((id) => {
      const i = model.labels.indexOf(id);
      return { id, score: (1 - w) * (i < 0 ? 0 : (p[i] as number)) + w * (match?.scores[id] ?? 0) };
    });
    // Nothing but courtesy: a greeting, or thanks.
    if (!cleaned.text) for (const s of scored) s.score = s.id === (cleaned.thanked ? 'thanks' : 'greeting') ? 1 : 0;
    const total = scored.reduce((a, s) => a + s.score, 0) || 1;
    const ranked = scored.map((s) => ({ id: s.id, score: s.score / total })).sort((a, b) => b.score - a.score);
    const top = ranked[0] as { id: IntentId; score: number };
    const signals = confidenceSignals(
      INTENT_IDS.map((id) => {
        const i = model.labels.indexOf(id);
        return i < 0 ? 0 : (p[i] as number);
      }),
      INTENT_IDS.map((id) => match?.scores[id] ?? 0),
      INTENT_IDS.map((id) => ranked.find((r) => r.id === id)?.score ?? 0),
    );
    const confident = model.confidence
      ? confidenceScore(model.confidence, signals) >= model.confidence.threshold
      : top.score - (ranked[1]?.score ?? 0) >= model.confidentMargin;

    const templates = pack.templates
      .filter((t) => !channel || t.channels.includes(channel))
      .map((template) => {
        let score = 0;
        for (const r of ranked) {
          const at = intents.get(r.id)?.purposes.indexOf(template.purpose) ?? -1;
          if (at >= 0) score = Math.max(score, r.score * (PURPOSE_RANK[at] ?? 0.2));
        }
        return { template, score };
      })
      .filter((t) => t.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);

    const citations = NO_CITATION.has(top.id) ? [] : cite(search, cleaned.text || message, ranked, priorOf, options.citations ?? 3, templates[0]?.template);
    const values = extractValues(message, cleaned.signature);
    return {
      intent: top.id,
      intents: ranked,
      confident,
      signals,
      templates,
      citations,
      values,
      reason: { words: match?.closest?.words ?? [], example: match?.closest?.text, exampleIntent: match?.closest?.intent },
    };
  };
}

/** An intent file's `sections:` as a prior, best first: 0.5, 0.3, 0.2… */
function listedPrior(intent: PackIntent | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  (intent?.sections ?? []).forEach((key, i) => {
    out[key] = [0.5, 0.3, 0.2][i] ?? 0.1;
  });
  return out;
}

/** How much the intents' prior counts against the search's own order (best hit = 1); 1.2, 2, 3 and 4.5 measured 84.8%, 89.7%, 90.5%, 91.6% by cross-validation. */
const PRIOR_WEIGHT = 3;

/**
 * The pack search on the cleaned message, re-ranked by what answers messages of this kind: each
 * section's search score (relative to the best hit) plus the intents' prior for it, weighted by
 * how likely each intent is.
 */
function cite(
  search: PackSearch,
  text: string,
  ranked: { id: IntentId; score: number }[],
  priorOf: (id: IntentId) => Record<string, number>,
  limit: number,
  reply?: Template,
): Citation[] {
  const hits = search.search(text, { limit: 10 });
  const best = hits[0]?.score ?? 1;
  // Each candidate with its section's text and, when the search found it, where its snippet starts.
  const candidate = (doc: KnowledgeDocument, section: Section, score: number, matched?: number) => ({
    citation: { doc: doc.id, section: section.id, title: section.title, docTitle: doc.title, score },
    text: section.text,
    matched,
  });
  const byKey = new Map<string, ReturnType<typeof candidate>>();
  for (const h of hits) byKey.set(`${h.doc.id}#${h.section.id}`, candidate(h.doc, h.section, h.score / best, h.snippet.start));
  const lift = new Map<string, number>();
  for (const r of ranked) {
    if (r.score < 0.05 || NO_CITATION.has(r.id)) continue;
    for (const [key, share] of Object.entries(priorOf(r.id))) lift.set(key, (lift.get(key) ?? 0) + PRIOR_WEIGHT * r.score * share);
  }
  for (const [key, add] of lift) {
    const found = byKey.get(key);
    if (found) found.citation.score += add;
    else {
      const entry = search.sections.find((s) => `${s.doc.id}#${s.section.id}` === key);
      if (entry) byKey.set(key, candidate(entry.doc, entry.section, add));
    }
  }
  // The passage quoted is the snippet's; with a reply, the sentence holding most of the message's and
  // the reply's words: the citation then says what the reply says (a complaint's reply speaks of goal
  // 6's «تقييم جودة الخدمة حق … لا للعقاب والتشهير», which the message «غير راضٍ عن الخدمة» does not name).
  const words = reply ? new Set([...hits.flatMap((h) => h.stems), ...replyStems(reply)]) : null;
  return [...byKey.values()]
    .sort((a, b) => b.citation.score - a.citation.score)
    .slice(0, limit)
    .map(({ citation, text, matched }) => {
      const at = words ? makeSnippet(text, words).start : matched;
      return at ? { ...citation, at } : citation;
    });
}

const replyStemsOf = new WeakMap<Template, string[]>();

/** The stems of a reply's own words (its masculine form; placeholders left out), never a function word; once per template. */
function replyStems(template: Template): string[] {
  let stems = replyStemsOf.get(template);
  if (!stems) {
    // Placeholders render as an empty «» marker: punctuation, no word.
    const { text } = renderTemplate(template.body, {}, 'm', () => '');
    stems = analyze(text)
      .filter((t) => !t.stop)
      .map((t) => t.stem);
    replyStemsOf.set(template, stems);
  }
  return stems;
}
