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

  test('template, channel, form of address and typed values survive a tab switch and a reload', async () => {
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(ext.url('sidepanel.html?tab=replies'));
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

    await panel.reload();
    await panel.getByRole('tab', { name: 'الردود' }).click();
    await expectDraft(panel, heading);
    await panel.screenshot({ path: `${SCREENS}/composer-restored-ar.png`, fullPage: true });

    // Back to the list: the channel stays.
    await panel.getByRole('button', { name: 'رجوع إلى القوالب' }).click();
    assert.equal(await panel.getByLabel('القناة').inputValue(), 'letters');
    await panel.close();
  });

  test('a template searched in the wrong channel points to the channel that has it', async () => {
    const panel = await ext.context.newPage();
    await panel.goto(ext.url('sidepanel.html?tab=replies'));
    // Start from no reply in progress, whatever the test before left.
    await panel.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome.storage.session.clear());
    await panel.reload();
    await panel.getByLabel('القناة').selectOption('social-media');
    await panel.getByLabel('ابحث في القوالب').fill('خطاب');
    const offer = panel.getByRole('button', { name: /انتقل إلى الخطابات/ });
    await offer.waitFor();
    await offer.click();
    assert.equal(await panel.getByLabel('القناة').inputValue(), 'letters');
    assert.ok((await panel.locator('.template-open').count()) > 0, 'the letters templates are listed');
    await panel.close();
  });
});
