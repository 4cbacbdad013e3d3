import { parseArgs } from 'node:util';
import { formatError } from '../utils/knowledge';
import { createPackSearch } from '../utils/search';
import { loadPackDir } from './lib/pack-files';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, limit: { type: 'string', default: '5' }, pack: { type: 'string', default: 'knowledge' } },
});
const query = positionals.join(' ').trim();
if (!query) {
  console.error('usage: npm run search -- [--json] [--limit N] "<query>"');
  process.exit(2);
}
const { pack, errors } = loadPackDir(values.pack);
if (!pack) {
  for (const e of errors) console.error(formatError(e));
  process.exit(1);
}
const hits = createPackSearch(pack).search(query, { limit: Math.max(1, Number(values.limit) || 5) });
const rows = hits.map((h) => ({
  doc: h.doc.id,
  section: h.section.id,
  title: h.section.title,
  text: h.section.text,
  score: Math.round(h.score * 1000) / 1000,
}));
if (values.json) console.log(JSON.stringify(rows));
else if (rows.length === 0) console.log('no results');
else {
  for (const [i, h] of hits.entries()) console.log(`${i + 1}. [${h.doc.title}] ${h.section.title} (${h.score.toFixed(2)})\n   ${h.snippet.text}`);
}
