import { contentKey, type IndexDoc } from '../../utils/search';
import { type EvalQuery, evaluate, percentile, type Ranker } from './eval';

/**
 * Questions in `k` folds by ARTICLE (a passage's title): the passages of one article, and every
 * question on them, are in one fold, so a fold's questions are about articles no other fold has.
 * Articles are dealt to folds in the order of a hash of their title (the same folds every run).
 */
export function articleFolds(corpus: IndexDoc[], queries: EvalQuery[], k: number): EvalQuery[][] {
  const titleOf = new Map(corpus.map((d) => [d.id, d.title]));
  const titles = [...new Set(corpus.map((d) => d.title))].sort((a, b) => contentKey([a]).localeCompare(contentKey([b])) || a.localeCompare(b));
  const fold = new Map(titles.map((t, i) => [t, i % k]));
  const folds: EvalQuery[][] = Array.from({ length: k }, () => []);
  for (const q of queries) folds[fold.get(titleOf.get(q.relevant[0] as string) as string) as number]?.push(q);
  return folds;
}

export interface FoldReport {
  /** MRR@10 per fold. */
  folds: number[];
  mean: number;
  /** The 5th percentile across folds. */
  p5: number;
  /** The slowest fold's p95 latency. */
  p95_ms: number;
  /** p95 latency per fold (ms). */
  foldP95_ms: number[];
  /** p95 CPU time per query, per fold (ms; see `EvalResult.cpu_p95_ms`). */
  foldCpuP95_ms: number[];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** MRR@10 of a ranker on each fold: mean, 5th percentile, and the slowest queries' latency. */
export function foldReport(ranker: Ranker, folds: EvalQuery[][]): FoldReport {
  const results = folds.map((f) => evaluate(ranker, f));
  const mrr = results.map((r) => r.mrr10);
  return {
    folds: mrr,
    mean: round(mrr.reduce((a, b) => a + b, 0) / Math.max(1, mrr.length)),
    p5: percentile(
      [...mrr].sort((a, b) => a - b),
      5,
    ),
    p95_ms: Math.max(...results.map((r) => r.p95_ms)),
    foldP95_ms: results.map((r) => r.p95_ms),
    foldCpuP95_ms: results.map((r) => r.cpu_p95_ms),
  };
}

/** Folds where `a` is ahead of `b`, and behind (ties count as neither). */
export function winsLosses(a: FoldReport, b: FoldReport): { wins: number; losses: number } {
  let wins = 0;
  let losses = 0;
  a.folds.forEach((x, i) => {
    const y = b.folds[i] as number;
    if (x > y + 1e-9) wins++;
    else if (x < y - 1e-9) losses++;
  });
  return { wins, losses };
}
