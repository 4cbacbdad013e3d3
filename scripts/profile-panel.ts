/**
 * Where a `sidepanel.html?q=…` open spends its time, as the browser sees it (Chromium tracing
 * over CDP): each resource the page fetched (sent → response → finished), each module's compile
 * (from the code cache or not) and evaluation, style/layout/paint, the renderer main thread's
 * long tasks, and the page's own `murshid:*` marks, all in ms from navigation start. With --cpu,
 * a sampling CPU profile's self time by function between the marks (it slows the page down).
 * The first open of a profile compiles every script; the second produces the V8 code cache; the
 * later ones consume it (the warm case of `npm run bench:panel`).
 *
 * With --big, the 10,000-section pack is imported first (as `bench:panel` does) and opened on its query.
 *
 * With --cold, each run is the first page of a fresh profile (as the cold case of `npm run bench:panel`).
 *
 * npx tsx scripts/profile-panel.ts -- [--dir .output/chrome-mv3] [--runs 4] [--cpu] [--big] [--cold] [--out prefix]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BIG_QUERY, importBigPack } from './lib/big-pack';
import { launchExtension } from './lib/browser';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '.output/chrome-mv3' },
    runs: { type: 'string', default: '4' },
    q: { type: 'string' },
    big: { type: 'boolean', default: false },
    out: { type: 'string' },
    page: { type: 'string', default: 'sidepanel.html' },
    cpu: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
  },
});

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading', 'blink.user_timing'];
const short = (u: unknown) => String(u ?? '').replace(/^chrome-extension:\/\/[a-z]+\//, '');
const data = (e: TraceEvent) => (e.args?.data ?? {}) as Record<string, unknown>;

const work = mkdtempSync(join(tmpdir(), 'murshid-profile-'));
let ext = await launchExtension(join(work, 'profile'), resolve(values.dir as string));
const query = values.q ?? (values.big ? BIG_QUERY : 'مده الرد');
if (values.big) {
  await importBigPack(ext.context, (page) => ext.url(page));
  // The first open after the import may store a compiled copy: not profiled.
  const first = await ext.context.newPage();
  await first.goto(ext.url(`${values.page}?q=${encodeURIComponent(query)}`));
  await first.waitForSelector('.result', { state: 'visible', timeout: 120_000 });
  await first.close();
}
for (let run = 0; run < Number(values.runs); run++) {
  if (values.cold && run > 0) {
    await ext.close();
    ext = await launchExtension(join(work, `profile-${run}`), resolve(values.dir as string));
  }
  // Cold: the first page of a fresh profile. Else a page of the same origin first, so the
  // navigation stays in this renderer and the session follows it.
  const page = values.cold ? (ext.context.pages()[0] ?? (await ext.context.newPage())) : await ext.context.newPage();
  if (!values.cold) await page.goto(ext.url('managed_schema.json'));
  const cdp = await ext.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  if (values.cpu) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const start = performance.now();
  await page.goto(ext.url(`${values.page}?q=${encodeURIComponent(query)}`), { waitUntil: 'commit' });
  await page.waitForSelector('.result', { state: 'visible' });
  const outside = performance.now() - start;
  const profile = values.cpu ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile : null;
  await page.waitForTimeout(50);
  await cdp.send('Tracing.end');
  await done;
  if (values.out) writeFileSync(`${values.out}.${run}.json`, JSON.stringify({ traceEvents: events }));
  report(run, outside, events, profile);
  await page.close();
}
await ext.close();
rmSync(work, { recursive: true, force: true });

function report(run: number, outside: number, events: TraceEvent[], profile: CpuProfile | null) {
  const nav = events.filter((e) => e.name === 'navigationStart' && String(data(e).documentLoaderURL ?? '').includes(values.page as string)).pop();
  if (!nav) return console.log(`run ${run}: no navigation found`);
  const t0 = nav.ts;
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(7);
  const ours = events.filter((e) => e.pid === nav.pid && e.ts >= t0);
  const marks = ours.filter((e) => e.name.startsWith('murshid:'));
  const answer = marks.find((m) => m.name === 'murshid:answer')?.ts ?? Math.max(...ours.map((e) => e.ts));
  console.log(`run ${run}: outside ${Math.round(outside)} ms; marks ${marks.map((m) => `${m.name.slice(8)}@${ms(m.ts).trim()}`).join(' ')}`);
  const lines: [number, string][] = [];
  const requests = new Map<string, { url: string; send: number; response?: number; finish?: number }>();
  for (const e of ours) {
    const d = data(e);
    const id = d.requestId as string | undefined;
    if (id && e.name === 'ResourceSendRequest') requests.set(id, { url: short(d.url), send: e.ts });
    const r = id ? requests.get(id) : undefined;
    if (r && e.name === 'ResourceReceiveResponse') r.response = e.ts;
    if (r && e.name === 'ResourceFinish') r.finish = e.ts;
  }
  for (const r of requests.values())
    lines.push([r.send, `fetch ${r.url}: response ${r.response ? ms(r.response).trim() : '-'}, finished ${r.finish ? ms(r.finish).trim() : '-'}`]);
  const main = ours.filter((e) => e.tid === nav.tid && e.ph === 'X' && e.ts <= answer);
  for (const e of main) {
    const d = data(e);
    const dur = (e.dur ?? 0) / 1000;
    if (/^v8\.(compileModule|evaluateModule|produceModuleCache)$/.test(e.name) && dur >= 0.5)
      lines.push([
        e.ts,
        `+${dur.toFixed(1)} ${e.name} ${short(d.url ?? e.args?.fileName)}${d.consumedCacheSize ? ' (from cache)' : ''}${d.streamed ? ' (streamed)' : ''}`,
      ]);
    else if (/^(ParseHTML|Layout|UpdateLayoutTree|Paint|ParseAuthorStyleSheet|EvaluateScript|MajorGC|MinorGC)$/.test(e.name) && dur >= 1)
      lines.push([e.ts, `+${dur.toFixed(1)} ${e.name}`]);
    else if (e.cat.includes('toplevel') && dur >= 8) lines.push([e.ts, `+${dur.toFixed(1)} (task)`]);
  }
  const busy = main.filter((e) => e.cat.includes('toplevel')).reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
  for (const m of marks) lines.push([m.ts, `${m.name}`]);
  for (const [ts, text] of lines.sort((a, b) => a[0] - b[0])) console.log(`  ${ms(ts)} ${text}`);
  console.log(`  main thread: top-level tasks ${busy.toFixed(1)} ms (may overlap) before the answer mark at ${ms(answer).trim()}`);
  if (!profile) return;
  // Self time by function between the marks (the profile's clock is the trace's).
  const bounds = [t0, ...marks.map((m) => m.ts)];
  const names = ['navigation', ...marks.map((m) => m.name.slice(8))];
  const windows = bounds.map(() => new Map<string, number>());
  const nodeName = new Map(
    profile.nodes.map((n) => [
      n.id,
      `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url) || '(native)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`,
    ]),
  );
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const d = profile.timeDeltas[i] ?? 0;
    at += d;
    let w = -1;
    for (let j = 0; j < bounds.length; j++) if (at >= (bounds[j] as number)) w = j;
    const m = windows[w];
    if (!m) return;
    const n = nodeName.get(id) as string;
    m.set(n, (m.get(n) ?? 0) + d / 1000);
  });
  windows.forEach((m, j) => {
    const top = [...m]
      .filter(([n]) => !n.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10);
    console.log(`  cpu after ${names[j]}: ${top.map(([n, d]) => `${d.toFixed(1)} ${n}`).join(' | ')}`);
  });
}
