/**
 * Hostile pages, servers and files against the real extension in Chromium (issue #17): a page
 * that fakes key presses, a content script that reaches for the keys, a frame that poses as the
 * panel, an endpoint that redirects, one that lies, and a crafted zip.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { zipSync } from 'fflate';
import type { Worker } from 'playwright-core';
import { type Fault, startReceiver } from '../../scripts/lib/receiver';
import { generateSecret } from '../../utils/sync';
import { type Extension, launchExtension } from './helpers';
import { FAKE_SHORTCUT_PROBE } from './hostile';

const HOSTILE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>hostile</title></head><body>
<p>صفحة عادية</p>
${FAKE_SHORTCUT_PROBE}</body></html>`;

/** A small site on 127.0.0.1: the hostile page and an innocent frame. */
async function startSite(): Promise<{ url: (p: string) => string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(path);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(path === '/hostile.html' ? HOSTILE : '<!doctype html><p>frame</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** The service worker's `chrome`, typed loosely for evaluate(). */
// biome-ignore lint/suspicious/noExplicitAny: the extension API inside evaluate() is not typed here
type Chrome = { chrome: any };

/**
 * Runs a probe as a content script (the extension's isolated world) in every frame of the tab
 * showing `url`: `storage` reads storage.local, `panel` sends a panel-only message from http frames.
 */
async function inContentScript(worker: Worker, url: string, probe: 'storage' | 'panel'): Promise<string[]> {
  return worker.evaluate(
    async ({ url, probe }) => {
      const { chrome } = globalThis as unknown as Chrome;
      const tabs = await chrome.tabs.query({});
      // A blank tab's address is not readable without the tabs permission: it is the newest tab.
      const tab = tabs.find((t: { url?: string }) => t.url === url) ?? tabs.sort((a: { id: number }, b: { id: number }) => b.id - a.id)[0];
      // Anonymous functions only: the test runner's bundler would wrap named ones in a helper the page lacks.
      const results = await chrome.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        func:
          probe === 'storage'
            ? async () => {
                try {
                  return JSON.stringify(await (globalThis as unknown as Chrome).chrome.storage.local.get(null));
                } catch (e) {
                  return `refused: ${(e as Error).message}`;
                }
              }
            : async () => {
                const reply = await (globalThis as unknown as Chrome).chrome.runtime
                  .sendMessage({ type: 'murshid:active-page' })
                  .catch((e: Error) => ({ error: e.message }));
                return JSON.stringify({ at: location.href, reply: reply ?? null });
              },
      });
      return results.map((r: { result: string }) => r.result);
    },
    { url, probe },
  );
}

describe('hostile pages, servers and files (issue #17)', () => {
  let ext: Extension;
  let site: Awaited<ReturnType<typeof startSite>>;
  before(async () => {
    site = await startSite();
    ext = await launchExtension();
  });
  after(async () => {
    await ext?.close();
    await site?.close();
  });

  test('a page that types a shortcut into its own hidden field and fakes a Tab gets nothing and cannot tell Murshid is there', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByLabel(/اكتب ;الاختصار ثم Tab/).check();
    await options.getByTestId('expand-message').filter({ hasText: 'الاختصارات مفعّلة' }).waitFor();
    await options.close();

    const page = await ext.context.newPage();
    await page.goto(site.url('/hostile.html'));
    // The expander is injected (document_idle); give it every chance to act.
    await page.waitForTimeout(800);
    const notCancelled = await page.evaluate(() => (window as unknown as { probe: () => boolean }).probe());
    await page.waitForTimeout(1500);
    assert.equal(notCancelled, true, 'dispatchEvent returns true: the fake Tab was not cancelled');
    assert.equal(await page.locator('#hidden').inputValue(), ';ختام', 'the hidden field stays as the page left it');

    // The staff member's own key presses still expand, in the same page.
    await page.locator('#hidden').evaluate((el) => {
      (el as HTMLInputElement).style.cssText = '';
      (el as HTMLInputElement).value = '';
    });
    await page.locator('#hidden').click();
    await page.keyboard.type(';ختام');
    await page.keyboard.press('Tab');
    await page.locator(':root > div[popover]').waitFor({ state: 'attached' }); // the form of address is theirs to choose
    await page.keyboard.press('1');
    await page.waitForFunction(() => (document.getElementById('hidden') as HTMLInputElement).value.includes('شكراً'));
    await page.close();
  });

  test('a content script cannot read the webhook secret from storage.local', async () => {
    const secret = generateSecret();
    await ext.worker.evaluate(
      (secret) => (globalThis as unknown as Chrome).chrome.storage.local.set({ connector: { kind: 'webhook', endpoint: 'https://x.example/h', secret } }),
      secret,
    );
    const page = await ext.context.newPage();
    const url = site.url('/frame.html');
    await page.goto(url);
    const [seen] = await inContentScript(ext.worker, url, 'storage');
    assert.ok(seen && !seen.includes(secret), `a content script read: ${seen}`);
    assert.match(seen ?? '', /refused/);
    await ext.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.remove('connector'));
    await page.close();
  });

  test('an http frame inside an about:blank tab cannot send panel messages', async () => {
    // A blank tab opened by a page (so its frames share the opener's address space), holding an http frame.
    const page = await ext.context.newPage();
    await page.goto(site.url('/opener.html'));
    const frameUrl = site.url('/frame.html');
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate((src) => {
        const w = window.open('', '_blank');
        w?.document.write(`<iframe src="${src}"></iframe>`);
      }, frameUrl),
    ]);
    await popup.frameLocator('iframe').locator('p').waitFor();
    assert.equal(popup.url(), 'about:blank');
    const answers = await inContentScript(ext.worker, 'about:blank', 'panel');
    const fromFrame = answers.filter((a) => a.includes(frameUrl));
    assert.equal(fromFrame.length, 1, `frames answered: ${answers.join(' | ')}`);
    // The background answers the panel with an object (the active page); a refused sender gets no answer at all.
    for (const a of answers) assert.equal(JSON.parse(a).reply, null, `a web frame was answered as if it were the panel: ${a}`);
    await popup.close();
    await page.close();
  });

  /** Configures the webhook connector the way the options page stores it, then drains as the alarm does. */
  async function deliverTo(endpoint: string, secret: string): Promise<void> {
    await ext.worker.evaluate(
      ({ endpoint, secret }) => (globalThis as unknown as Chrome).chrome.storage.local.set({ connector: { kind: 'webhook', endpoint, secret } }),
      { endpoint, secret },
    );
  }

  test('an endpoint that redirects to another origin gets nothing delivered there; one that lies does not count as delivered; the JSON export follows the filter', async () => {
    const secret = generateSecret();
    const thief = await startReceiver(secret, () => ({ kind: 'ok' }), '/steal');
    const redirecting = await startReceiver(secret, (): Fault => ({ kind: 'status', status: 307, location: thief.url, body: '' }));
    const lying = await startReceiver(secret, (): Fault => ({ kind: 'status', status: 200, body: '{"ok":true,"received":[]}' }));
    try {
      await deliverTo(redirecting.url, secret);
      const panel = await ext.context.newPage();
      await panel.goto(ext.url('sidepanel.html?tab=log'));
      for (const name of ['مستفيد أول', 'مستفيد ثان']) {
        await panel.getByRole('button', { name: 'تسجيل تواصل جديد' }).click();
        await panel.locator('#log-beneficiary-name').fill(name);
        await panel.getByRole('button', { name: 'حفظ' }).click();
        await panel.getByText('حُفظ السجل').waitFor();
      }
      await ext.worker.evaluate(() => (globalThis as unknown as { murshid: { drainNow: () => Promise<unknown> } }).murshid.drainNow());
      await panel.reload();
      await panel.getByTestId('delivery-state').filter({ hasText: 'سجلان يحتاجان تدخلاً' }).waitFor();
      assert.ok(redirecting.deliveries.length >= 1, 'the endpoint was asked');
      assert.equal(thief.deliveries.length, 0, 'the other origin received nothing');
      assert.equal(thief.received.size, 0);
      assert.equal(await panel.locator('[data-delivery="attention"]').count(), 2);
      assert.equal(await panel.locator('[data-delivery="sent"]').count(), 0);

      // The lying endpoint: 200 "ok" that names no record.
      await deliverTo(lying.url, secret);
      await panel.getByRole('button', { name: 'أعد المحاولة الآن' }).first().click();
      const deadline = Date.now() + 10_000;
      while (lying.deliveries.length === 0 && Date.now() < deadline) {
        await ext.worker.evaluate(() => (globalThis as unknown as { murshid: { drainNow: () => Promise<unknown> } }).murshid.drainNow());
        await new Promise((r) => setTimeout(r, 300));
      }
      assert.ok(lying.deliveries.length >= 1, 'the lying endpoint was asked');
      await panel.reload();
      await panel.locator('[data-delivery="attention"]').nth(1).waitFor();
      assert.equal(await panel.locator('[data-delivery="sent"]').count(), 0, 'an answer that names no record delivers none');

      // The JSON export holds what the filter shows, no more.
      await panel.getByLabel('بحث بالاسم أو الجوال أو الرقم').fill('أول');
      await panel.locator('[data-delivery]').nth(1).waitFor({ state: 'detached' });
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'تصدير JSON' }).click()]);
      const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as { interactions: { beneficiary: { name: string } }[] };
      assert.deepEqual(
        exported.interactions.map((r) => r.beneficiary.name),
        ['مستفيد أول'],
      );
      await panel.close();
    } finally {
      await ext.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.remove('connector'));
      await thief.close();
      await redirecting.close();
      await lying.close();
    }
  });

  test("extension pages load no remote image (CSP img-src 'self' data:), even from a host the build may reach", async () => {
    for (const path of ['sidepanel.html', 'options.html']) {
      const page = await ext.context.newPage();
      await page.goto(ext.url(path));
      const src = site.url(`/pixel-${path}.png`);
      const outcome = await page.evaluate(
        (src) =>
          new Promise<string>((resolve) => {
            const img = document.createElement('img');
            img.onload = () => resolve('loaded');
            img.onerror = () => resolve('blocked');
            img.src = src;
            document.body.append(img);
          }),
        src,
      );
      assert.equal(outcome, 'blocked');
      assert.ok(!site.hits.includes(`/pixel-${path}.png`), `${path} fetched a remote image`);
      // A data: image still shows (icons, pasted images in the pack).
      const dataImage = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const img = document.createElement('img');
            img.onload = () => resolve('loaded');
            img.onerror = () => resolve('blocked');
            img.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
          }),
      );
      assert.equal(dataImage, 'loaded');
      await page.close();
    }
  });

  test('a crafted zip (a huge declared entry, a ../ name) is refused with the limit it hit, and the pack is unchanged', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    const summary = await options.getByTestId('pack-summary').innerText();
    const input = options.locator('input[type=file][multiple]');
    const doc = (id: string) =>
      new TextEncoder().encode(`---\nid: ${id}\ntitle: وثيقة\nkind: guide\nversion: 1\nstatus: official\n---\n# وثيقة\n\n## نص\n\nنص.\n`);
    // 60 MB of zeros compress to a few dozen kilobytes.
    const bomb = zipSync({ 'documents/bomb.md': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    assert.ok(bomb.byteLength < 1024 * 1024);
    await input.setInputFiles({ name: 'bomb.zip', mimeType: 'application/zip', buffer: Buffer.from(bomb) });
    await options.getByRole('button', { name: 'استيراد', exact: true }).click();
    await options.getByTestId('import-errors').filter({ hasText: 'bomb.md' }).waitFor({ timeout: 10_000 });
    assert.match(await options.getByTestId('import-errors').innerText(), /ميغابايت/);

    const escaping = zipSync({ 'documents/ok.md': doc('ok'), '../evil.md': doc('evil') });
    await input.setInputFiles({ name: 'escape.zip', mimeType: 'application/zip', buffer: Buffer.from(escaping) });
    await options.getByRole('button', { name: 'استيراد', exact: true }).click();
    await options.getByTestId('import-errors').filter({ hasText: '../evil.md' }).waitFor({ timeout: 10_000 });
    await options.reload();
    assert.equal(await options.getByTestId('pack-summary').innerText(), summary, 'the pack in use did not change');
    await options.close();
  });
});
