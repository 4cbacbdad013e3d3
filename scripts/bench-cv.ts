/**
 * The generalisation bench (docs/search.md): k-fold cross-validation over arcd-train by article,
 * rule ablations (--ablate) and quote lookup. `npm run bench` runs it too (without ablations).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { IndexDoc } from '../utils/search';
import type { EvalQuery } from './lib/eval';
import { generalisation } from './lib/generalise';

const { values } = parseArgs({
  options: {
    eval: { type: 'string', default: '../shared/eval' },
    k: { type: 'string', default: '10' },
    ablate: { type: 'boolean', default: false },
    'no-quotes': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const read = <T>(p: string): T => JSON.parse(readFileSync(`${values.eval}/${p}`, 'utf8')) as T;
const result = generalisation(
  {
    corpus: read<IndexDoc[]>('arcd-train/corpus.json'),
    clean: read<EvalQuery[]>('arcd-train/queries.json'),
    typos: read<EvalQuery[]>('arcd-train/queries-typos.json'),
  },
  { k: Math.max(2, Number(values.k) || 10), ablate: values.ablate, quotes: !values['no-quotes'], print: !values.json },
);
if (values.json) console.log(JSON.stringify(result));
