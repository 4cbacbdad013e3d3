import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(process.env.MURSHID_EXTENSION_DIR ?? '.output/chrome-mv3');
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

/** Launches Debian's Chromium headless with the built extension and a fresh profile. */
export async function launchExtension(userDataDir = mkdtempSync(join(tmpdir(), 'murshid-e2e-'))): Promise<Extension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION_DIR}: run npm run build first`);
  const context = await chromium.launchPersistentContext(userDataDir, {
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
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
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
