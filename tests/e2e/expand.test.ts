import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { withExtensionAndFixtures } from './fixture-server';

describe('template shortcuts: ;shortcut then Tab (opt-in)', () => {
  const env = withExtensionAndFixtures({ before, after });

  test('off by default; once enabled it expands in a textarea and a contenteditable, never in a password field', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('/plain.html'));
    await page.locator('#ta').fill('');
    await page.locator('#ta').pressSequentially(';استلام');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator('#ta').inputValue(), ';استلام', 'nothing happens before the staff member opts in');

    const options = await env.ext.context.newPage();
    await options.goto(env.ext.url('options.html'));
    await options.getByLabel(/اكتب ;الاختصار ثم Tab/).check();
    await options.getByTestId('expand-message').filter({ hasText: 'الاختصارات مفعّلة' }).waitFor();

    await page.reload();
    await page.locator('#ta').fill('');
    await page.locator('#ta').pressSequentially('مرحباً ;استلام');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => (document.getElementById('ta') as HTMLTextAreaElement).value.includes('لا تقل عن أسبوع'));
    const value = await page.locator('#ta').inputValue();
    assert.ok(value.startsWith('مرحباً '), value);
    assert.ok(!value.includes(';استلام'), 'the shortcut itself is replaced');
    assert.match(value, /«اسم المستفيد»/, 'what is not known is left for the staff member to fill');

    await page.locator('#ce').evaluate((el) => {
      el.textContent = '';
      (el as HTMLElement).focus();
    });
    await page.keyboard.type(';ختام');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.getElementById('ce')?.textContent?.includes('شكراً'));
    assert.ok(!(await page.locator('#ce').innerText()).includes(';ختام'));

    await page.locator('#pw').pressSequentially(';استلام');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator('#pw').inputValue(), ';استلام');
    await page.close();
    await options.close();
  });
});
