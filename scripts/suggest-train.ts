import { writeFileSync } from 'node:fs';
import { trainModel } from '../utils/suggest';
import { loadPackDir } from './lib/pack-files';
import { DEFAULT_DATA, loadLabelled } from './lib/suggest-eval';

// Trains the suggestion's classifier on the labelled messages and the pack's examples, and writes
// the weights the extension ships (utils/suggest/model.json). Deterministic: same data, same file.
// npm run suggest:train -- [FILE,FILE…] [OUT]; by default every labelled file (DEFAULT_DATA).
const data = process.argv[2] ?? DEFAULT_DATA;
const out = process.argv[3] ?? 'utils/suggest/model.json';
const { pack, errors } = loadPackDir('knowledge');
if (!pack) {
  console.error(`knowledge: the pack is invalid (${errors.length} errors)`);
  process.exit(1);
}
const messages = loadLabelled(data).data.map(({ text, intent, section }) => ({ text, intent, section }));
const model = trainModel(pack, messages);
const json = JSON.stringify(model);
writeFileSync(out, `${json}\n`);
console.log(`${out}: ${Object.keys(model.weights).length} features, ${model.examples.length} examples, ${(json.length / 1024).toFixed(0)} KB`);
