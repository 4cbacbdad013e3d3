/**
 * What a built extension page really loads, and how much it weighs gzipped: the scripts an
 * HTML page names (entry and modulepreloads), followed through their static imports; and,
 * separately, everything reachable once dynamic imports are followed too. Used by the panel
 * bench and by the size budget test (tests/e2e/budget.test.ts, on the end-to-end build).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets (KB, gzipped) the build must stay within. */
export const PANEL_JS_BUDGET_KB = 150;
export const CONTENT_SCRIPT_BUDGET_KB = 15;

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
/**
 * Any chunk a script names as a string: dynamic imports (minified into template literals,
 * import(`./x.js`)) and the preload maps Vite emits for them.
 */
const ANY_CHUNK = /["'`](?:\.{1,2}\/|\/)?((?:[\w-]+\/)*[\w.-]+\.js)["'`]/g;

export interface PageScripts {
  /** Paths (relative to the build) parsed before the page's code runs. */
  initial: string[];
  /** Every script the page may load, dynamic imports included. */
  all: string[];
  initialGzipKb: number;
  allGzipKb: number;
}

const gzipKb = (dir: string, paths: string[]) => paths.reduce((n, p) => n + gzipSync(readFileSync(join(dir, p))).length, 0) / 1024;

const round = (kb: number) => Math.round(kb * 10) / 10;

/** The scripts of one HTML page of a build (e.g. `sidepanel.html`). */
export function pageScripts(dir: string, html: string): PageScripts {
  const page = readFileSync(join(dir, html), 'utf8');
  const roots = [...page.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => (m[1] as string).replace(/^\//, ''));
  const walk = (followDynamic: boolean): string[] => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path) || !existsSync(join(dir, path))) return;
      seen.add(path);
      const code = readFileSync(join(dir, path), 'utf8');
      const here = posix.dirname(path);
      for (const m of code.matchAll(STATIC_IMPORT)) visit(posix.normalize(posix.join(here, m[1] as string)));
      if (!followDynamic) return;
      for (const m of code.matchAll(ANY_CHUNK)) {
        const named = m[1] as string;
        // Preload maps name chunks from the build's root; imports name them from the importer.
        for (const candidate of [posix.normalize(posix.join(here, named)), posix.normalize(named)]) if (existsSync(join(dir, candidate))) visit(candidate);
      }
    };
    for (const r of roots) visit(r);
    return [...seen];
  };
  const initial = walk(false);
  const all = walk(true);
  return { initial, all, initialGzipKb: round(gzipKb(dir, initial)), allGzipKb: round(gzipKb(dir, all)) };
}

/** Scripts run in web pages: the build's top-level scripts other than the background and those extension pages name, and any under content-scripts/. */
export function contentScripts(dir: string): { path: string; gzipKb: number }[] {
  // A script an extension page names runs in that page, not in web pages.
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const pageOnly = new Set(pages.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<script[^>]+src="\/?([^"/]+\.js)"/g)].map((m) => m[1])));
  const top = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'background.js' && !pageOnly.has(f));
  const nested = existsSync(join(dir, 'content-scripts'))
    ? readdirSync(join(dir, 'content-scripts'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `content-scripts/${f}`)
    : [];
  return [...top, ...nested].map((path) => ({ path, gzipKb: round(gzipKb(dir, [path])) }));
}

/** The budget problems of a build (empty when within budget). */
export function budgetProblems(dir: string): string[] {
  const problems: string[] = [];
  const panel = pageScripts(dir, 'sidepanel.html');
  if (panel.allGzipKb > PANEL_JS_BUDGET_KB) problems.push(`side panel JavaScript is ${panel.allGzipKb} KB gzipped (budget ${PANEL_JS_BUDGET_KB} KB)`);
  for (const s of contentScripts(dir))
    if (s.gzipKb > CONTENT_SCRIPT_BUDGET_KB) problems.push(`content script ${s.path} is ${s.gzipKb} KB gzipped (budget ${CONTENT_SCRIPT_BUDGET_KB} KB)`);
  return problems;
}
