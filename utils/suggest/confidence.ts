import { INTENT_IDS } from '../knowledge';

/**
 * When a suggestion is sure enough to pre-select: a small logistic regression, fitted at build time
 * on held-out messages of an inner cross-validation, of «was the top intent right» over what the
 * two signals say (the combined lead and top score, the classifier's and the example search's own
 * leads, whether each of them agrees with the top intent and how much it gives it) and which intent
 * leads and which comes second (some intents are rarely mistaken, and some pairs are confused far
 * more than others: new-request and question, documents and new-request).
 */
export interface ConfidenceModel {
  weights: number[];
  /** Pre-selected when the weighted sum reaches this. */
  threshold: number;
}

const argmax = (x: readonly number[]) => x.reduce((best, v, i) => (v > (x[best] as number) ? i : best), 0);

function lead(x: readonly number[]): { top: number; lead: number } {
  const sorted = [...x].sort((a, b) => b - a);
  return { top: sorted[0] ?? 0, lead: (sorted[0] ?? 0) - (sorted[1] ?? 0) };
}

/**
 * The calibrator's inputs for one message: the classifier's probabilities and the example search's
 * scores per intent, and the combined scores, each in INTENT_IDS order.
 */
export function confidenceSignals(classifier: readonly number[], examples: readonly number[], combined: readonly number[]): number[] {
  const top = argmax(combined);
  const runnerUp = argmax(combined.map((x, i) => (i === top ? Number.NEGATIVE_INFINITY : x)));
  const s = lead(combined);
  return [
    s.lead,
    s.top,
    lead(classifier).lead,
    lead(examples).lead,
    argmax(classifier) === top ? 1 : 0,
    argmax(examples) === top ? 1 : 0,
    classifier[top] ?? 0,
    examples[top] ?? 0,
    1,
    ...INTENT_IDS.map((_, i) => (i === top ? 1 : 0)),
    ...INTENT_IDS.map((_, i) => (i === runnerUp ? 1 : 0)),
  ];
}

export const confidenceScore = (model: ConfidenceModel, signals: readonly number[]) => signals.reduce((a, x, i) => a + x * (model.weights[i] ?? 0), 0);

/**
 * Fits the calibrator (full-batch gradient descent, L2, deterministic) and chooses the lowest
 * score at which the held-out messages were right at least `precision` of the time.
 */
export function fitConfidence(points: { signals: number[]; ok: boolean }[], precision: number, l2 = 1, iterations = 2000): ConfidenceModel {
  const d = points[0]?.signals.length ?? 0;
  const w = new Array<number>(d).fill(0);
  const n = Math.max(1, points.length);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    for (const p of points) {
      const z = p.signals.reduce((a, x, i) => a + x * (w[i] as number), 0);
      const e = 1 / (1 + Math.exp(-z)) - (p.ok ? 1 : 0);
      p.signals.forEach((x, i) => {
        g[i] = (g[i] as number) + e * x;
      });
    }
    for (let i = 0; i < d; i++) w[i] = (w[i] as number) - 0.5 * (((g[i] as number) + l2 * (w[i] as number)) / n);
  }
  const weights = w.map((x) => Math.round(x * 1000) / 1000);
  const scored = points.map((p) => ({ score: confidenceScore({ weights, threshold: 0 }, p.signals), ok: p.ok })).sort((a, b) => b.score - a.score);
  let right = 0;
  let threshold = Number.POSITIVE_INFINITY;
  scored.forEach((p, i) => {
    if (p.ok) right++;
    // Only where the next message scores less: a tie is taken whole or not at all.
    if (right / (i + 1) >= precision && (scored[i + 1]?.score ?? Number.NEGATIVE_INFINITY) < p.score) threshold = p.score;
  });
  return { weights, threshold: Number.isFinite(threshold) ? Math.round(threshold * 1e4) / 1e4 - 1e-4 : 1e9 };
}
