import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startReceiver } from '../../scripts/lib/receiver';
import { generateSecret } from '../../utils/sync';
import { EXTENSION_DIR, type Extension, launchExtension, SCREENS, unpackedExtensionId } from './helpers';
import { writeExtensionPolicy } from './policy';

async function logRecord(panel: Page, name: string): Promise<void> {
  await panel.getByRole('button', { name: 'تسجيل تواصل جديد' }).click();
  await panel.locator('#log-beneficiary-name').fill(name);
  await panel.getByRole('button', { name: 'حفظ' }).click();
  await panel.getByText('حُفظ السجل').waitFor();
}

const drain = (ext: Extension) => ext.worker.evaluate(() => (globalThis as unknown as { murshid: { drainNow: () => Promise<unknown> } }).murshid.drainNow());

/** A receiver that answers CORS preflight (no host access needed), recording the interactions it is sent. */
async function corsReceiver(): Promise<{ url: string; received: string[]; preflights: number; close: () => Promise<void> }> {
  const state = { received: [] as string[], preflights: 0 };
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'POST',
    'access-control-allow-headers': 'content-type, webhook-id, webhook-timestamp, webhook-signature',
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'OPTIONS') {
        state.preflights++;
        res.writeHead(204, cors).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { interactions: { beneficiary?: { name?: string } }[] };
      for (const r of body.interactions) state.received.push(r.beneficiary?.name ?? '');
      res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/hooks/murshid`,
    get received() {
      return state.received;
    },
    get preflights() {
      return state.preflights;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Launches the extension with a real Chrome policy file for it; the file is removed whatever happens. */
async function withPolicy(values: Record<string, unknown>, body: (ext: Extension) => Promise<void>): Promise<void> {
  const id = unpackedExtensionId(EXTENSION_DIR);
  const policy = writeExtensionPolicy(id, values);
  let ext: Extension | null = null;
  try {
    ext = await launchExtension();
    assert.equal(ext.id, id, 'the policy was written for this extension');
    await body(ext);
  } finally {
    await ext?.close();
    policy.remove();
  }
}

describe('a connector set by Chrome policy', () => {
  test('an address Murshid may not reach yet: the panel and the options page say so and ask for access once; nothing is sent meanwhile', async () => {
    const secret = generateSecret();
    const receiver = await startReceiver(secret);
    // The e2e build may reach 127.0.0.1 without asking; `localhost` is the same receiver behind an origin it may not reach.
    const endpoint = receiver.url.replace('127.0.0.1', 'localhost');
    const host = new URL(endpoint).host;
    try {
      await withPolicy({ connector: { kind: 'webhook', endpoint, secret } }, async (ext) => {
        const panel = await ext.context.newPage();
        await panel.goto(ext.url('sidepanel.html?tab=log'));
        const banner = panel.getByTestId('access-banner');
        await banner.filter({ hasText: host }).waitFor({ timeout: 20_000 });
        assert.match((await banner.textContent()) ?? '', /ضبطت الجمعية إرسال السجلات إلى/);
        await logRecord(panel, 'مستفيد ينتظر الإذن');
        await panel.locator('[data-delivery="pending"]').waitFor();
        await drain(ext);
        assert.equal(await panel.getByTestId('delivery-state').getAttribute('data-state'), 'needs-access', 'still waiting for access, not "not set up"');
        assert.equal(receiver.deliveries.length, 0, 'no POST reached the receiver without access');
        await panel.screenshot({ path: `${SCREENS}/policy-needs-access-ar.png`, fullPage: true });

        // The button asks the browser (a user gesture) for this one origin, once.
        await panel.evaluate(() => {
          type Request = (p: unknown) => Promise<boolean>;
          const w = window as unknown as { asked: unknown[]; chrome: { permissions: { request: Request } } };
          w.asked = [];
          const permissions = w.chrome.permissions;
          const real = permissions.request.bind(permissions);
          permissions.request = (p) => {
            w.asked.push(p);
            return real(p);
          };
        });
        await panel.getByRole('button', { name: /اسمح بالوصول إلى/ }).click();
        await panel.waitForTimeout(500);
        assert.deepEqual(await panel.evaluate(() => (window as unknown as { asked: unknown[] }).asked), [{ origins: ['http://localhost/*'] }]);

        // The options page tells the same state, locked, with a Test button.
        const options = await ext.context.newPage();
        await options.goto(ext.url('options.html'));
        await options.getByTestId('access-banner').filter({ hasText: host }).waitFor({ timeout: 20_000 });
        await options.getByText('تضبطه إدارة تقنية المعلومات في الجمعية').waitFor();
        await options.getByRole('button', { name: 'اختبار الاتصال' }).waitFor();
        assert.equal(await options.getByLabel('العنوان (URL)').count(), 0, 'the policy connector cannot be edited');
      });
    } finally {
      await receiver.close();
    }
  });

  test('with access (the address the build may reach): a logged record reaches the receiver and both pages say it is delivering', async () => {
    const secret = generateSecret();
    const receiver = await startReceiver(secret);
    try {
      await withPolicy({ connector: { kind: 'webhook', endpoint: receiver.url, secret } }, async (ext) => {
        const panel = await ext.context.newPage();
        await panel.goto(ext.url('sidepanel.html?tab=log'));
        const state = panel.getByTestId('delivery-state');
        await panel.locator('[data-testid="delivery-state"][data-state="delivering"]').waitFor({ timeout: 20_000 });
        await logRecord(panel, 'مستفيد من السياسة');
        const deadline = Date.now() + 20_000;
        while (receiver.received.size < 1 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 300));
          if (Date.now() > deadline - 15_000) await drain(ext);
        }
        assert.equal(receiver.received.size, 1);
        const [record] = [...receiver.received.values()];
        assert.equal((record?.beneficiary as { name?: string } | undefined)?.name, 'مستفيد من السياسة');
        assert.ok(receiver.deliveries.every((d) => d.validSignature));
        await panel.locator('[data-delivery="sent"]').waitFor();
        assert.equal(await state.getAttribute('data-state'), 'delivering');
        assert.equal(await panel.getByTestId('access-banner').count(), 0);
        assert.doesNotMatch((await state.textContent()) ?? '', /لم يُضبط/);

        const options = await ext.context.newPage();
        await options.goto(ext.url('options.html'));
        await options.locator('[data-testid="delivery-state"][data-state="delivering"]').waitFor({ timeout: 20_000 });
        await options.getByRole('button', { name: 'اختبار الاتصال' }).click();
        await options.getByTestId('connector-message').filter({ hasText: 'الاتصال ناجح' }).waitFor();
        await options.screenshot({ path: `${SCREENS}/policy-delivering-options-ar.png`, fullPage: true });
      });
    } finally {
      await receiver.close();
    }
  });

  test('a receiver that answers CORS preflight needs no permission: the record arrives and the banner gives way to "delivering"', async () => {
    const receiver = await corsReceiver();
    try {
      await withPolicy({ connector: { kind: 'webhook', endpoint: receiver.url, secret: generateSecret() } }, async (ext) => {
        const panel = await ext.context.newPage();
        await panel.goto(ext.url('sidepanel.html?tab=log'));
        await panel.getByTestId('access-banner').waitFor({ timeout: 20_000 });
        await logRecord(panel, 'مستفيد عبر CORS');
        const deadline = Date.now() + 20_000;
        while (receiver.received.length < 1 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 300));
          if (Date.now() > deadline - 15_000) await drain(ext);
        }
        assert.deepEqual(receiver.received, ['مستفيد عبر CORS']);
        assert.ok(receiver.preflights >= 1, 'the browser asked the receiver first (CORS preflight)');
        await panel.locator('[data-delivery="sent"]').waitFor();
        await panel.locator('[data-testid="delivery-state"][data-state="delivering"]').waitFor();
        assert.equal(await panel.getByTestId('access-banner').count(), 0);
      });
    } finally {
      await receiver.close();
    }
  });
});

/**
 * Crafted policies (issue #17 item 7): values Chrome passes (its schema checks types only) but
 * Murshid must refuse. Each is applied by a real policy file; the staff member's own connector
 * must keep delivering, a bad retention must not purge, and the options page must tell IT what
 * was ignored and why, in Arabic and in English.
 */
describe('a crafted (invalid) Chrome policy', () => {
  const cases: { name: string; values: (secret: string) => Record<string, unknown>; ar: Record<string, RegExp>; en: Record<string, RegExp> }[] = [
    {
      name: 'uiLanguage "fr", digits "roman", a connector without secret, retentionDays 0',
      values: () => ({
        uiLanguage: 'fr',
        digits: 'roman',
        retentionDays: 0,
        connector: { kind: 'webhook', endpoint: 'https://crm.example.org/hooks/murshid' },
      }),
      ar: {
        uiLanguage: /يجب أن تكون "ar" أو "en"/,
        digits: /"latn" أو "arab"/,
        retentionDays: /يجب ألا تقل عن 30 يوماً/,
        connector: /ينقصه المفتاح السري \(secret\)/,
      },
      en: { uiLanguage: /Must be "ar" or "en"/, digits: /"latn" or "arab"/, retentionDays: /at least 30 days/, connector: /The secret is missing/ },
    },
    {
      name: 'a connector without endpoint, retentionDays 1e12',
      values: (secret) => ({ retentionDays: 1e12, connector: { kind: 'webhook', secret } }),
      ar: { retentionDays: /يجب ألا تزيد على 3650 يوماً/, connector: /ينقصه العنوان \(endpoint\)/ },
      en: { retentionDays: /at most 3650 days/, connector: /The endpoint is missing/ },
    },
    {
      name: 'an http://example.org endpoint, retentionDays -5',
      values: (secret) => ({ retentionDays: -5, connector: { kind: 'webhook', endpoint: 'http://example.org/hooks/murshid', secret } }),
      ar: { retentionDays: /يجب ألا تقل عن 30 يوماً/, connector: /يجب أن يبدأ العنوان بـ \u2066?https:\/\// },
      en: { retentionDays: /at least 30 days/, connector: /The address must use https:\/\// },
    },
  ];
  for (const [n, c] of cases.entries()) {
    test(`${c.name}: ignored; the panel and the options page work, the staff member's own connector delivers, nothing is purged, IT reads why`, async () => {
      const secret = generateSecret();
      const receiver = await startReceiver(secret);
      try {
        await withPolicy(c.values(generateSecret()), async (ext) => {
          // The staff member's own connector, as the options page stores it.
          await ext.worker.evaluate(
            ({ endpoint, secret }) =>
              (globalThis as unknown as { chrome: { storage: { local: { set: (v: unknown) => Promise<void> } } } }).chrome.storage.local.set({
                connector: { kind: 'webhook', endpoint, secret },
              }),
            { endpoint: receiver.url, secret },
          );
          const panel = await ext.context.newPage();
          const errors: string[] = [];
          panel.on('pageerror', (e) => errors.push(e.message));
          await panel.goto(ext.url('sidepanel.html?tab=log'));
          await logRecord(panel, `مستفيد ${n}`);
          const deadline = Date.now() + 20_000;
          while (receiver.received.size < 1 && Date.now() < deadline) {
            await drain(ext);
            await new Promise((r) => setTimeout(r, 300));
          }
          assert.equal(receiver.received.size, 1, "the staff member's own connector still delivers");
          await panel.locator('[data-delivery="sent"]').waitFor();

          // A purge now: the delivered record of today stays (a retention of 0 would have removed it; 1e12 would have thrown).
          const purged = await ext.worker.evaluate(() => (globalThis as unknown as { murshid: { purgeNow: () => Promise<unknown> } }).murshid.purgeNow());
          assert.deepEqual(purged, { delivered: 0, undelivered: 0, warned: 0 });
          await panel.reload();
          await panel.locator('[data-delivery="sent"]').waitFor();
          assert.equal(await panel.getByTestId('purge-failed').count(), 0);
          assert.equal(errors.join(' | '), '', 'the panel raised no error');

          const options = await ext.context.newPage();
          options.on('pageerror', (e) => errors.push(e.message));
          await options.goto(ext.url('options.html'));
          const report = options.getByTestId('policy-ignored');
          await report.waitFor({ timeout: 20_000 });
          assert.match(await report.innerText(), /قيم من سياسة المتصفح لم تُطبَّق/);
          for (const [key, why] of Object.entries(c.ar)) assert.match(await report.locator(`[data-policy-key="${key}"]`).innerText(), why, key);
          assert.equal(await report.locator('[data-policy-key]').count(), Object.keys(c.ar).length);
          // Not locked by the ignored connector: the staff member's own address, editable.
          assert.equal(await options.getByLabel('العنوان (URL)').inputValue(), receiver.url);
          if (n === 0) await options.screenshot({ path: `${SCREENS}/policy-ignored-ar.png`, fullPage: true });

          await ext.worker.evaluate(() =>
            (globalThis as unknown as { chrome: { storage: { local: { set: (v: unknown) => Promise<void> } } } }).chrome.storage.local.set({
              uiLanguage: 'en',
            }),
          );
          await report.filter({ hasText: 'Browser policy values not applied' }).waitFor();
          for (const [key, why] of Object.entries(c.en)) assert.match(await report.locator(`[data-policy-key="${key}"]`).innerText(), why, key);
          if (n === 0) await options.screenshot({ path: `${SCREENS}/policy-ignored-en.png`, fullPage: true });
          assert.equal(errors.join(' | '), '', 'the options page raised no error');
        });
      } finally {
        await receiver.close();
      }
    });
  }
});

describe('digits set by Chrome policy', () => {
  test("the policy's digits, not the staff member's own, are noted for the next page and counted in by the first answer", async () => {
    await withPolicy({ digits: 'arab' }, async (ext) => {
      await ext.worker.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { set: (v: unknown) => Promise<void> } } } }).chrome.storage.local.set({ digits: 'latn' }),
      );
      const panel = await ext.context.newPage();
      await panel.goto(ext.url('sidepanel.html'));
      await panel.waitForFunction(() => localStorage.getItem('murshid:digits') !== null);
      assert.equal(await panel.evaluate(() => localStorage.getItem('murshid:digits')), 'arab');
      await panel.close();
      // The next `?q=` open counts in them before its app (components/first) has read storage.
      const page = await ext.context.newPage();
      await page.addInitScript(`new MutationObserver(() => {
        const app = document.getElementById('app');
        if (window.__count === undefined && app?.hasAttribute('data-first') && app.querySelector('.count')) window.__count = app.querySelector('.count').textContent;
      }).observe(document, { childList: true, subtree: true, attributes: true });`);
      await page.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('مده الرد')}`));
      await page.waitForFunction(() => (window as { __count?: string }).__count !== undefined, null, { timeout: 10_000 });
      const count = (await page.evaluate(() => (window as { __count?: string }).__count)) as string;
      assert.match(count, /^[^0-9]*[\u0660-\u0669]+[^0-9]*$/, count);
      await page.close();
    });
  });
});
