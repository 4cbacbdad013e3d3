import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { withExtensionAndFixtures } from './fixture-server';
import { compose, insertFromPanel, openPanelWindow, SCREENS } from './helpers';

/**
 * When the page's field does not take the reply as it was sent, the panel says which way it went
 * wrong (never "no text field found"), and the whole text is on the clipboard.
 */
describe('a field that refuses the reply, or takes only part of it', () => {
  const env = withExtensionAndFixtures({ before, after });

  /**
   * A page with one field `#box` holding «قبل» (a contenteditable div, or an input), whose page
   * script `listen` (run in the page, `box` in scope) decides what it does with what it is given;
   * focused, and the panel with its clipboard watched.
   */
  async function pageWith(tag: 'div' | 'input', listen: string): Promise<{ fixture: Page; panel: Page }> {
    const fixture = await env.ext.context.newPage();
    await fixture.goto(env.server.url('/empty.html'));
    await fixture.evaluate(`(() => {
      const box = document.createElement('${tag}');
      box.id = 'box';
      if (box instanceof HTMLInputElement) box.value = 'قبل';
      else { box.contentEditable = 'true'; box.textContent = 'قبل'; }
      document.body.append(box);
      ${listen}
    })()`);
    await fixture.locator('#box').focus();
    const panel = await openPanelWindow(env.ext);
    await panel.evaluate(() => {
      const w = window as unknown as { copiedText?: string };
      navigator.clipboard.writeText = async (t: string) => {
        w.copiedText = t;
      };
    });
    return { fixture, panel };
  }

  /** Composes the reply, presses Insert: the panel's status, and the whole text on the clipboard. */
  async function insertCopied(panel: Page, status: string, toast?: RegExp): Promise<string> {
    const text = await compose(panel);
    assert.equal(await insertFromPanel(panel), status);
    assert.equal(await panel.evaluate(() => (window as unknown as { copiedText?: string }).copiedText), text, 'the whole text on the clipboard');
    if (toast) assert.match((await panel.locator('.toast').textContent()) ?? '', toast);
    return text;
  }

  test('an editor that keeps only the first line: the panel says to check the field, the whole text is copied', async () => {
    // Like an editor that mishandles line breaks: whatever went in, it keeps the first line.
    const { fixture, panel } = await pageWith('div', `box.addEventListener('input', () => { box.textContent = box.innerText.split('\\n')[0]; });`);
    const text = await insertCopied(panel, 'copiedPartial', /فراجِع ما فيه/);
    assert.ok(text.includes('\n'), 'a reply of several lines');
    await panel.screenshot({ path: `${SCREENS}/replies-partial-ar.png`, fullPage: true });
    // Once, not once per method: the chain stops at the first change.
    const kept = (await fixture.locator('#box').textContent()) ?? '';
    const first = text.split('\n')[0] as string;
    assert.equal(kept.split(first).length - 1, 1, `the first line once: ${kept}`);
    assert.ok(!kept.includes(text), 'not the whole text');
    await panel.close();
    await fixture.close();
  });

  test('an editor that refuses every way in: the panel says the field did not accept it, the text is copied', async () => {
    const { fixture, panel } = await pageWith(
      'div',
      `
      // As an editor that renders only its own model does: what the browser changed is put back.
      for (const type of ['paste', 'beforeinput']) box.addEventListener(type, (e) => e.preventDefault());
      box.addEventListener('input', () => { box.textContent = 'قبل'; });
    `,
    );
    await insertCopied(panel, 'copiedRefused', /لم يقبل الحقل الذي كنت تكتب فيه إدراج النص/);
    assert.equal(await fixture.locator('#box').textContent(), 'قبل', 'nothing went in');
    await panel.close();
    await fixture.close();
  });

  test('a field that cuts what it is given (a length limit set by the page): check the field, the whole text is copied', async () => {
    const { fixture, panel } = await pageWith('input', `box.addEventListener('input', () => { box.value = box.value.slice(0, 12); });`);
    await insertCopied(panel, 'copiedPartial');
    assert.equal((await fixture.locator('#box').inputValue()).length, 12, 'what the page kept');
    await panel.close();
    await fixture.close();
  });
});
