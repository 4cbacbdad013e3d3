import { normalize } from '../arabic';
import { INTENT_IDS, type IntentId, type Pack } from '../knowledge';
import { type ConfidenceModel, fitConfidence } from './confidence';
import type { Example } from './examples';
import { train } from './model';
import { createSuggester, featureContext, messageFeatures, type SuggestModel } from './suggest';

/** A labelled message: its intent and, when one answers it, the section ("doc#section"). */
export type Labelled = Example & { section?: string };

export const MODEL_DEFAULTS = { exampleWeight: 0.3, confidentMargin: 0.3 };
/**
 * The precision asked of pre-selection on held-out messages of the inner folds (the goal is 95%;
 * the outer folds came out 1–2 points below the inner estimate, hence 97%).
 */
const PRESELECT_PRECISION = 0.97;

/** The pack with only the given intents' examples kept (a fold's training share). */
export function withExamples(pack: Pack, keep: (text: string) => boolean): Pack {
  return { ...pack, intents: (pack.intents ?? []).map((i) => ({ ...i, examples: i.examples.filter(keep) })) };
}

/**
 * Trains the shipped model on labelled messages plus the pack's own examples. Without a given
 * margin, the pre-selection margin is chosen by an inner cross-validation over these messages.
 */
export function trainModel(pack: Pack, messages: Labelled[], settings: Partial<typeof MODEL_DEFAULTS> = {}): SuggestModel {
  const ctx = featureContext(pack, messages);
  const packExamples = (pack.intents ?? []).flatMap((i) => i.examples.map((text) => ({ text, intent: i.id as IntentId })));
  const samples = [...messages, ...packExamples].map((m) => ({ feats: messageFeatures(m.text, ctx), label: m.intent }));
  const linear = train(samples, INTENT_IDS, { epochs: 300, rate: 5 });
  // A given margin skips the inner folds and the calibrator.
  const calibrated = settings.confidentMargin === undefined ? calibrate(pack, messages, settings) : undefined;
  return {
    ...linear,
    ...MODEL_DEFAULTS,
    ...settings,
    confidentMargin: settings.confidentMargin ?? calibrated?.confidentMargin ?? MODEL_DEFAULTS.confidentMargin,
    ...(calibrated ? { confidence: calibrated.confidence } : {}),
    examples: messages.map((m) => ({ text: m.text, intent: m.intent })),
    sectionPrior: sectionPrior(pack, messages),
  };
}

/** Per intent, the shares of the sections that answer its labelled messages; the intent file's `sections:` count as two messages each. */
export function sectionPrior(pack: Pack, messages: Labelled[]): SuggestModel['sectionPrior'] {
  const counts = new Map<IntentId, Map<string, number>>();
  const add = (id: IntentId, key: string, n: number) => {
    const c = counts.get(id) ?? new Map<string, number>();
    c.set(key, (c.get(key) ?? 0) + n);
    counts.set(id, c);
  };
  for (const i of pack.intents ?? []) i.sections.forEach((key, at) => void add(i.id, key, Math.max(0.5, 2 - at * 0.5)));
  for (const m of messages) if (m.section) add(m.intent, m.section, 1);
  const out: NonNullable<SuggestModel['sectionPrior']> = {};
  for (const [id, c] of counts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    out[id] = Object.fromEntries([...c].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, Math.round((n / total) * 1000) / 1000]));
  }
  return out;
}

/**
 * Pre-selection chosen on the held-out messages of an inner cross-validation (families kept
 * together): the calibrated confidence (confidence.ts) and, as a fallback, the smallest lead over
 * the second intent at which they were right at least PRESELECT_PRECISION of the time.
 */
export function calibrate(
  pack: Pack,
  messages: Labelled[],
  settings: Partial<typeof MODEL_DEFAULTS> = {},
  folds = 4,
): { confidentMargin: number; confidence: ConfidenceModel } {
  const points: { lead: number; ok: boolean; signals: number[] }[] = [];
  const fold = familyFolds(messages, packTexts(pack), folds);
  for (let k = 0; k < folds; k++) {
    const inner = withExamples(pack, (t) => fold.examples.get(t) !== k);
    const model = trainModel(
      inner,
      messages.filter((_, i) => fold.messages[i] !== k),
      { ...settings, confidentMargin: 1 },
    );
    const suggest = createSuggester(inner, model);
    messages.forEach((m, i) => {
      if (fold.messages[i] !== k) return;
      const s = suggest(m.text);
      points.push({ lead: (s.intents[0]?.score ?? 0) - (s.intents[1]?.score ?? 0), ok: s.intent === m.intent, signals: s.signals });
    });
  }
  points.sort((a, b) => b.lead - a.lead);
  let right = 0;
  let margin = 1;
  points.forEach((p, i) => {
    if (p.ok) right++;
    // Only where the next message leads by less: a tie is taken whole or not at all.
    if (right / (i + 1) >= PRESELECT_PRECISION && (points[i + 1]?.lead ?? -1) < p.lead) margin = p.lead;
  });
  return { confidentMargin: Math.round(margin * 1000) / 1000, confidence: fitConfidence(points, PRESELECT_PRECISION) };
}

const packTexts = (pack: Pack) => (pack.intents ?? []).flatMap((i) => i.examples);

function trigrams(text: string): Set<string> {
  const t = ` ${normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
}

/** Messages this alike (letter trigrams, Jaccard) are one family: variants of the same message. */
const FAMILY_LIKENESS = 0.5;

/**
 * Folds that keep a message family together: labelled messages that are variants of each other
 * go to the same fold, and so does a pack example that is a variant of one of them (it is left
 * out of training when that message is tested). Other messages take turns, every `folds`-th.
 */
export function familyFolds(
  messages: readonly { text: string }[],
  examples: readonly string[],
  folds: number,
): { messages: number[]; examples: Map<string, number> } {
  const texts = [...messages.map((m) => m.text), ...examples];
  const grams = texts.map(trigrams);
  const parent = texts.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = grams[i] as Set<string>;
      const b = grams[j] as Set<string>;
      let common = 0;
      for (const g of a) if (b.has(g)) common++;
      if (common / (a.size + b.size - common || 1) >= FAMILY_LIKENESS) parent[root(j)] = root(i);
    }
  const foldOfRoot = new Map<number, number>();
  let next = 0;
  const foldOf = (i: number) => {
    const r = root(i);
    let f = foldOfRoot.get(r);
    if (f === undefined) {
      f = next++ % folds;
      foldOfRoot.set(r, f);
    }
    return f;
  };
  const byMessage = messages.map((_, i) => foldOf(i));
  const byExample = new Map<string, number>();
  // A pack example in no labelled message's family is always trained on (fold -1).
  examples.forEach((e, j) => {
    const r = root(messages.length + j);
    byExample.set(e, r < messages.length || foldOfRoot.has(r) ? foldOf(messages.length + j) : -1);
  });
  return { messages: byMessage, examples: byExample };
}
