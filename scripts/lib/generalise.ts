import { cpus, loadavg } from 'node:os';
import { type EngineParams, type IndexDoc, SearchEngine } from '../../utils/search';
import { plainBm25 } from './bm25';
import type { EvalQuery, Ranker } from './eval';
import { evaluate } from './eval';
import { articleFolds, type FoldReport, foldReport, winsLosses } from './folds';
import { firstHit, quoteSet, relevantIn } from './quotes';
import { prng, sectionCorpus, vowelize } from './synthetic';

/** The bench's plain BM25: the engine with every addition turned off (light stemming kept). */
export const PLAIN_PARAMS: Partial<EngineParams> = {
  k1: 1.2,
  b: 0.75,
  titleWeight: 1,
  correctionWeight: 0,
  slipWeight: 0,
  surfaceWeight: 0,
  bigramWeight: 0,
  heavyWeight: 0,
  personWeight: 0,
  arabiziWeight: 0,
  nounWeight: 0,
  agentWeight: 0,
  titleBoost: 0,
  titleCoverage: 0,
  frameWeight: 1,
  coord: 0,
  adjacentWeight: 0,
  quoteAdjacentWeight: 0,
};

/** Each switchable rule of the engine, turned off: what the protocol re-checks across folds. */
export const ABLATIONS: [string, Partial<EngineParams>][] = [
  ['typo corrections', { correctionWeight: 0 }],
  ['typos making a known word', { slipWeight: 0 }],
  ['word as written', { surfaceWeight: 0 }],
  ['proximity pairs', { bigramWeight: 0 }],
  ['heavy stem', { heavyWeight: 0 }],
  ['other persons', { personWeight: 0 }],
  ['verbal nouns', { nounWeight: 0 }],
  ['participles', { agentWeight: 0 }],
  ['title boost', { titleBoost: 0 }],
  ['title coverage', { titleCoverage: 0 }],
  ['question frames', { frameWeight: 1 }],
  ['coordination', { coord: 0 }],
  ['title weight 5 (→ 1)', { titleWeight: 1 }],
  ['k1 1.6 b 0.9 (→ 1.2, 0.75)', { k1: 1.2, b: 0.75 }],
  ['adjacent words (questions)', { adjacentWeight: 0 }],
  ['adjacent words (all)', { adjacentWeight: 0, quoteAdjacentWeight: 0 }],
];

export const engineOf = (corpus: IndexDoc[], params: Partial<EngineParams> = {}): Ranker => {
  const e = new SearchEngine(corpus, params);
  return { search: (q) => e.search(q, { limit: 10 }).map((h) => h.id) };
};

export interface CvRow {
  name: string;
  clean: FoldReport;
  typos: FoldReport;
  /** Against the full engine (for ablations) or the baseline (for the engine). */
  vs: { clean: { wins: number; losses: number }; typos: { wins: number; losses: number } };
}

export interface Generalisation {
  k: number;
  engine: CvRow;
  baseline: CvRow;
  ablations: CvRow[];
  quotes: Record<string, unknown>;
}

const fmt = (r: FoldReport) => `mean ${r.mean.toFixed(4)} p5 ${r.p5.toFixed(4)}`;

/**
 * The protocol (docs/search.md): k-fold cross-validation over arcd-train split by article, the
 * engine against a baseline measured in the same run, optionally every rule ablated; and quote
 * lookup on arcd-train and on 6,000 vowelled passages, against plain BM25 without stemming.
 */
export function generalisation(
  data: { corpus: IndexDoc[]; clean: EvalQuery[]; typos: EvalQuery[] },
  { k = 10, ablate = false, quotes = true, print = true }: { k?: number; ablate?: boolean; quotes?: boolean; print?: boolean } = {},
): Generalisation {
  const { corpus } = data;
  const clean = articleFolds(corpus, data.clean, k);
  const typos = articleFolds(corpus, data.typos, k);
  const measure = (name: string, params: Partial<EngineParams>) => {
    const r = engineOf(corpus, params);
    // Warmed up first (compiled code, the vocabulary's typo index), so the first fold's latency is not the start-up's.
    for (const q of [...data.clean, ...data.typos]) r.search(q.q);
    return { name, clean: foldReport(r, clean), typos: foldReport(r, typos) };
  };
  const vs = (a: Omit<CvRow, 'vs'>, b: Omit<CvRow, 'vs'>) => ({ clean: winsLosses(a.clean, b.clean), typos: winsLosses(a.typos, b.typos) });
  const full = measure('murshid', {});
  const plain = measure('bm25-plain', PLAIN_PARAMS);
  const engine = { ...full, vs: vs(full, plain) };
  const baseline = { ...plain, vs: vs(plain, full) };
  const log = (s: string) => print && console.log(s);
  log(
    `cv (${k} folds by article) murshid clean ${fmt(full.clean)} | typos ${fmt(full.typos)} | p95 ${Math.max(full.clean.p95_ms, full.typos.p95_ms)} ms | folds won/lost vs bm25-plain: clean ${engine.vs.clean.wins}/${engine.vs.clean.losses}, typos ${engine.vs.typos.wins}/${engine.vs.typos.losses}`,
  );
  log(`cv (${k} folds by article) bm25-plain clean ${fmt(plain.clean)} | typos ${fmt(plain.typos)}`);
  log(`cv per fold (clean)  murshid ${full.clean.folds.map((x) => x.toFixed(3)).join(' ')}`);
  log(`cv per fold (clean)  plain   ${plain.clean.folds.map((x) => x.toFixed(3)).join(' ')}`);
  log(`cv per fold (typos)  murshid ${full.typos.folds.map((x) => x.toFixed(3)).join(' ')}`);
  log(`cv per fold p95 ms (wall clock) murshid clean ${full.clean.foldP95_ms.join(' ')} | typos ${full.typos.foldP95_ms.join(' ')}`);
  log(`cv per fold p95 ms (CPU time)   murshid clean ${full.clean.foldCpuP95_ms.join(' ')} | typos ${full.typos.foldCpuP95_ms.join(' ')}`);
  log(`cv per fold p95 ms (wall clock) plain   clean ${plain.clean.foldP95_ms.join(' ')} | typos ${plain.typos.foldP95_ms.join(' ')}`);
  log(`cv per fold p95 ms (CPU time)   plain   clean ${plain.clean.foldCpuP95_ms.join(' ')} | typos ${plain.typos.foldCpuP95_ms.join(' ')}`);
  log(
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} on ${cpus().length} cores (wall-clock latencies include waiting for a core; CPU time does not)`,
  );
  const ablations: CvRow[] = [];
  if (ablate) {
    for (const [name, params] of ABLATIONS) {
      const m = measure(`without ${name}`, params);
      const row = { ...m, vs: vs(m, full) };
      ablations.push(row);
      log(
        `ablation  without ${name.padEnd(28)} clean ${fmt(m.clean)} (${(m.clean.mean - full.clean.mean).toFixed(4)}; folds won/lost ${row.vs.clean.wins}/${row.vs.clean.losses}) | typos ${fmt(m.typos)} (${(m.typos.mean - full.typos.mean).toFixed(4)}; ${row.vs.typos.wins}/${row.vs.typos.losses})`,
      );
    }
  }
  const q: Record<string, unknown> = {};
  if (quotes) {
    const set = quoteSet(corpus);
    const rnd = prng(11);
    const mark = (d: IndexDoc) => ({ ...d, title: vowelize(d.title, rnd), text: vowelize(d.text, rnd) });
    const vowelledArcd = corpus.map(mark);
    const big = [...vowelledArcd, ...sectionCorpus(corpus, 6000 - corpus.length, 13).map(mark)];
    const bigSet = relevantIn(big, set);
    for (const [name, docs, queries] of [
      ['quotes (arcd-train)', corpus, set],
      ['quotes (arcd-train vowelled)', vowelledArcd, set],
      [`quotes (${big.length} vowelled passages)`, big, bigSet],
    ] as const) {
      const ours = engineOf(docs);
      const bm25 = plainBm25(docs);
      const a = evaluate(ours, queries);
      const b = evaluate(bm25, queries);
      const row = {
        queries: queries.length,
        murshid: { mrr10: a.mrr10, first: firstHit(ours, queries), p95_ms: a.p95_ms },
        bm25_nostem: { mrr10: b.mrr10, first: firstHit(bm25, queries) },
      };
      q[name] = row;
      log(
        `${name.padEnd(34)} ${queries.length} quotes: murshid MRR@10 ${a.mrr10.toFixed(4)} first ${(100 * row.murshid.first).toFixed(1)}% p95 ${a.p95_ms} ms | BM25 no stemming MRR@10 ${b.mrr10.toFixed(4)} first ${(100 * row.bm25_nostem.first).toFixed(1)}%`,
      );
    }
  }
  return { k, engine, baseline, ablations, quotes: q };
}
