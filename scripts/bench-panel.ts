/**
 * Panel bench, measured from outside the page: the time from `page.goto` until the answer of
 * `sidepanel.html?q=…` is visible, as a ratio to a trivial page of the same build that writes
 * the same word (added to a COPY of the build, never to the product). Alternating trivial and
 * product in one run, median of --runs each:
 * - warm: the same profile, the page opened again;
 * - cold: the first page of a fresh profile (a browser started for each sample);
 * - big: warm, with an imported pack of 10,000 sections.
 * The browser's own view is reported beside it: from navigation start to the first frame after
 * the answer entered the DOM (a MutationObserver installed before the page's scripts run).
 * Also: the gzipped JavaScript the panel parses on a `?q=` open, all it may load later, and the
 * content scripts. Lines for people, then one JSON line last.
 *
 * npm run bench:panel -- [--runs 7] [--no-build] [--skip-big | --only-big] [--json]
 * (`--only-big` measures the big pack alone: no warm or cold series, for iterating on it.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { BIG_QUERY, importBigPack } from './lib/big-pack';
import { addTrivialPage, answerObserver, launchExtension, paintedAt } from './lib/browser';
import { contentScripts, pageScripts } from './lib/bundle-size';
import { median } from './lib/eval';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    json: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'skip-big': { type: 'boolean', default: false },
    'only-big': { type: 'boolean', default: false },
    dir: { type: 'string', default: '.output/chrome-mv3' },
  },
});
const RUNS = Math.max(5, Number(values.runs));
const ONLY_BIG = values['only-big'] as boolean;
if (ONLY_BIG && values['skip-big']) throw new Error('--only-big and --skip-big exclude each other');
const BUILD = resolve(values.dir as string);
const log = (line: string) => {
  if (!values.json) console.log(line);
  else console.error(line);
};

if (!values['no-build']) {
  log('building the extension (npx wxt build)…');
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: values.json ? 'ignore' : 'inherit' });
  if (built.status !== 0) throw new Error('the build failed');
}

// A copy of the build with a trivial page: same origin, same process, same word written.
const work = mkdtempSync(join(tmpdir(), 'murshid-bench-'));
const EXT = join(work, 'ext');
cpSync(BUILD, EXT, { recursive: true });
addTrivialPage(EXT);

const SELECTOR = '.result';
interface Sample {
  outside: number;
  inside: number;
}

/** Opens `url` in a page (a new one unless given) and times it until the answer is visible. */
async function timed(context: BrowserContext, url: string, first = false): Promise<Sample> {
  const page = (first ? context.pages()[0] : undefined) ?? (await context.newPage());
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForSelector(SELECTOR, { state: 'visible', timeout: 120_000 });
  const outside = performance.now() - start;
  const inside = await paintedAt(page);
  if (process.env.BENCH_MARKS && !url.includes('bench-trivial'))
    log(`  marks ${JSON.stringify(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])))}`);
  await page.close();
  return { outside, inside };
}

interface Series {
  product: Sample[];
  trivial: Sample[];
}

/** Pairs in alternating order (trivial first, then product first), so neither side always runs second. */
async function alternate(runs: number, one: (kind: 'product' | 'trivial') => Promise<Sample>): Promise<Series> {
  const s: Series = { product: [], trivial: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['trivial', 'product'] as const) : (['product', 'trivial'] as const);
    for (const kind of order) s[kind].push(await one(kind));
  }
  return s;
}

const round = (n: number, d = 0) => Math.round(n * 10 ** d) / 10 ** d;

function summary(s: Series) {
  const p = median(s.product.map((x) => x.outside));
  const t = median(s.trivial.map((x) => x.outside));
  const pi = median(s.product.map((x) => x.inside));
  const ti = median(s.trivial.map((x) => x.inside));
  const pairs = s.product.map((x, i) => x.outside / (s.trivial[i] as Sample).outside);
  return {
    product_ms: round(p),
    trivial_ms: round(t),
    ratio: round(p / t, 2),
    pair_ratio_median: round(median(pairs), 2),
    product_nav_ms: round(pi),
    trivial_nav_ms: round(ti),
    nav_ratio: round(pi / ti, 2),
  };
}

const line = (name: string, s: ReturnType<typeof summary>) =>
  `${name}: ?q= answer visible ${s.product_ms} ms, trivial page ${s.trivial_ms} ms → ratio ${s.ratio} (per-pair median ${s.pair_ratio_median}); navigation start → answer painted ${s.product_nav_ms} vs ${s.trivial_nav_ms} ms (${s.nav_ratio})`;

const query = (q: string) => `?q=${encodeURIComponent(q)}`;
const SMALL_Q = query('مده الرد');
const BIG_Q = query(BIG_QUERY);

// Sizes: what a `?q=` open parses, and all the panel may load later.
const panel = pageScripts(BUILD, 'sidepanel.html');
const content = contentScripts(BUILD);

// Warm: one profile, each page opened again.
const ext = await launchExtension(mkdtempSync(join(work, 'warm-')), EXT);
await ext.context.addInitScript(answerObserver(SELECTOR));
for (const path of [`bench-trivial.html${SMALL_Q}`, `sidepanel.html${SMALL_Q}`]) await timed(ext.context, ext.url(path)); // not counted
const none: Series = { product: [], trivial: [] };
const warm = ONLY_BIG
  ? none
  : await alternate(RUNS, (kind) => timed(ext.context, ext.url(kind === 'trivial' ? `bench-trivial.html${SMALL_Q}` : `sidepanel.html${SMALL_Q}`)));

// Cold: the first page of a fresh profile, once the extension has started.
const cold = ONLY_BIG
  ? none
  : await alternate(RUNS, async (kind) => {
      const fresh = await launchExtension(mkdtempSync(join(work, 'cold-')), EXT);
      await fresh.context.addInitScript(answerObserver(SELECTOR));
      try {
        return await timed(fresh.context, fresh.url(kind === 'trivial' ? `bench-trivial.html${SMALL_Q}` : `sidepanel.html${SMALL_Q}`), true);
      } finally {
        await fresh.close();
      }
    });

if (!ONLY_BIG) {
  log(line(`warm (same profile, median of ${RUNS})`, summary(warm)));
  log(line(`cold (first page of a fresh profile, median of ${RUNS})`, summary(cold)));
}

// A 10,000-section pack imported by the admin through the options page (parsed and indexed there).
let big: Series | null = null;
let importMs = 0;
let bigSections = 0;
if (!values['skip-big']) {
  ({ sections: bigSections, importMs } = await importBigPack(ext.context, (page) => ext.url(page)));
  await timed(ext.context, ext.url(`sidepanel.html${BIG_Q}`)); // not counted: the first open after import may store a compiled copy
  big = await alternate(RUNS, (kind) => timed(ext.context, ext.url(kind === 'trivial' ? `bench-trivial.html${BIG_Q}` : `sidepanel.html${BIG_Q}`)));
}
await ext.close();
rmSync(work, { recursive: true, force: true });

const w = ONLY_BIG ? null : summary(warm);
const c = ONLY_BIG ? null : summary(cold);
const b = big ? summary(big) : null;
const result = {
  runs: RUNS,
  panel_js_q_open_gzip_kb: panel.initialGzipKb,
  panel_js_q_open_scripts: panel.initial.length,
  panel_js_all_gzip_kb: panel.allGzipKb,
  panel_js_all_scripts: panel.all.length,
  content_scripts_gzip_kb: Object.fromEntries(content.map((s) => [s.path, s.gzipKb])),
  warm_ratio: w?.ratio ?? null,
  cold_ratio: c?.ratio ?? null,
  big_ratio: b?.ratio ?? null,
  warm: w,
  cold: c,
  big: b,
  big_pack_sections: bigSections,
  big_import_ms: importMs,
};
log(
  `side panel JS for a ?q= open: ${panel.initialGzipKb} KB gzipped in ${panel.initial.length} scripts; all it may load: ${panel.allGzipKb} KB in ${panel.all.length}`,
);
log(`content scripts: ${content.map((s) => `${s.path} ${s.gzipKb} KB`).join(', ')} (gzipped)`);
if (b) {
  log(`imported pack of ${bigSections} sections: import (parse, validate, index, cache) ${importMs} ms`);
  log(line(`big pack, warm (median of ${RUNS})`, b));
}
console.log(JSON.stringify(result));
