import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { SuggestModel } from '../utils/suggest';
import { loadPackDir } from './lib/pack-files';
import { crossValidate, DEFAULT_DATA, evaluateModel, loadLabelled } from './lib/suggest-eval';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA },
    model: { type: 'string' },
    folds: { type: 'string', default: '5' },
    pack: { type: 'string', default: 'knowledge' },
    margin: { type: 'string' },
    weight: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const { pack, errors } = loadPackDir(values.pack);
if (!pack) {
  console.error(`${values.pack}: the pack is invalid (${errors.length} errors)`);
  process.exit(1);
}
const { data, files } = loadLabelled(values.data);
const settings = {
  ...(values.margin ? { confidentMargin: Number(values.margin) } : {}),
  ...(values.weight ? { exampleWeight: Number(values.weight) } : {}),
};
// --model: a trained model (e.g. the shipped one) on messages it never saw, instead of cross-validation.
const r = values.model
  ? evaluateModel(pack, JSON.parse(readFileSync(values.model, 'utf8')) as SuggestModel, data)
  : crossValidate(pack, data, Number(values.folds), settings);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`${r.messages} messages (${files.join(', ')}), ${values.model ? `held out from ${values.model}` : `${r.folds}-fold cross-validation`}`);
console.log(`intent right first      ${pct(r.accuracy)}   (target ≥ 85%)`);
console.log(`intent in top three     ${pct(r.top3)}   (target ≥ 97%)`);
console.log(
  `macro-F1                ${r.macro_f1.toFixed(3)}   (target ≥ 0.80)  ${Object.entries(r.per_intent_f1)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(
  `pre-selected            ${pct(r.preselected_share)} of messages (target ≥ 60%), right ${pct(r.preselected_accuracy)} (target ≥ 95%); calibrated by inner folds (confidence.ts; fallback margins ${r.margins.join(', ')})`,
);
if (r.per_fold.length > 1)
  console.log(
    `per fold                right first ${r.per_fold.map((f) => `${f.right}/${f.messages}`).join(' ')}; top three ${r.per_fold.map((f) => f.top3).join(' ')}; pre-selected (right) ${r.per_fold
      .map((f) => `${f.preselected} (${f.preselected_right})`)
      .join(' ')}; cited ${r.per_fold.map((f) => `${f.cited}/${f.asks}`).join(' ')}`,
  );
console.log(`citation in top three   ${pct(r.citation_top3)} of ${r.citation_questions} messages that ask something (target ≥ 90%)`);
console.log(
  `request numbers, dates  precision ${pct(r.values_precision)} (${r.values_wrong} wrong), recall ${pct(r.values_recall)} (target: none wrong, ≥ 85% found)`,
);
console.log(`names                   precision ${pct(r.names_precision)}, recall ${pct(r.names_recall)}`);
console.log(
  `latency per message     p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms (target p95 ≤ 50 ms); one pack search on the same messages p50 ${r.search_p50_ms} ms, p95 ${r.search_p95_ms} ms (×${(r.p95_ms / Math.max(0.001, r.search_p95_ms)).toFixed(1)} at p95)`,
);
console.log(
  `load average            ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
if (values.json) console.log(JSON.stringify(r));
