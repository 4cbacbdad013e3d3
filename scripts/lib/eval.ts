import { type IndexDoc, SearchEngine } from '../../utils/search';

export interface EvalQuery {
  q: string;
  relevant: string[];
}

export interface EvalResult {
  mrr10: number;
  recall5: number;
  p50_ms: number;
  p95_ms: number;
  /**
   * p95 of the process's CPU time per query: what the engine costs, without the time the process
   * waited for a core (on a loaded machine the wall-clock p95 is mostly that wait).
   */
  cpu_p95_ms: number;
  queries: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export interface Ranker {
  search(q: string): string[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** MRR@10, recall@5 and per-query latency of any ranker (index build excluded). */
export function evaluate(ranker: Ranker, queries: EvalQuery[], now: () => number = () => performance.now()): EvalResult {
  let rr = 0;
  let r5 = 0;
  const times: number[] = [];
  const cpu: number[] = [];
  for (const { q, relevant } of queries) {
    const t0 = now();
    const c0 = cpuMs();
    const ids = ranker.search(q);
    cpu.push(cpuMs() - c0);
    times.push(now() - t0);
    const rel = new Set(relevant);
    const rank = ids.slice(0, 10).findIndex((id) => rel.has(id));
    if (rank >= 0) rr += 1 / (rank + 1);
    const found = ids.slice(0, 5).filter((id) => rel.has(id)).length;
    r5 += rel.size ? found / rel.size : 0;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const n = Math.max(1, queries.length);
  const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    mrr10: round(rr / n),
    recall5: round(r5 / n),
    p50_ms: round(percentile(times, 50), 3),
    p95_ms: round(percentile(times, 95), 3),
    cpu_p95_ms: round(percentile(cpu, 95), 3),
    queries: queries.length,
  };
}

export function engineRanker(corpus: IndexDoc[]): Ranker {
  const engine = new SearchEngine(corpus);
  return { search: (q) => engine.search(q, { limit: 10 }).map((h) => h.id) };
}
