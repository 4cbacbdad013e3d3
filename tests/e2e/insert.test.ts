import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { withExtensionAndFixtures } from './fixture-server';
import { compose, insertFromPanel as insert, openPanelWindow, SCREENS } from './helpers';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('insert a reply where the staff member is typing (panel → background → page)', () => {
  const env = withExtensionAndFixtures({ before, after });

  async function fixtureWith(path: string, focus: (page: Page) => Promise<void>): Promise<{ fixture: Page; panel: Page }> {
    const fixture = await env.ext.context.newPage();
    await fixture.goto(env.server.url(path));
    await focus(fixture);
    const panel = await openPanelWindow(env.ext);
    return { fixture, panel };
  }

  test('textarea: at the caret, multi-line, undoable', async () => {
    const { fixture, panel } = await fixtureWith('/plain.html', (p) =>
      p.evaluate(() => {
        const ta = document.getElementById('ta') as HTMLTextAreaElement;
        ta.focus();
        ta.setSelectionRange(4, 4);
      }),
    );
    const text = await compose(panel);
    await panel.screenshot({ path: `${SCREENS}/replies-compose-ar.png`, fullPage: true });
    assert.equal(await insert(panel), 'inserted');
    // The text may hold personal data: the panel names the site that received it.
    assert.equal(await panel.getByTestId('inserted-host').textContent(), new URL(env.server.url('/')).host);
    const value = await fixture.locator('#ta').inputValue();
    assert.equal(value, `قبل ${text}بعد`);
    assert.ok(value.includes('\n'), 'line breaks kept in a textarea');
    await fixture.bringToFront();
    await fixture.locator('#ta').focus();
    await fixture.keyboard.press('Control+z');
    assert.equal(await fixture.locator('#ta').inputValue(), 'قبل بعد');
    await panel.close();
    await fixture.close();
  });

  test('single-line input: line breaks become spaces, selection replaced', async () => {
    const { fixture, panel } = await fixtureWith('/plain.html', (p) =>
      p.evaluate(() => {
        const input = document.getElementById('in') as HTMLInputElement;
        input.focus();
        input.setSelectionRange(0, 3); // replaces «قبل»
      }),
    );
    const text = await compose(panel);
    assert.equal(await insert(panel), 'inserted');
    assert.equal(await fixture.locator('#in').inputValue(), `${text.replace(/\s*\n+\s*/g, ' ')} بعد`);
    await panel.close();
    await fixture.close();
  });

  test('contenteditable: inserted at the caret and undoable', async () => {
    const { fixture, panel } = await fixtureWith('/plain.html', (p) =>
      p.evaluate(() => {
        const ce = document.getElementById('ce') as HTMLElement;
        ce.focus();
        const range = document.createRange();
        range.setStart(ce.firstChild as Text, 4);
        range.collapse(true);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }),
    );
    const text = await compose(panel);
    assert.equal(await insert(panel), 'inserted');
    const content = collapse(await fixture.locator('#ce').innerText());
    assert.equal(content, collapse(`قبل ${text}بعد`));
    await fixture.bringToFront();
    await fixture.locator('#ce').focus();
    await fixture.keyboard.press('Control+z');
    assert.equal(collapse(await fixture.locator('#ce').innerText()), 'قبل بعد');
    await panel.close();
    await fixture.close();
  });

  test('textareas inside an open shadow root and a same-origin iframe', async () => {
    const { fixture, panel } = await fixtureWith('/plain.html', (p) =>
      p.evaluate(() => {
        (document.getElementById('host')?.shadowRoot?.getElementById('shadow-ta') as HTMLTextAreaElement | null)?.focus();
      }),
    );
    const text = await compose(panel);
    assert.equal(await insert(panel), 'inserted');
    assert.equal(
      await fixture.evaluate(() => (document.getElementById('host')?.shadowRoot?.getElementById('shadow-ta') as HTMLTextAreaElement | null)?.value),
      text,
    );
    await fixture.evaluate(() => {
      const doc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument as Document;
      (doc.getElementById('inner') as HTMLTextAreaElement).focus();
    });
    assert.equal(await insert(panel), 'inserted');
    assert.equal(await fixture.frameLocator('#frame').locator('#inner').inputValue(), text);
    await panel.close();
    await fixture.close();
  });

  test('React-controlled textarea: React state sees the text', async () => {
    const { fixture, panel } = await fixtureWith('/react.html', (p) => p.locator('#react-ta').focus());
    const text = await compose(panel);
    assert.equal(await insert(panel), 'inserted');
    await fixture.waitForFunction((t) => document.getElementById('react-state')?.textContent === t, text);
    await panel.close();
    await fixture.close();
  });

  test('Lexical (WhatsApp Web, Messenger): in the editor model, multi-line, undoable', async () => {
    const { fixture, panel } = await fixtureWith('/lexical.html', (p) => p.locator('#editor').focus());
    const text = await compose(panel);
    assert.equal(await insert(panel), 'inserted');
    const model = (await fixture.locator('#state').textContent()) ?? '';
    assert.equal(collapse(model), collapse(text));
    assert.ok(model.includes('\n'), 'lines become separate lines in the model');
    await fixture.bringToFront();
    await fixture.locator('#editor').focus();
    await fixture.keyboard.press('Control+z');
    await fixture.waitForFunction(() => (document.getElementById('state')?.textContent ?? '').trim() === '');
    await panel.close();
    await fixture.close();
  });

  test('Draft.js (X): in the editor model', async () => {
    const { fixture, panel } = await fixtureWith('/draft.html', (p) => p.locator('[contenteditable=true]').focus());
    const text = await compose(panel);
    assert.equal(await insert(panel), 'inserted');
    await fixture.waitForFunction((t) => (document.getElementById('state')?.textContent ?? '').replace(/\s+/g, ' ').trim() === t, collapse(text));
    await panel.close();
    await fixture.close();
  });

  test('a page with no field: the text is copied to the clipboard and the panel says so', async () => {
    const { fixture, panel } = await fixtureWith('/empty.html', async () => {});
    await panel.evaluate(() => {
      const w = window as unknown as { copiedText?: string };
      navigator.clipboard.writeText = async (t: string) => {
        w.copiedText = t;
      };
    });
    const text = await compose(panel);
    assert.equal(await insert(panel), 'copiedFallback');
    assert.equal(await panel.evaluate(() => (window as unknown as { copiedText?: string }).copiedText), text);
    assert.match((await panel.locator('.toast').textContent()) ?? '', /نُسخ النص إلى الحافظة/);
    await panel.close();
    await fixture.close();
  });

  test('a page the extension may not script: copied, and permission offered once with its reason', async () => {
    const { fixture, panel } = await fixtureWith('/plain.html', async () => {});
    await fixture.goto(env.server.url('/plain.html').replace('127.0.0.1', 'localhost'));
    await fixture.locator('#ta').focus();
    await panel.evaluate(() => {
      navigator.clipboard.writeText = async () => {};
    });
    await compose(panel);
    assert.equal(await insert(panel), 'copiedNoAccess');
    await panel.getByRole('button', { name: 'اسمح لمُرشد بالإدراج في الصفحات' }).waitFor();
    assert.equal(await fixture.locator('#ta').inputValue(), 'قبل بعد', 'nothing was written to the page');
    // Asking gives a visible answer. Headless Chromium cannot answer its own prompt, so the browser's
    // answer is given here: refused first, then granted.
    const answerWith = (granted: boolean) =>
      panel.evaluate((g) => {
        const permissions = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions;
        permissions.request = (_p: unknown, callback?: (granted: boolean) => void) => {
          callback?.(g);
          return Promise.resolve(g);
        };
      }, granted);
    const allow = panel.getByRole('button', { name: 'اسمح لمُرشد بالإدراج في الصفحات' });
    await answerWith(false);
    await allow.click();
    await panel.locator('[data-access="refused"]', { hasText: 'لم يُمنح الإذن' }).waitFor();
    await answerWith(true);
    await allow.click();
    await panel.locator('[data-access="granted"]', { hasText: 'سُمح لمُرشد بالإدراج في الصفحات' }).waitFor();
    assert.equal(await allow.count(), 0, 'the offer goes once granted');
    await panel.close();
    await fixture.close();
  });

  test('never into a password field', async () => {
    const { fixture, panel } = await fixtureWith('/plain.html', (p) => p.locator('#pw').focus());
    await panel.evaluate(() => {
      navigator.clipboard.writeText = async () => {};
    });
    await compose(panel);
    // Said as it is: Murshid never writes there (not "no text field found").
    assert.equal(await insert(panel), 'copiedPassword');
    assert.match((await panel.locator('.toast').textContent()) ?? '', /لا يكتب مُرشد في حقول كلمات المرور/);
    assert.equal(await fixture.locator('#pw').inputValue(), '');
    await panel.close();
    await fixture.close();
  });
});
