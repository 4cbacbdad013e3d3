/**
 * Retention in the real extension (issue #17 item 3): undelivered records older than the retention
 * are announced — a warning in the Log tab and a notification, with the count and the date —
 * and deleted only after the grace period; a purge that failed is shown, never silent.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Interaction, newInteraction } from '../../utils/log';
import { type Extension, launchExtension, SCREENS } from './helpers';

const DAY = 86_400_000;
type Murshid = { murshid: { purgeNow: (at?: number) => Promise<{ delivered: number; undelivered: number; warned: number; nextExpiry?: number }> } };
// biome-ignore lint/suspicious/noExplicitAny: the extension API inside evaluate() is not typed here
type Chrome = { chrome: any };

/** Writes records and their delivery state straight into the panel's IndexedDB (the real one, in the extension's origin). */
async function seed(panel: Page, rows: { record: Interaction; state: 'pending' | 'attention' | 'sent' }[]): Promise<void> {
  await panel.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('murshid');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['interactions', 'outbox'], 'readwrite');
    for (const { record, state } of rows) {
      tx.objectStore('interactions').put(record);
      tx.objectStore('outbox').put({ id: record.id, state, attempts: 1, next_at: 0, ...(state === 'attention' ? { last_error: 'HTTP 500' } : {}) });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

describe('retention: undelivered records are announced before they are deleted (issue #17)', () => {
  let ext: Extension;
  before(async () => {
    ext = await launchExtension();
  });
  after(async () => {
    await ext?.close();
  });

  test('old undelivered records get a visible warning with the count and date; they go only after the grace period; a delivered one goes at once', async () => {
    const panel = await ext.context.newPage();
    await panel.goto(ext.url('sidepanel.html?tab=log'));
    await panel.getByRole('button', { name: 'تسجيل تواصل جديد' }).waitFor();
    const now = Date.now();
    const old = (name: string) => newInteraction({ channel: 'phone', beneficiary: { name } }, new Date(now - 400 * DAY));
    const rows = [
      { record: old('قديم ينتظر ١'), state: 'pending' as const },
      { record: old('قديم ينتظر ٢'), state: 'pending' as const },
      { record: old('قديم يحتاج تدخلاً'), state: 'attention' as const },
      { record: old('قديم وصل'), state: 'sent' as const },
      { record: newInteraction({ channel: 'phone', beneficiary: { name: 'حديث ينتظر' } }, new Date(now - 2 * DAY)), state: 'pending' as const },
    ];
    await seed(panel, rows);
    await panel.reload();
    await panel.locator('[data-delivery]').nth(4).waitFor();
    assert.equal(await panel.getByTestId('retention-warning').count(), 0, 'nothing announced before a purge ran');

    const first = await ext.worker.evaluate((at) => (globalThis as unknown as Murshid).murshid.purgeNow(at), now);
    assert.equal(first.delivered, 1, 'the delivered record past retention is deleted');
    assert.equal(first.undelivered, 0, 'no undelivered record is deleted without warning');
    assert.equal(first.warned, 3);
    assert.equal(first.nextExpiry, now + 30 * DAY);

    await panel.reload();
    const warning = panel.getByTestId('retention-warning');
    await warning.waitFor();
    const text = await warning.innerText();
    assert.match(text, /^3 سجلات لم تصل إلى نظام الجمعية تجاوزت مدة الاحتفاظ وستُحذف في .+\. أرسلها أو صدّرها قبل ذلك\.$/);
    await panel.locator('[data-delivery]').nth(3).waitFor();
    assert.equal(await panel.locator('[data-delivery]').count(), 4, 'the three announced records and the recent one are still there');
    assert.equal(await panel.getByText('قديم وصل').count(), 0);
    await panel.screenshot({ path: `${SCREENS}/retention-warning-ar.png`, fullPage: true });
    const notifications = await ext.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.notifications.getAll());
    assert.ok('murshid-retention' in (notifications as object), `a notification was raised: ${JSON.stringify(notifications)}`);

    // A day before the announced date: still there, still announced.
    const before = await ext.worker.evaluate((at) => (globalThis as unknown as Murshid).murshid.purgeNow(at), now + 29 * DAY);
    assert.deepEqual([before.undelivered, before.warned], [0, 0]);
    // After it: gone; the warning with them; the recent record stays.
    const afterGrace = await ext.worker.evaluate((at) => (globalThis as unknown as Murshid).murshid.purgeNow(at), now + 31 * DAY);
    assert.equal(afterGrace.undelivered, 3);
    await panel.reload();
    await panel.getByText('حديث ينتظر').waitFor();
    // A row's delivery state comes from the outbox, read beside the records: wait for it before counting.
    await panel.locator('[data-delivery]').first().waitFor();
    assert.equal(await panel.locator('[data-delivery]').count(), 1);
    assert.equal(await panel.getByTestId('retention-warning').count(), 0);
    await panel.close();
  });

  test('a purge that failed is shown in the Log tab with its reason until a later one succeeds', async () => {
    const panel = await ext.context.newPage();
    await panel.goto(ext.url('sidepanel.html?tab=log'));
    await panel.getByRole('button', { name: 'تسجيل تواصل جديد' }).waitFor();
    // What purgeOld records when the purge throws (tests/unit/security.test.ts makes it throw).
    await ext.worker.evaluate(() =>
      (globalThis as unknown as Chrome).chrome.storage.local.set({ purgeStatus: { at: Date.now(), ok: false, error: 'QuotaExceededError' } }),
    );
    const failed = panel.getByTestId('purge-failed');
    await failed.waitFor();
    assert.equal(await failed.innerText(), 'تعذّر الحذف التلقائي للسجلات القديمة: QuotaExceededError');
    await ext.worker.evaluate(() => (globalThis as unknown as Murshid).murshid.purgeNow());
    await failed.waitFor({ state: 'detached' });
    await panel.close();
  });
});
