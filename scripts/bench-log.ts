/**
 * Log bench in real IndexedDB (headless Chromium): 10,000 records, then the newest rows, a
 * filter, the full load and the CSV export, each the median of several runs.
 */
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './lib/browser';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, runs: { type: 'string', default: '7' }, json: { type: 'boolean', default: false } },
});
const COUNT = Number(values.count);
const RUNS = Number(values.runs);

const harness = `
import { openLogDb, newInteraction, recentInteractions, allInteractions, filterInteractions, toCsv } from './utils/log';
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
window.bench = async (count, runs) => {
  const channels = ['interview','phone','social-media','letters','volunteering','website','branches'];
  const outcomes = ['answered','service_delivered','referred','awaiting_documents','closed'];
  const names = ['نورة العتيبي','محمد القحطاني','سارة الشهري','عبدالله الدوسري','ريم الحربي'];
  let db = await openLogDb('bench');
  const tx = db.transaction(['interactions'], 'readwrite');
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const at = new Date(start + i * 3_600_000);
    const r = newInteraction({ channel: channels[i % 7], outcome: outcomes[i % 5], beneficiary: { name: names[i % 5] + ' ' + i, phone: '+9665' + String(10000000 + i) }, notes: 'ملاحظة رقم ' + i, request_ref: 'R-' + i }, at);
    if (r.outcome !== 'referred') delete r.follow_up;
    tx.store.put(r);
  }
  await tx.done;
  db.close();
  const open = [], first = [], filter = [], load = [], csv = [];
  let all = [];
  for (let k = 0; k < runs; k++) {
    let t = performance.now();
    db = await openLogDb('bench');
    open.push(performance.now() - t);
    t = performance.now();
    const rows = await recentInteractions(db, 50);
    first.push(performance.now() - t);
    if (rows.length !== 50) throw new Error('first page');
    t = performance.now();
    all = await allInteractions(db);
    load.push(performance.now() - t);
    t = performance.now();
    const hits = filterInteractions(all, { channel: 'phone', outcome: 'referred', from: '2025-03-01', text: 'ساره' });
    filter.push(performance.now() - t);
    if (hits.length === 0) throw new Error('filter found nothing');
    t = performance.now();
    const out = toCsv(all);
    csv.push(performance.now() - t);
    if (out.length < count * 50) throw new Error('csv');
    db.close();
  }
  return { records: all.length, open_ms: med(open), first_rows_ms: med(first), filter_ms: med(filter), full_load_ms: med(load), csv_export_ms: med(csv), runs };
};
`;
const bundle = await build({
  stdin: { contents: harness, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  logLevel: 'silent',
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
const { createServer } = await import('node:http');
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><meta charset="utf-8"><script>${bundle.outputFiles[0]?.text}</script>`);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
await page.goto(`http://127.0.0.1:${port}/`);
const result = (await page.evaluate(
  ([c, r]) => (window as unknown as { bench: (c: number, r: number) => Promise<Record<string, number>> }).bench(c as number, r as number),
  [COUNT, RUNS],
)) as Record<string, number>;
await browser.close();
server.close();
const round = (x: number) => Math.round(x * 10) / 10;
if (values.json) console.log(JSON.stringify(result));
else
  console.log(
    `${result.records} records in real IndexedDB — open: ${round(result.open_ms as number)} ms; first 50 rows: ${round(result.first_rows_ms as number)} ms; filter: ${round(result.filter_ms as number)} ms; full load: ${round(result.full_load_ms as number)} ms; CSV export: ${round(result.csv_export_ms as number)} ms (medians of ${RUNS})`,
  );
