import { parseArgs } from 'node:util';
import { formatError } from '../utils/knowledge';
import { loadPackDir } from './lib/pack-files';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
const [command, dir = 'knowledge'] = positionals;
if (command !== 'validate') {
  console.error('usage: npm run knowledge -- validate [DIR] [--json]');
  process.exit(2);
}
const { pack, errors } = loadPackDir(dir);
if (!pack) {
  for (const e of errors) console.error(formatError(e));
  if (values.json) console.log(JSON.stringify({ errors }));
  console.error(`${dir}: ${errors.length} error(s); the pack was refused.`);
  process.exit(1);
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
