/** A linear classifier over sparse binary features (multinomial logistic regression). */
export interface LinearModel {
  labels: string[];
  bias: number[];
  /** Feature → one weight per label. */
  weights: Record<string, number[]>;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Features seen fewer times than this are dropped (they only memorise). */
  minCount?: number;
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

const unique = (f: string[]) => [...new Set(f)];

// A message's features are scaled by 1/n^0.3: long messages do not drown their words, short ones
// are not blown up (0.5 and 0 measured worse by cross-validation).
const SCALE_POWER = 0.3;

/** Probabilities per label for one message's features. */
export function predict(model: LinearModel, feats: string[]): number[] {
  const z = [...model.bias];
  const fs = unique(feats).filter((f) => model.weights[f]);
  const scale = 1 / Math.max(1, fs.length) ** SCALE_POWER;
  for (const f of fs) {
    const w = model.weights[f] as number[];
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (w[k] as number) * scale;
  }
  return softmax(z);
}

/** Trains by full-batch gradient descent; deterministic (no shuffling, no random start). */
export function train(samples: { feats: string[]; label: string }[], labels: readonly string[], options: TrainOptions = {}): LinearModel {
  const { epochs = 150, rate = 2, l2 = 1e-4, minCount = 2 } = options;
  const counts = new Map<string, number>();
  for (const s of samples) for (const f of unique(s.feats)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts].filter(([, c]) => c >= minCount).map(([f]) => f);
  const index = new Map(kept.map((f, i) => [f, i]));
  const K = labels.length;
  const W = new Float64Array(kept.length * K);
  const b = new Float64Array(K);
  const rows = samples.map((s) => {
    const idx = unique(s.feats).flatMap((f) => (index.has(f) ? [index.get(f) as number] : []));
    return { idx, scale: 1 / Math.max(1, idx.length) ** SCALE_POWER, y: labels.indexOf(s.label) };
  });
  const n = rows.length;
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gW = new Float64Array(W.length);
    const gb = new Float64Array(K);
    for (const r of rows) {
      z.set(b);
      for (const i of r.idx) for (let k = 0; k < K; k++) z[k] = (z[k] as number) + (W[i * K + k] as number) * r.scale;
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k] as number);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp((z[k] as number) - max);
        sum += z[k] as number;
      }
      for (let k = 0; k < K; k++) {
        const g = (z[k] as number) / sum - (k === r.y ? 1 : 0);
        gb[k] = (gb[k] as number) + g;
        z[k] = g * r.scale;
      }
      for (const i of r.idx) for (let k = 0; k < K; k++) gW[i * K + k] = (gW[i * K + k] as number) + (z[k] as number);
    }
    for (let j = 0; j < W.length; j++) W[j] = (W[j] as number) - rate * ((gW[j] as number) / n + l2 * (W[j] as number));
    for (let k = 0; k < K; k++) b[k] = (b[k] as number) - (rate * (gb[k] as number)) / n;
  }
  // Shipped as data: two decimals, and features whose every weight rounds to nothing are left out.
  const weights: Record<string, number[]> = {};
  kept.forEach((f, i) => {
    const w = Array.from(W.subarray(i * K, i * K + K), (x) => Math.round(x * 100) / 100);
    if (w.some((x) => Math.abs(x) >= 0.05)) weights[f] = w;
  });
  return { labels: [...labels], bias: Array.from(b, (x) => Math.round(x * 100) / 100), weights };
}
