import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { withExtensionAndFixtures } from './fixture-server';
import { openPanelWindow, SCREENS } from './helpers';

describe('sample text is never passed off as official', () => {
  const env = withExtensionAndFixtures({ before, after });

  test('a letter answer quoting a sample article shows the mark, says why, and asks before inserting', async () => {
    const fixture = await env.ext.context.newPage();
    await fixture.goto(env.server.url('/plain.html'));
    await fixture.evaluate(() => {
      const ta = document.getElementById('ta') as HTMLTextAreaElement;
      ta.value = '';
      ta.focus();
    });
    const panel = await openPanelWindow(env.ext, `sidepanel.html?q=${encodeURIComponent('مدة مجلس الإدارة')}`);

    // Copy the citation of a bylaws article: the bylaws are `status: sample`.
    await panel.locator('.result', { hasText: 'المادة (23)' }).click();
    await panel.evaluate(() => {
      navigator.clipboard.writeText = async () => {};
    });
    await panel.getByRole('button', { name: 'نسخ الاستشهاد' }).click();
    await panel.locator('.toast', { hasText: 'نُسخ' }).waitFor();
    await panel.waitForFunction(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return !!(await c.storage.session.get('lastCitation')).lastCitation;
    });
    await panel.keyboard.press('Escape');

    await panel.getByRole('tab', { name: 'الردود' }).click();
    await panel.getByLabel('القناة').selectOption('letters');
    await panel.getByRole('button', { name: /الرد على طلب مع الاستشهاد/ }).click();
    const citation = panel.getByLabel('النص المستشهد به');
    await panel.waitForFunction(() => ((document.getElementById('field-citation') as HTMLTextAreaElement | null)?.value ?? '').length > 0);
    assert.match(await citation.inputValue(), /^المادة \(23\) «تكوين مجلس الإدارة» من اللائحة الأساسية للجمعية \(نص تجريبي\): /);
    for (const [label, value] of [
      ['اسم المستفيد', 'نورة سعد'],
      ['رقم الطلب', '1448-0231'],
      ['رقم الخطاب', '112/ع'],
      ['الموضوع', 'الرد على طلب إيضاح'],
      ['اسم الموظف', 'سارة الحربي'],
      ['المسمى الوظيفي', 'أخصائية علاقات المستفيدين'],
      ['الفرع', 'فرع الرياض'],
    ] as const) {
      const field = panel.getByLabel(label, { exact: true });
      if (await field.count()) await field.fill(value);
    }
    await panel.getByLabel('مؤنث').check();
    const preview = (await panel.getByTestId('preview').textContent()) ?? '';
    assert.match(preview, /المكرمة \/ نورة سعد/);
    assert.match(preview, /\(نص تجريبي\)/, 'the mark travels into the letter');
    // The panel says why before anything is sent.
    assert.match(await panel.getByTestId('sample-notice').innerText(), /نص تجريبي.*لم تعتمدها الجمعية/);

    const insertButton = panel.getByRole('button', { name: 'إدراج في الصفحة' });
    await insertButton.click();
    const confirm = panel.getByTestId('sample-confirm');
    await confirm.waitFor();
    await panel.screenshot({ path: `${SCREENS}/replies-sample-confirm-ar.png`, fullPage: true });
    assert.equal(await fixture.locator('#ta').inputValue(), '', 'nothing is inserted before the staff member confirms');
    await confirm.getByRole('button', { name: 'لا، سأراجعه' }).click();
    await confirm.waitFor({ state: 'detached' });
    assert.equal(await fixture.locator('#ta').inputValue(), '');

    await insertButton.click();
    await confirm.getByRole('button', { name: 'نعم، أدرج الرد' }).click();
    await panel.locator('.toast[data-status="inserted"]').waitFor();
    const inserted = await fixture.locator('#ta').inputValue();
    assert.match(inserted, /المادة \(23\) «تكوين مجلس الإدارة» من اللائحة الأساسية للجمعية \(نص تجريبي\)/);

    // A reply quoting approved text goes without the question.
    await fixture.evaluate(() => {
      const ta = document.getElementById('ta') as HTMLTextAreaElement;
      ta.value = '';
      ta.focus();
    });
    await citation.fill('سياسة تنظيم العلاقة مع المستفيدين: يُرد على الطلب خلال مدة لا تقل عن أسبوع.');
    assert.equal(await panel.getByTestId('sample-notice').count(), 0);
    await insertButton.click();
    await fixture.waitForFunction(() => (document.getElementById('ta') as HTMLTextAreaElement).value.includes('سياسة'));
    assert.equal(await confirm.count(), 0);
    assert.match(await fixture.locator('#ta').inputValue(), /سياسة تنظيم العلاقة مع المستفيدين/);
    await panel.close();
    await fixture.close();
  });

  test("the options page's import section carries the template writing guide", async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.ext.url('options.html'));
    const guide = page.getByTestId('template-guide');
    await guide.locator('summary').click();
    const text = await guide.innerText();
    assert.match(text, /كاف المؤنثة تُكتب بالكسرة/);
    assert.match(text, /خلال مدة لا تقل عن أسبوع/);
    assert.match(text, /الهجري ثم الميلادي/);
    await page.close();
  });
});
