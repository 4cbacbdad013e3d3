import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type FirefoxExtension, launchFirefox } from '../../scripts/lib/firefox';
import { composeReply, enableShortcuts, insertReply } from './firefox-sidebar';
import { type FixtureServer, startFixtureServer } from './fixture-server';

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
    const preview = await composeReply(ff);
    const status = await insertReply(ff);
    assert.equal(status, 'inserted');
    await ff.switchTo(pageWindow);
    const value = await ff.run<string>(`return document.getElementById('ta').value`);
    assert.equal(value, `قبل ${preview}بعد`);
  });

  test("the expander's form chooser on a page whose CSP forbids inline styles: on the top layer, styled, «2» inserts the feminine text", async () => {
    await enableShortcuts(ff);
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
