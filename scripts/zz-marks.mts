import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension } from './lib/browser';
const dir = process.argv[2] ?? '.output/chrome-mv3';
const ext = await launchExtension(mkdtempSync(join(tmpdir(), 'mk-')), dir);
const rows: Record<string, number[]> = {};
for (let i = 0; i < 8; i++) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('sidepanel.html?q=' + encodeURIComponent('مده الرد')));
  await page.waitForSelector('.result');
  await page.waitForTimeout(300);
  const m = (await page.evaluate(() => [...performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]), ['dcl', (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart], ['resp', (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd]])) as [string, number][];
  if (i > 0) for (const [k, v] of m) (rows[k] ??= []).push(v);
  await page.close();
}
for (const [k, v] of Object.entries(rows)) console.log(k.padEnd(30), v.sort((a, b) => a - b)[Math.floor(v.length / 2)].toFixed(0), v.map((x) => x.toFixed(0)).join(' '));
await ext.close();
