/**
 * Insertion bench: time from the panel's Insert click to the text being in a textarea and in a
 * Lexical editor of another window (panel → background → injected script → editor), median of
 * several runs, next to a direct in-page insertion as the baseline; plus the script's gzipped size.
 * Needs the end-to-end build (npm run build:e2e).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, openPanelWindow } from './lib/browser';
import { median } from './lib/eval';
import { startFixtureServer } from './lib/fixture-server';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, json: { type: 'boolean', default: false } } });
const RUNS = Math.max(3, Number(values.runs));
const scriptGzipKb = gzipSync(readFileSync(`${EXTENSION_DIR}/insert.js`)).length / 1024;

const server = await startFixtureServer();
const ext = await launchExtension();

async function panelFor(fixture: Page): Promise<Page> {
  const panel = await openPanelWindow(ext);
  await panel.getByRole('tab', { name: 'الردود' }).click();
  await panel.getByLabel('القناة').selectOption('social-media');
  await panel.getByRole('button', { name: /ترحيب واستقبال/ }).click();
  await panel.getByLabel('اسم المستفيد').fill('نورة');
  await panel.getByLabel('اسم الموظف').fill('سارة');
  await fixture.bringToFront().catch(() => {});
  return panel;
}

/** Resets the editor, clicks Insert, and returns ms until the text shows in the page. */
async function timeInsert(panel: Page, fixture: Page, reset: string, arrived: string): Promise<number> {
  await fixture.evaluate(reset);
  await fixture.evaluate(`window.arrivedAt = null; (function poll(){ if (${arrived}) window.arrivedAt = Date.now(); else requestAnimationFrame(poll); })()`);
  await panel.locator('.toast').evaluate((el) => el.removeAttribute('data-status'));
  const clickedAt = await panel.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('إدراج')) as HTMLButtonElement;
    const t = Date.now();
    button.click();
    return t;
  });
  await fixture.waitForFunction('window.arrivedAt !== null', undefined, { timeout: 5000 });
  return ((await fixture.evaluate('window.arrivedAt')) as number) - clickedAt;
}

const cases = [
  {
    name: 'textarea',
    path: '/plain.html',
    reset: "(() => { const t = document.getElementById('ta'); t.value = ''; t.focus(); })()",
    arrived: "document.getElementById('ta').value.includes('نورة')",
  },
  {
    name: 'lexical',
    path: '/lexical.html',
    reset: "(() => { const e = document.getElementById('editor'); e.focus(); })()",
    arrived: "document.getElementById('state').textContent.includes('نورة')",
  },
];
const rows: Record<string, number | string>[] = [];
for (const c of cases) {
  const fixture = await ext.context.newPage();
  await fixture.goto(server.url(c.path));
  await fixture.evaluate(c.reset);
  const panel = await panelFor(fixture);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (c.name === 'lexical') {
      await fixture.goto(server.url(c.path));
      await fixture.evaluate(c.reset);
    }
    times.push(await timeInsert(panel, fixture, c.reset, c.arrived));
  }
  // Baseline (textarea): the same text inserted directly in the page, no extension in between.
  const baseline: number[] = [];
  for (let i = 0; c.name === 'textarea' && i < RUNS; i++) {
    baseline.push(
      (await fixture.evaluate(() => {
        const t = document.getElementById('ta') as HTMLTextAreaElement | null;
        const start = performance.now();
        if (t) {
          t.focus();
          document.execCommand('insertText', false, 'نورة');
        }
        return performance.now() - start;
      })) as number,
    );
  }
  rows.push({
    editor: c.name,
    insert_ms_median: median(times),
    insert_ms_max: Math.max(...times),
    direct_ms_median: baseline.length ? Math.round(median(baseline) * 1000) / 1000 : '—',
    runs: RUNS,
  });
  await panel.close();
  await fixture.close();
}
await ext.close();
await server.close();

if (values.json) console.log(JSON.stringify({ script_gzip_kb: Math.round(scriptGzipKb * 10) / 10, cases: rows }));
else {
  console.log(`insertion script: ${scriptGzipKb.toFixed(1)} KB gzipped`);
  for (const r of rows)
    console.log(
      `${String(r.editor).padEnd(9)} click → text: median ${r.insert_ms_median} ms (max ${r.insert_ms_max}) over ${r.runs} runs; direct in-page insert: ${r.direct_ms_median} ms`,
    );
}
