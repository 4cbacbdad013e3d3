/**
 * Panel bench: gzipped size of the side panel's JavaScript (knowledge included) and the time
 * from navigation to the first answer of `sidepanel.html?q=…` in headless Chromium, as the
 * median of several fresh loads next to the options page (a small Preact page) in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchExtension } from '../tests/e2e/helpers';

const EXTENSION_DIR = '.output/chrome-mv3';

import { median } from '../utils/search';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, json: { type: 'boolean', default: false } } });
const RUNS = Math.max(1, Number(values.runs));

// Every script the panel page loads: its entry and the chunks it imports.
const html = readFileSync(join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
const seen = new Set<string>();
const visit = (rel: string) => {
  const path = rel.replace(/^\//, '');
  if (seen.has(path)) return;
  seen.add(path);
  const code = readFileSync(join(EXTENSION_DIR, path), 'utf8');
  for (const m of code.matchAll(/from\s*["']\.{0,2}\/?((?:chunks|assets)\/[^"']+\.js)["']/g)) visit(m[1] as string);
  for (const m of code.matchAll(/import\(["']\.{0,2}\/?((?:chunks|assets)\/[^"']+\.js)["']\)/g)) visit(m[1] as string);
};
for (const m of html.matchAll(/src="([^"]+\.js)"/g)) visit(m[1] as string);
for (const m of html.matchAll(/href="([^"]+\.js)"/g)) visit(m[1] as string);
const gzipKb = [...seen].reduce((n, p) => n + gzipSync(readFileSync(join(EXTENSION_DIR, p))).length, 0) / 1024;
const chunkCount = readdirSync(join(EXTENSION_DIR, 'chunks')).length;

const ext = await launchExtension(undefined, EXTENSION_DIR);
const timeTo = async (path: string, selector: string): Promise<number> => {
  const page = await ext.context.newPage();
  await page.goto(ext.url(path));
  await page.waitForSelector(selector);
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
};
await timeTo('options.html', 'h1'); // warm the extension's process once
const panel: number[] = [];
const baseline: number[] = [];
for (let i = 0; i < RUNS; i++) {
  baseline.push(await timeTo('options.html', 'h1'));
  panel.push(await timeTo(`sidepanel.html?q=${encodeURIComponent('مده الرد')}`, '.result'));
}
await ext.close();

const result = {
  panel_js_gzip_kb: Math.round(gzipKb * 10) / 10,
  panel_scripts: seen.size,
  chunks: chunkCount,
  q_answer_ms_median: Math.round(median(panel)),
  options_page_ms_median: Math.round(median(baseline)),
  ratio: Math.round((median(panel) / median(baseline)) * 100) / 100,
  runs: RUNS,
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`side panel JS (gzip, knowledge included): ${result.panel_js_gzip_kb} KB in ${result.panel_scripts} scripts`);
  console.log(
    `?q= answer shown: median ${result.q_answer_ms_median} ms over ${RUNS} loads; options page (Preact, also parses the pack): ${result.options_page_ms_median} ms; ratio ${result.ratio}`,
  );
}
