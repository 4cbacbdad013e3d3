import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Extension, launchExtension, SCREENS } from './helpers';

describe('the reply being written is kept while the staff member looks something up', () => {
  let ext: Extension;
  before(async () => {
    ext = await launchExtension();
  });
  after(async () => ext?.close());

  async function expectDraft(panel: Page, title: string) {
    await panel.getByRole('heading', { name: title }).waitFor();
    assert.ok(await panel.getByLabel('مؤنث').isChecked(), 'the form of address is kept');
    assert.equal(await panel.getByLabel('اسم المستفيد').inputValue(), 'نورة العتيبي');
    assert.match((await panel.getByTestId('preview').textContent()) ?? '', /نورة العتيبي/);
  }

  /** A panel page at this width with no reply in progress, whatever a test before left. */
  async function freshPanel(width: number): Promise<Page> {
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width, height: 900 });
    await panel.goto(ext.url('sidepanel.html?tab=replies'));
    await panel.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome.storage.session.clear());
    await panel.reload();
    return panel;
  }

  for (const width of [320, 400]) {
    test(`at ${width} px: template, channel, form of address and typed values survive a tab switch and a reload`, async () => {
      const panel = await freshPanel(width);
      await panel.getByLabel('القناة').selectOption('letters');
      await panel.locator('.template-open').first().click();
      const heading = ((await panel.locator('#composer-title').textContent()) ?? '').trim();
      assert.ok(heading.length > 0);
      await panel.getByLabel('مؤنث').check();
      await panel.getByLabel('اسم المستفيد').fill('نورة العتيبي');

      await panel.getByRole('tab', { name: 'بحث' }).click();
      await panel.locator('input[type=search]').fill('مده الرد');
      await panel.locator('.result-group').first().waitFor();
      await panel.getByRole('tab', { name: 'الردود' }).click();
      await expectDraft(panel, heading);

      // A reload of the panel page keeps the session's storage (closing the browser does not).
      await panel.reload();
      await panel.getByRole('tab', { name: 'الردود' }).click();
      await expectDraft(panel, heading);
      await panel.screenshot({ path: `${SCREENS}/composer-restored-ar-${width}.png`, fullPage: true });

      // Back to the list: the channel stays.
      await panel.getByRole('button', { name: 'رجوع إلى القوالب' }).click();
      assert.equal(await panel.getByLabel('القناة').inputValue(), 'letters');
      await panel.close();
    });

    test(`at ${width} px: «سجّل هذا التواصل» puts the keyboard on the form, and the channel is still there after saving`, async () => {
      const panel = await freshPanel(width);
      await panel.evaluate(() => {
        navigator.clipboard.writeText = async () => {};
      });
      await panel.getByLabel('القناة').selectOption('letters');
      await panel.locator('.template-open').first().click();
      await panel.locator('#composer-title').waitFor();
      for (const field of await panel.locator('.template-fields input[type=text], .template-fields textarea').all()) {
        if (!(await field.inputValue())) await field.fill('نص');
      }
      await panel.getByRole('button', { name: 'نسخ النص' }).click();
      await panel.getByRole('button', { name: 'سجّل هذا التواصل' }).click();
      await panel.locator('form.log-form').waitFor();
      // The panel moves the focus in an effect after the click: wait for it (a focus left on <body> still fails below).
      await panel.waitForFunction(() => document.activeElement?.tagName === 'H2', undefined, { timeout: 3000 }).catch(() => {});
      assert.equal(await panel.evaluate(() => document.activeElement?.tagName), 'H2', 'the keyboard is at the top of the form, not on <body>');
      assert.equal(await panel.locator('#log-channel').inputValue(), 'letters');
      await panel.getByRole('button', { name: 'حفظ' }).click();
      await panel.getByText('حُفظ السجل').waitFor();

      await panel.getByRole('tab', { name: 'الردود' }).click();
      await panel.locator('.template-open').first().waitFor();
      assert.equal(await panel.getByLabel('القناة').inputValue(), 'letters', 'the channel of the reply just logged');
      await panel.reload();
      await panel.getByRole('tab', { name: 'الردود' }).click();
      await panel.locator('.template-open').first().waitFor();
      assert.equal(await panel.getByLabel('القناة').inputValue(), 'letters', 'and after a reload');
      await panel.close();
    });
  }

  for (const width of [320, 400]) {
    test(`at ${width} px a template searched in the wrong channel points to the channel that has it`, async () => {
      const panel = await freshPanel(width);
      await panel.getByLabel('القناة').selectOption('social-media');
      await panel.getByLabel('ابحث في القوالب').fill('خطاب');
      const offer = panel.getByRole('button', { name: /انتقل إلى الخطابات/ });
      await offer.waitFor();
      await offer.click();
      assert.equal(await panel.getByLabel('القناة').inputValue(), 'letters');
      assert.ok((await panel.locator('.template-open').count()) > 0, 'the letters templates are listed');
      await panel.close();
    });
  }
});
