import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startReceiver } from '../../scripts/lib/receiver';
import { generateSecret } from '../../utils/sync';
import { type Extension, launchExtension } from './helpers';

/** A server in front of the receiver that answers every request with a sign-in page. */
async function signInPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title><form>…</form>'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/murshid`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('the connector form', () => {
  let ext: Extension;
  let options: Page;
  const message = () => options.getByTestId('connector-message');
  before(async () => {
    ext = await launchExtension();
    options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
  });
  after(async () => ext?.close());

  test('Test before Save asks for access to the address first, then tests', async () => {
    const secret = generateSecret();
    const receiver = await startReceiver(secret);
    try {
      await options.evaluate(() => {
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
      await options.getByLabel('العنوان (URL)').fill(receiver.url);
      await options.getByLabel('السر (whsec_…)').fill(secret);
      await options.getByRole('button', { name: 'اختبار الاتصال' }).click();
      await message().filter({ hasText: 'الاتصال ناجح' }).waitFor();
      assert.deepEqual(await options.evaluate(() => (window as unknown as { asked: unknown[] }).asked), [{ origins: ['http://127.0.0.1/*'] }]);
      assert.ok(receiver.deliveries.length >= 1, 'the test request reached the receiver before any save');
    } finally {
      await receiver.close();
    }
  });

  test('a 200 sign-in page is not a working connection', async () => {
    const page = await signInPage();
    try {
      await options.getByLabel('العنوان (URL)').fill(page.url);
      await options.getByLabel('السر (whsec_…)').fill(generateSecret());
      await options.getByRole('button', { name: 'اختبار الاتصال' }).click();
      await message().filter({ hasText: 'صفحة تسجيل دخول' }).waitFor();
    } finally {
      await page.close();
    }
  });

  test('switching the kind clears the old message; CiviCRM mapping null is refused; the Odoo UUID field is editable', async () => {
    await options.getByLabel('العنوان (URL)').fill('http://127.0.0.1:9/hook');
    await options.getByLabel('السر (whsec_…)').fill(generateSecret());
    await options.getByRole('button', { name: 'حفظ الاتصال' }).click();
    await message().filter({ hasText: 'حُفظ الاتصال' }).waitFor();
    await options.getByLabel('نوع الاتصال').selectOption('civicrm');
    assert.equal(await message().count(), 0, 'the webhook’s «saved» no longer shows');

    await options.getByLabel('العنوان (URL)').fill('https://crm.example.org/civicrm/ajax/api4');
    await options.getByLabel('مفتاح API', { exact: true }).fill('KEY');
    await options.getByLabel('ربط الحقول (JSON: حقلهم ← حقلنا)').fill('null');
    await options.getByRole('button', { name: 'حفظ الاتصال' }).click();
    await message().filter({ hasText: 'ربط الحقول يجب أن يكون كائن JSON' }).waitFor();

    await options.getByLabel('نوع الاتصال').selectOption('odoo');
    await options.getByLabel('العنوان (URL)').fill('http://127.0.0.1:9');
    await options.getByLabel('مفتاح API أو كلمة المرور').fill('odoo-key');
    await options.getByLabel('حقل المعرّف الفريد').fill('x_studio_uuid');
    await options.getByRole('button', { name: 'حفظ الاتصال' }).click();
    await message().filter({ hasText: 'حُفظ الاتصال' }).waitFor();
    const saved = await ext.worker.evaluate(async () => {
      const c = globalThis as unknown as { chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } } };
      return (await c.chrome.storage.local.get('connector')).connector as { kind: string; odoo?: { uuidField: string } };
    });
    assert.equal(saved.kind, 'odoo');
    assert.equal(saved.odoo?.uuidField, 'x_studio_uuid');
  });
});
