/**
 * Builds the extension and opens Chromium with it loaded (a persistent profile in
 * .murshid-profile/), showing the panel page in a tab and a page to answer from.
 * The real side panel opens from the toolbar button or Alt+Shift+M.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './lib/browser';

const EXTENSION_DIR = resolve('.output/chrome-mv3');

const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
if (!process.env.DISPLAY && process.platform === 'linux') {
  console.log(`\nBuilt ${EXTENSION_DIR}. No display here: load that folder by hand (chrome://extensions → Developer mode → Load unpacked).`);
  process.exit(0);
}
const context = await chromium.launchPersistentContext(resolve('.murshid-profile'), {
  executablePath: CHROMIUM,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${id}/sidepanel.html`);
console.log(`Murshid is loaded (id ${id}). Close the browser window to stop.`);
await new Promise<void>((done) => context.on('close', () => done()));
