/** Launching real browsers with the built extension: used by the end-to-end tests, the benches and npm start. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/** The end-to-end build: the product plus host access to the local fixture server (see test-all). */
export const E2E_BUILD = '.output/e2e/chrome-mv3';
export const EXTENSION_DIR = resolve(process.env.MURSHID_EXTENSION_DIR ?? E2E_BUILD);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENS = resolve('tests/e2e/.screens');

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  url: (path: string) => string;
  userDataDir: string;
  close: (keepProfile?: boolean) => Promise<void>;
}

/** An unpacked extension's id: the first 32 hex digits of SHA-256 of its absolute path, 0–f mapped to a–p. */
export function unpackedExtensionId(absolutePath: string): string {
  return createHash('sha256')
    .update(absolutePath)
    .digest('hex')
    .slice(0, 32)
    .replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + Number.parseInt(c, 16)));
}

/** Debian's Chromium headless, at the panel's width, in Arabic, with these unpacked extensions loaded. */
export function chromiumOptions(extensionDirs: string[]) {
  const dirs = extensionDirs.join(',');
  return {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 400, height: 800 },
    locale: 'ar-SA',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${dirs}`,
      `--load-extension=${dirs}`,
    ],
  };
}

/**
 * Adds a trivial page to a COPY of a build (never the product): same origin and process as the
 * panel, it writes the `?q=` word as `.result`, the floor the panel benches measure against.
 */
/**
 * A script to run before any page script (`addInitScript`): notes when `selector` first enters
 * the DOM, and the frame after it (`paintedAt`): the browser's own view of when the answer showed.
 */
export function answerObserver(selector: string): string {
  return `(() => {
  const w = window;
  const seen = () => {
    if (w.__benchShown !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
    w.__benchShown = performance.now();
    requestAnimationFrame(() => { w.__benchPainted = performance.now(); });
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;
}

/** From navigation start to the first frame after the observed answer entered the DOM (`answerObserver`). */
export async function paintedAt(page: Page): Promise<number> {
  return (await page.evaluate(
    'new Promise((ok) => { const t = () => (window.__benchPainted !== undefined ? ok(window.__benchPainted) : requestAnimationFrame(t)); t(); })',
  )) as number;
}

export function addTrivialPage(dir: string): void {
  writeFileSync(
    join(dir, 'bench-trivial.html'),
    '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="UTF-8"><title>bench</title><script type="module" src="/bench-trivial.js"></script></head><body><div id="app"></div></body></html>',
  );
  writeFileSync(
    join(dir, 'bench-trivial.js'),
    `const p = document.createElement('p');\np.className = 'result';\np.textContent = new URLSearchParams(location.search).get('q') ?? '';\ndocument.getElementById('app').append(p);\n`,
  );
}

/** Launches Debian's Chromium headless with the built extension and a fresh profile. */
export async function launchExtension(userDataDir = mkdtempSync(join(tmpdir(), 'murshid-e2e-')), extensionDir = EXTENSION_DIR): Promise<Extension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension at ${extensionDir}: run npm test (or npm run build:e2e) first`);
  const context = await chromium.launchPersistentContext(userDataDir, chromiumOptions([extensionDir]));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    userDataDir,
    url: (path) => `chrome-extension://${id}/${path}`,
    close: async (keepProfile = false) => {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The slice of the service worker's `chrome` API these helpers call. */
interface ChromeWindows {
  chrome: { windows: { create(options: { url: string; focused: boolean; width: number; height: number }): Promise<unknown> } };
}

/** Opens the panel page in a window of its own, so the fixture page stays the active tab of another window. */
export async function openPanelWindow(ext: Extension, path = 'sidepanel.html?tab=replies'): Promise<Page> {
  const [page] = await Promise.all([
    ext.context.waitForEvent('page'),
    ext.worker.evaluate(
      (url: string) => (globalThis as unknown as ChromeWindows).chrome.windows.create({ url, focused: true, width: 420, height: 900 }),
      ext.url(path),
    ),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return page;
}
