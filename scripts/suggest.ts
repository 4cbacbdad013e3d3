import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createSuggester, type Suggestion, type SuggestModel } from '../utils/suggest';
import { loadPackDir } from './lib/pack-files';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { channel: { type: 'string' }, file: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const usage = 'usage: npm run suggest -- [--channel ID] [--file MESSAGES.json | "<message>"] [--json]';
const { pack, errors } = loadPackDir('knowledge');
if (!pack) {
  console.error(`knowledge: the pack is invalid (${errors.length} errors)`);
  process.exit(1);
}
if (values.channel && !pack.channels.some((c) => c.id === values.channel)) {
  console.error(`unknown channel "${values.channel}" (one of: ${pack.channels.map((c) => c.id).join(', ')})`);
  process.exit(2);
}
let messages: string[];
if (values.file) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(values.file, 'utf8'));
  } catch (e) {
    console.error(`${values.file}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
  if (!Array.isArray(parsed) || !parsed.every((m) => typeof m === 'string')) {
    console.error(`${values.file}: expected a JSON array of strings`);
    process.exit(2);
  }
  messages = parsed;
} else if (positionals.length) messages = [positionals.join(' ')];
else {
  console.error(usage);
  process.exit(2);
}

const model = JSON.parse(readFileSync(new URL('../utils/suggest/model.json', import.meta.url), 'utf8')) as SuggestModel;
const suggest = createSuggester(pack, model);
const contract = (s: Suggestion) => ({
  intent: s.intent,
  templates: s.templates.map((t) => ({ id: t.template.id, score: Math.round(t.score * 1000) / 1000 })),
  citation: s.citations[0] ? { doc: s.citations[0].doc, section: s.citations[0].section, title: s.citations[0].title } : null,
  confident: s.confident,
  values: s.values,
});
const results = messages.map((m) => suggest(m, values.channel));
if (!values.json) {
  for (const [i, s] of results.entries()) {
    if (messages.length > 1) console.log(`#${i + 1}`);
    console.log(
      `intent: ${s.intent}${s.confident ? '' : ' (not sure)'}  ${s.intents
        .slice(0, 3)
        .map((x) => `${x.id} ${x.score.toFixed(2)}`)
        .join(', ')}`,
    );
    for (const t of s.templates) console.log(`  template ${t.template.id} (${t.score.toFixed(2)}): ${t.template.title}`);
    const c = s.citations[0];
    console.log(c ? `  citation ${c.doc}#${c.section}: ${c.title}` : '  citation: none');
    if (Object.keys(s.values).length) console.log(`  values ${JSON.stringify(s.values)}`);
    if (s.reason.example) console.log(`  closest example: ${s.reason.example}  [${s.reason.words.join(', ')}]`);
  }
}
if (values.json) console.log(JSON.stringify(values.file ? results.map(contract) : contract(results[0] as Suggestion)));
