/**
 * Two builds of the panel in one run, so a change is judged against the machine's load at the
 * same moments (`npm run bench:panel` compares one build with its trivial page; on a shared
 * machine the load moves between two such runs more than a change does). Both builds are loaded
 * in the same browser (warm: each page opened again; cold: a fresh profile per sample, one page),
 * opened in rotating order with a trivial page; prints each build's median `?q=` answer time,
 * its ratio to the trivial page, and the per-pair median of B's time over A's; the same for the
 * browser's own view (`inside`: navigation start to the frame after the answer entered the DOM).
 *
 * With --big, each build first imports the 10,000-section pack (as `bench:panel` does) and the
 * warm series opens on it (`?q=` its query); no cold series (a fresh profile has no imported pack).
 *
 * npx tsx scripts/bench-panel-ab.ts --a <build dir> --b <build dir> [--runs 9] [--cold-runs 5] [--big]
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type BrowserContext, chromium } from 'playwright-core';
import { BIG_QUERY, importBigPack } from './lib/big-pack';
import { addTrivialPage, answerObserver, chromiumOptions, paintedAt, unpackedExtensionId } from './lib/browser';
import { median } from './lib/eval';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    runs: { type: 'string', default: '9' },
    'cold-runs': { type: 'string', default: '5' },
    q: { type: 'string' },
    big: { type: 'boolean', default: false },
  },
});
if (!values.a || !values.b) throw new Error('--a and --b: two build folders');
const work = mkdtempSync(join(tmpdir(), 'murshid-ab-'));
const copy = (dir: string, name: string) => {
  const to = join(work, name);
  cpSync(resolve(dir), to, { recursive: true });
  addTrivialPage(to);
  return to;
};
const A = copy(values.a, 'a');
const B = copy(values.b, 'b');
const BIG = values.big as boolean;
const Q = values.q ?? (BIG ? BIG_QUERY : 'مده الرد');
const base = (dir: string, page: string) => `chrome-extension://${unpackedExtensionId(dir)}/${page}`;
const url = (dir: string, page: string) => `${base(dir, page)}?q=${encodeURIComponent(Q)}`;

async function launch(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), chromiumOptions([A, B]));
  while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  await context.addInitScript(answerObserver('.result'));
  return context;
}

/** The time seen from outside (until `waitForSelector` sees the answer) and the browser's own (navigation start to the frame after it). */
interface Sample {
  outside: number;
  inside: number;
}

async function timed(context: BrowserContext, target: string, first = false): Promise<Sample> {
  const page = (first ? context.pages()[0] : undefined) ?? (await context.newPage());
  const start = performance.now();
  await page.goto(target, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForSelector('.result', { state: 'visible', timeout: 120_000 });
  const outside = performance.now() - start;
  const inside = await paintedAt(page);
  await page.close();
  return { outside, inside };
}

type Kind = 'trivialA' | 'A' | 'B' | 'trivialB';
const KINDS: Kind[] = ['trivialA', 'A', 'B', 'trivialB'];
const target = (k: Kind) => (k === 'A' ? url(A, 'sidepanel.html') : k === 'B' ? url(B, 'sidepanel.html') : url(k === 'trivialA' ? A : B, 'bench-trivial.html'));

async function series(runs: number, one: (k: Kind) => Promise<Sample>) {
  const s: Record<Kind, Sample[]> = { trivialA: [], A: [], B: [], trivialB: [] };
  for (let i = 0; i < runs; i++) {
    // Rotated and reversed by turns: no page always follows the same one.
    const order = KINDS.map((_, j) => KINDS[(i + j) % 4] as Kind);
    if (i % 2) order.reverse();
    for (const k of order) s[k].push(await one(k));
  }
  const r = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
  const summary = (of: (x: Sample) => number) => {
    const trivial = median([...s.trivialA, ...s.trivialB].map(of));
    const a = median(s.A.map(of));
    const b = median(s.B.map(of));
    const pairs = s.B.map((x, i) => of(x) / of(s.A[i] as Sample));
    return {
      trivial_ms: r(trivial, 0),
      a_ms: r(a, 0),
      b_ms: r(b, 0),
      a_ratio: r(a / trivial),
      b_ratio: r(b / trivial),
      b_over_a_pair_median: r(median(pairs)),
    };
  };
  return { ...summary((x) => x.outside), inside: summary((x) => x.inside) };
}

const warmContext = await launch();
if (BIG) {
  for (const [name, dir] of [
    ['A', A],
    ['B', B],
  ] as const) {
    const { importMs } = await importBigPack(warmContext, (page) => base(dir, page));
    console.log(`${name}: big pack imported in ${importMs} ms`);
  }
}
for (const k of KINDS) await timed(warmContext, target(k));
for (const k of KINDS) await timed(warmContext, target(k));
const warm = await series(Number(values.runs), (k) => timed(warmContext, target(k)));
await warmContext.close();
console.log(`warm${BIG ? ', 10,000-section pack' : ''} (median of ${values.runs}): ${JSON.stringify(warm)}`);
if (BIG) {
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
const cold = await series(Number(values['cold-runs']), async (k) => {
  const c = await launch();
  try {
    return await timed(c, target(k), true);
  } finally {
    await c.close();
  }
});
console.log(`cold (median of ${values['cold-runs']}): ${JSON.stringify(cold)}`);
rmSync(work, { recursive: true, force: true });
