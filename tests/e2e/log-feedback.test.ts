import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Extension, launchExtension } from './helpers';

/** The log tab's message bar, if one is shown. */
const messages = (page: Page) => page.locator('.log-panel .toast-bar');

/** Saves a minimal new record from the log tab. */
async function saveRecord(page: Page, name: string) {
  await page.getByRole('button', { name: 'تسجيل تواصل جديد' }).click();
  await page.locator('#log-beneficiary-name').fill(name);
  await page.getByRole('button', { name: 'حفظ' }).click();
  await page.locator('.log-row', { hasText: name }).waitFor();
}

describe("log: messages stay on their screen, dates in the staff member's order, at 320 and 400 px", () => {
  let ext: Extension;
  before(async () => {
    ext = await launchExtension();
  });
  after(async () => ext?.close());

  for (const width of [320, 400]) {
    test(`at ${width} px «حُفظ السجل» and an import's message end when the staff member moves on`, async () => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ext.url('sidepanel.html?tab=log'));
      await saveRecord(page, `هند ${width}`);
      await page.getByText('حُفظ السجل').waitFor();

      // Another tab and back: the message was said on the list before, not now.
      await page.getByRole('tab', { name: 'بحث' }).click();
      await page.getByRole('tab', { name: 'السجل' }).click();
      await page.locator('.log-row').first().waitFor();
      assert.equal(await messages(page).count(), 0, 'no «حُفظ السجل» after coming back');

      // An import says what it did; opening the form and cancelling does not bring it back.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'تصدير JSON' }).click()]);
      const file = readFileSync((await download.path()) as string);
      await page.locator('input[type=file]').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: file });
      // The export's own confirmation is on screen until the import's message replaces it.
      await messages(page)
        .filter({ hasText: 'تُجوهل' })
        .waitFor({ timeout: 10000 })
        .catch(() => {});
      assert.match(await messages(page).innerText(), /لم يُستورد أي سجل جديد، وتُجوهل/);
      await page.getByRole('button', { name: 'تسجيل تواصل جديد' }).click();
      // The panel moves the focus in an effect after the click: wait for it (a focus left on <body> still fails below).
      await page.waitForFunction(() => document.activeElement?.tagName === 'H2', undefined, { timeout: 3000 }).catch(() => {});
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2');
      await page.getByRole('button', { name: 'إلغاء' }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'log-new');
      assert.equal(await messages(page).count(), 0, 'the import message ended when the form opened');

      // The edit form too.
      await page.getByRole('button', { name: 'تصدير CSV' }).click();
      await messages(page).waitFor();
      await page.locator('.log-edit').first().click();
      // The panel moves the focus in an effect after the click: wait for it (a focus left on <body> still fails below).
      await page.waitForFunction(() => document.activeElement?.tagName === 'H2', undefined, { timeout: 3000 }).catch(() => {});
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2');
      await page.getByRole('button', { name: 'إلغاء' }).click();
      await page.waitForFunction(() => document.activeElement?.classList.contains('log-edit'));
      assert.equal(await messages(page).count(), 0, 'the export message ended when the form opened');
      await page.close();
    });

    test(`at ${width} px date fields are typed day first and read back in Gregorian and Hijri, on the reading side`, async () => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ext.url('sidepanel.html?tab=log'));
      const from = page.getByLabel('من تاريخ');
      await from.waitFor();
      assert.equal(await from.getAttribute('placeholder'), 'يوم/شهر/سنة');
      assert.equal(await page.getByLabel('إلى تاريخ').getAttribute('placeholder'), 'يوم/شهر/سنة');
      await from.fill('٠٨/١٢/٢٠٢٦');
      const readback = page.locator('.log-filters .date-readback').first();
      assert.match(await readback.innerText(), /^8 ديسمبر 2026 \(28 جمادى الآخرة 1448 هـ\)$/);
      const geometry = await readback.evaluate((el) => {
        const field = el.closest('.field') as HTMLElement;
        const text = el.querySelector('bdi') as HTMLElement;
        return {
          direction: getComputedStyle(el).direction,
          textRight: text.getBoundingClientRect().right,
          fieldRight: field.getBoundingClientRect().right,
        };
      });
      assert.equal(geometry.direction, 'rtl');
      assert.ok(geometry.fieldRight - geometry.textRight < 4, `the read-back starts at the right, under its label: ${JSON.stringify(geometry)}`);

      // In the form, changing the action from raised-for-study to delivered leaves no hidden reason or open follow-up behind.
      await page.getByRole('button', { name: 'تسجيل تواصل جديد' }).click();
      await page.locator('#log-outcome').selectOption('referred');
      await page.locator('#log-referral_reason').fill('طلب إعانة');
      assert.notEqual(await page.locator('#log-follow_up-due').inputValue(), '');
      await page.locator('#log-outcome').selectOption('service_delivered');
      assert.equal(await page.locator('#log-referral_reason').count(), 0);
      // The date field shows its value after an effect has run: wait for it (a value left behind still fails here).
      await page
        .waitForFunction(() => (document.querySelector('#log-follow_up-due') as HTMLInputElement | null)?.value === '', undefined, { timeout: 3000 })
        .catch(() => {});
      assert.equal(await page.locator('#log-follow_up-due').inputValue(), '');
      await page.locator('#log-outcome').selectOption('referred');
      assert.equal(await page.locator('#log-referral_reason').inputValue(), '', 'the reason was dropped, not hidden');
      await page.close();
    });
  }
});
