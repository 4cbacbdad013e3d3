import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { IndexDoc } from '../utils/search';
import { type EvalQuery, engineRanker, evaluate } from './lib/eval';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, queries: { type: 'string' }, json: { type: 'boolean', default: false } },
});
if (!values.corpus || !values.queries) {
  console.error('usage: npm run search:eval -- --corpus C.json --queries Q.json [--json]');
  process.exit(2);
}
const corpus = JSON.parse(readFileSync(values.corpus, 'utf8')) as IndexDoc[];
const queries = JSON.parse(readFileSync(values.queries, 'utf8')) as EvalQuery[];
const result = evaluate(engineRanker(corpus), queries);
if (values.json) console.log(JSON.stringify(result));
else console.log(`MRR@10 ${result.mrr10}  R@5 ${result.recall5}  p50 ${result.p50_ms} ms  p95 ${result.p95_ms} ms  (${result.queries} queries)`);
