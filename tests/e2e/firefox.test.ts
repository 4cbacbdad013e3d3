import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type FirefoxExtension, launchFirefox } from '../../scripts/lib/firefox';
import { type FixtureServer, startFixtureServer } from './fixture-server';

/** Sets a Preact-controlled field's value the way typing does (the value, then bubbling input and change events). */
const SET_FIELD = `function setField(el, value) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}`;

describe('Firefox ESR: the sidebar build in a real Firefox', () => {
  let ff: FirefoxExtension;
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
    ff = await launchFirefox();
  });
  after(async () => {
    await ff?.close();
    await server?.close();
  });

  test('the sidebar page answers a ?q= search with the policy line about a week', async () => {
    await ff.navigate(ff.url(`sidepanel.html?q=${encodeURIComponent('مده الرد')}`));
    const text = await ff.waitFor<string>(`
      const group = [...document.querySelectorAll('.result-group')].find((g) => g.textContent.includes('سياسة تنظيم العلاقة مع المستفيدين'));
      return group ? group.innerText : '';
    `);
    assert.match(text, /لا تقل عن أسبوع/);
    assert.equal(await ff.run<string>('return document.documentElement.dir'), 'rtl');
    assert.ok((await ff.run<number>('return document.querySelectorAll("mark").length')) > 0, 'matched words are highlighted');
  });

  test('a reply composed in the sidebar page is inserted at the caret of a textarea in another window', async () => {
    await ff.navigate(server.url('/plain.html'));
    await ff.run(`const ta = document.getElementById('ta'); ta.focus(); ta.setSelectionRange(4, 4);`);
    const pageWindow = await ff.windowHandle();
    await ff.newWindow();
    await ff.navigate(ff.url('sidepanel.html?tab=replies'));
    await ff.waitFor<boolean>(`return document.querySelectorAll('.template-open').length > 0`);
    await ff.click('.template-open');
    await ff.waitFor<boolean>(`return !!document.querySelector('[data-testid=preview]')`);
    // No form of address is chosen for the staff member: choose one, as they must.
    await ff.click('input[name=gender][value=f]');
    // Fill every empty field of the fill-in form, so nothing blocks insertion.
    const fields = await ff.run<number>(`
      ${SET_FIELD}
      const empty = [...document.querySelectorAll('.composer input[type=text], .composer input:not([type]), .composer textarea')].filter((el) => !el.value);
      for (const el of empty) setField(el, 'سارة');
      return empty.length;
    `);
    assert.ok(fields >= 0);
    const preview = await ff.waitFor<string>(`return document.querySelector('[data-testid=preview]').textContent`);
    await ff.click('.composer button.primary');
    const status = await ff.waitFor<string>(`
      const toast = document.querySelector('.toast[data-status]');
      const s = toast && toast.getAttribute('data-status');
      return s && s !== 'inserting' ? s : '';
    `);
    assert.equal(status, 'inserted');
    await ff.switchTo(pageWindow);
    const value = await ff.run<string>(`return document.getElementById('ta').value`);
    assert.equal(value, `قبل ${preview}بعد`);
  });

  test("the expander's form chooser on a page whose CSP forbids inline styles: on the top layer, styled, «2» inserts the feminine text", async () => {
    await ff.navigate(ff.url('options.html'));
    const box = 'section[aria-labelledby=shortcuts-title] input[type=checkbox]';
    await ff.waitFor<boolean>(`return !!document.querySelector(${JSON.stringify(box)})`);
    if (!(await ff.run<boolean>(`return document.querySelector(${JSON.stringify(box)}).checked`))) await ff.click(box);
    await ff.waitFor<boolean>(`return !!document.querySelector('[data-testid=expand-message]')`);
    await ff.navigate(server.url('/plain.html'));
    await new Promise((r) => setTimeout(r, 800)); // the expander is injected at document_idle
    // A page CSP against inline styles (a constructed sheet is never governed by it). This Firefox lets a
    // content script's <style> through as well, so this does not tell the sheet from the fallback.
    await ff.run(`
      const csp = document.createElement('meta');
      csp.httpEquiv = 'Content-Security-Policy';
      csp.content = "style-src 'none'";
      document.head.append(csp);
      const ta = document.getElementById('ta');
      ta.value = '';
      ta.focus();
    `);
    await ff.keys(';استلام\uE004');
    const shown = await ff.waitFor<{ open: boolean; width: number; height: number; z: string }>(`
      const host = document.querySelector(':root > div[popover]');
      if (!host) return null;
      const r = host.getBoundingClientRect();
      return { open: host.matches(':popover-open'), width: r.width, height: r.height, z: host.style.getPropertyPriority('z-index') };
    `);
    assert.equal(shown.open, true, 'on the top layer');
    assert.equal(shown.z, 'important');
    // Styled: the sheet's padding and border make the box taller than its line of text (about 21px bare).
    assert.ok(shown.height >= 28 && shown.width > 80, JSON.stringify(shown));
    await ff.keys('2');
    const value = await ff.waitFor<string>(`const v = document.getElementById('ta').value; return v.includes('أسبوع') ? v : ''`);
    assert.match(value, /^أختي الكريمة/);
    assert.equal(await ff.run<number>(`return document.querySelectorAll(':root > div[popover]').length`), 0, 'the chooser is gone');
  });
});
