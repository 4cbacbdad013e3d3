import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startReceiver } from '../../scripts/lib/receiver';
import { generateSecret } from '../../utils/sync';
import { launchExtension, SCREENS } from './helpers';

async function logRecord(panel: Page, name: string): Promise<void> {
  await panel.getByRole('button', { name: 'تسجيل تواصل جديد' }).click();
  await panel.locator('#log-beneficiary-name').fill(name);
  await panel.getByRole('button', { name: 'حفظ' }).click();
  await panel.getByText('حُفظ السجل').waitFor();
}

describe('delivery to the organisation’s endpoint', () => {
  test('records saved while the endpoint is down arrive once it returns, across a browser restart', async () => {
    const secret = generateSecret();
    // Find a free port, then take the endpoint down.
    const probe = await startReceiver(secret);
    const endpoint = probe.url;
    const port = Number(new URL(endpoint).port);
    await probe.close();

    const profile = mkdtempSync(join(tmpdir(), 'murshid-sync-'));
    let ext = await launchExtension(profile);
    // IT configures the connector in the options page; the endpoint is down, so the test says so.
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByLabel('العنوان (URL)').fill(endpoint);
    await options.getByLabel('السر (whsec_…)').fill(secret);
    await options.getByRole('button', { name: 'اختبار الاتصال' }).click();
    await options.getByTestId('connector-message').filter({ hasText: 'تعذّر الوصول إلى الخادم' }).waitFor();
    await options.getByLabel('العنوان (URL)').fill(endpoint.replace('http://127.0.0.1', 'http://example.org'));
    await options.getByRole('button', { name: 'حفظ الاتصال' }).click();
    await options.getByTestId('connector-message').filter({ hasText: 'https://' }).waitFor();
    await options.getByLabel('العنوان (URL)').fill(endpoint);
    await options.getByRole('button', { name: 'حفظ الاتصال' }).click();
    await options.getByTestId('connector-message').filter({ hasText: 'حُفظ الاتصال' }).waitFor();
    await options.screenshot({ path: `${SCREENS}/options-connector-ar.png`, fullPage: true });

    const panel = await ext.context.newPage();
    await panel.goto(ext.url('sidepanel.html?tab=log'));
    await logRecord(panel, 'مستفيد أول');
    await logRecord(panel, 'مستفيد ثانٍ');
    await panel.getByTestId('delivery-counts').filter({ hasText: 'سجلان بانتظار الإرسال' }).waitFor();
    assert.equal(await panel.locator('[data-delivery="pending"]').count(), 2);
    await ext.close(true);

    // The endpoint comes back while the browser is closed; the browser starts again.
    const receiver = await startReceiver(secret, undefined, '/hooks/murshid', port);
    try {
      ext = await launchExtension(profile);
      const deadline = Date.now() + 20_000;
      while (receiver.received.size < 2 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        // What the one-minute alarm does, without waiting a minute.
        if (Date.now() > deadline - 15_000)
          await ext.worker.evaluate(() => (globalThis as unknown as { murshid: { drainNow: () => Promise<unknown> } }).murshid.drainNow());
      }
      assert.equal(receiver.received.size, 2);
      assert.deepEqual([...receiver.received.values()].map((r) => (r.beneficiary as { name: string }).name).sort(), ['مستفيد أول', 'مستفيد ثانٍ']);
      assert.ok(receiver.deliveries.every((d) => d.validSignature));
      const again = await ext.context.newPage();
      await again.goto(ext.url('sidepanel.html?tab=log'));
      await again.locator('[data-delivery="sent"]').nth(1).waitFor();
      assert.equal(await again.locator('[data-delivery="pending"]').count(), 0);
      await again.screenshot({ path: `${SCREENS}/log-delivered-ar.png`, fullPage: true });
      await ext.close();
    } finally {
      await receiver.close();
    }
  });
});
