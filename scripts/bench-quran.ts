/**
 * Quote lookup on text the engine was never tuned on: the 6,236 fully vowelled verses of the Quran
 * (Uthmani script, from the npm package `quran-json`, CC BY 4.0), each a passage. Queries are runs
 * of consecutive words copied from a verse with the marks dropped, as a reader pastes them. Two
 * readings of "found": the verse it was copied from at the top (`source`), or any verse holding
 * those words in that order (`exact`, the "exact quotes rank first"). Plain BM25 with no
 * stemming is measured in the same run. A held-out check only: nothing is tuned on it.
 *
 * The package (23 MB) is fetched once with `npm pack` into `.cache/` (not a dependency: CI never
 * downloads it).
 *
 * npm run bench:quran -- [--words 3] [--share 0.3] [--seed 5] [--json]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { normalize } from '../utils/arabic';
import type { IndexDoc } from '../utils/search';
import { plainBm25 } from './lib/bm25';
import { type EvalQuery, engineRanker, evaluate } from './lib/eval';
import { firstHit, unmarked } from './lib/quotes';
import { prng } from './lib/synthetic';

const PACKAGE = 'quran-json@3.1.2';
const CACHE = '.cache/quran-json';

const { values } = parseArgs({
  options: {
    words: { type: 'string', default: '3' },
    share: { type: 'string', default: '0.3' },
    seed: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});

function verses(): IndexDoc[] {
  const file = join(CACHE, 'package/dist/quran.json');
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: CACHE, encoding: 'utf8' }).trim().split('\n').pop() as string;
    execFileSync('tar', ['xzf', tgz, 'package/dist/quran.json'], { cwd: CACHE });
  }
  const chapters = JSON.parse(readFileSync(file, 'utf8')) as { id: number; verses: { id: number; text: string }[] }[];
  return chapters.flatMap((c) => c.verses.map((v) => ({ id: `${c.id}:${v.id}`, title: '', text: v.text })));
}

const wordsOf = (text: string) => normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
// The marks a plain copy drops: harakat, superscript alef and tatweel (quotes.ts), and the Quranic small signs and maddah.
const plain = (text: string) => unmarked(text).replace(/[\u06D6-\u06ED\u0653-\u0655]/g, '');

const corpus = verses();
const size = Number(values.words);
const rnd = prng(Number(values.seed));
const held = corpus.map((d) => ` ${wordsOf(d.text).join(' ')} `);
const source: EvalQuery[] = [];
const exact: EvalQuery[] = [];
for (const d of corpus) {
  if (rnd() > Number(values.share)) continue;
  const raw = plain(d.text).split(/\s+/).filter(Boolean);
  if (raw.length < size) continue;
  const at = Math.floor(rnd() * (raw.length - size + 1));
  const q = raw.slice(at, at + size).join(' ');
  const needle = ` ${wordsOf(q).join(' ')} `;
  source.push({ q, relevant: [d.id] });
  exact.push({ q, relevant: corpus.filter((_, i) => (held[i] as string).includes(needle)).map((x) => x.id) });
}

const ours = engineRanker(corpus);
const bm25 = plainBm25(corpus);
const rows = Object.fromEntries(
  (
    [
      ['source', source],
      ['exact', exact],
    ] as const
  ).map(([name, queries]) => {
    const a = evaluate(ours, queries);
    const b = evaluate(bm25, queries);
    return [
      name,
      {
        murshid: { mrr10: a.mrr10, first: firstHit(ours, queries), p95_ms: a.p95_ms },
        bm25_nostem: { mrr10: b.mrr10, first: firstHit(bm25, queries) },
      },
    ];
  }),
);
const summary = { verses: corpus.length, quotes: source.length, words: size, ...rows };
if (values.json) console.log(JSON.stringify(summary));
else
  for (const [name, r] of Object.entries(rows))
    console.log(
      `${corpus.length} verses, ${source.length} quotes of ${size} words, found = ${name === 'source' ? 'the verse it came from' : 'any verse holding it'}: murshid MRR@10 ${r.murshid.mrr10.toFixed(4)} first ${(100 * r.murshid.first).toFixed(1)}% (p95 ${r.murshid.p95_ms} ms) | BM25 no stemming MRR@10 ${r.bm25_nostem.mrr10.toFixed(4)} first ${(100 * r.bm25_nostem.first).toFixed(1)}%`,
    );
