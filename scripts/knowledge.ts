import { parseArgs } from 'node:util';
import { FORM_NAMES, type FormName, formatError, renderSamples } from '../utils/knowledge';
import { loadPackDir } from './lib/pack-files';
import { keygen, publish, verify } from './lib/publish';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    form: { type: 'string' },
    dir: { type: 'string' },
    out: { type: 'string' },
    key: { type: 'string' },
    'public-key': { type: 'string' },
  },
});
const USAGE = [
  'usage: npm run knowledge -- validate [DIR] [--json]',
  '       npm run knowledge -- render [ID…|--all] --form masculine|feminine|plural [--dir DIR] [--json]',
  '       npm run knowledge -- keygen --out DIR [--json]',
  '       npm run knowledge -- publish [DIR] --out OUT --key FILE [--json]',
  '       npm run knowledge -- verify FILE --public-key B64 [--json]',
].join('\n');
const [command, ...rest] = positionals;
// Publishing a pack for every staff browser (see docs/pack-distribution.md).
if (command === 'keygen') process.exit(await keygen(values));
if (command === 'publish') process.exit(await publish(rest[0] ?? 'knowledge', values));
if (command === 'verify') process.exit(await verify(rest[0], values));
if (command !== 'validate' && command !== 'render') {
  console.error(USAGE);
  process.exit(2);
}
const dir = command === 'validate' ? (rest[0] ?? 'knowledge') : (values.dir ?? 'knowledge');
const { pack, errors } = loadPackDir(dir);
if (!pack) {
  for (const e of errors) console.error(formatError(e));
  if (values.json) console.log(JSON.stringify({ errors }));
  console.error(`${dir}: ${errors.length} error(s); the pack was refused.`);
  process.exit(1);
}

if (command === 'render') {
  const form = values.form as FormName;
  if (!FORM_NAMES.includes(form) || (rest.length === 0 && !values.all) || (rest.length > 0 && values.all)) {
    console.error(USAGE);
    process.exit(2);
  }
  const { rendered, unknown } = renderSamples(pack, values.all ? [] : rest, form);
  if (unknown.length) {
    console.error(`unknown template id(s): ${unknown.join(', ')}`);
    process.exit(2);
  }
  if (values.json) console.log(JSON.stringify(rendered));
  else for (const r of rendered) console.log(`=== ${r.id} (${r.form})\n${r.text}\n`);
  process.exit(0);
}

const summary = {
  documents: pack.documents.map((d) => ({ id: d.id, title: d.title, kind: d.kind, status: d.status, sections: d.sections.length })),
  templates: pack.templates.map((t) => ({ id: t.id, title: t.title, channels: t.channels })),
  channels: pack.channels.map((c) => ({ id: c.id, label: c.label })),
};
if (values.json) console.log(JSON.stringify(summary));
else {
  console.log(`${dir}: valid pack "${pack.id}" ${pack.version}`);
  for (const d of summary.documents) console.log(`  ${d.id} (${d.kind}, ${d.status}): ${d.title} — ${d.sections} sections`);
  for (const c of summary.channels) console.log(`  channel ${c.id}: ${summary.templates.filter((t) => t.channels.includes(c.id)).length} templates`);
}
