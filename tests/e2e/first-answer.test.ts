import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Extension, launchExtension } from './helpers';

/**
 * The side panel's first answer (components/first): a `?q=` open shows the app's own answer before
 * the app has loaded, and the app takes over with what the staff member did meanwhile.
 */

/**
 * Runs before the page's scripts: keeps the first answer's HTML as it first shows and the app's
 * as it takes over; with `act`, acts on the first answer the moment it shows (its handlers are
 * live for TAKEOVER_MS only: a test's own keys could come after it).
 */
const watch = (act: string | null) => `(() => {
  const w = window;
  new MutationObserver(() => {
    const app = document.getElementById('app');
    if (!app) return;
    if (w.__first === undefined && app.hasAttribute('data-first') && app.querySelector('.result')) {
      w.__first = app.innerHTML;
      ${act ?? ''}
    }
    if (w.__first !== undefined && w.__app === undefined && !app.hasAttribute('data-first')) w.__app = app.innerHTML;
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-first'] });
})();`;

async function open(ext: Extension, query: string, act: string | null = null): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript(watch(act));
  await page.goto(ext.url(`sidepanel.html?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => (window as { __app?: string }).__app !== undefined, null, { timeout: 10_000 });
  return page;
}

/** The staff member's interface language, as the options page stores it. */
const setLanguage = (ext: Extension, lang: 'ar' | 'en') =>
  ext.worker.evaluate((l) => {
    const c = globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } };
    return c.chrome.storage.local.set({ uiLanguage: l });
  }, lang);

/** The staff member's digits, as the options page stores them. */
const setDigits = (ext: Extension, digits: 'latn' | 'arab') =>
  ext.worker.evaluate((d) => {
    const c = globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } };
    return c.chrome.storage.local.set({ digits: d });
  }, digits);

/** Each result's element, in order: the first answer shows the first few, the app may show more. */
const resultsOf = (html: string) => [...html.matchAll(/<div [^>]*id="r-[^"]+"[^>]*>[\s\S]*?<\/p><\/div>/g)].map((m) => m[0]);

/**
 * The first answer's HTML and the app's as they took over, compared as elements, attributes in name
 * order (the app renders over the first answer's own elements, which may list an attribute it set
 * again last).
 */
const shownPair = (page: Page) =>
  page.evaluate(`(() => {
      const canonical = (html) => {
        const t = document.createElement('template');
        t.innerHTML = html;
        const out = (n) => n instanceof Element
          ? '<' + n.localName + [...n.attributes].map((a) => ' ' + a.name + '="' + a.value + '"').sort().join('') + '>' + [...n.childNodes].map(out).join('') + '</' + n.localName + '>'
          : (n.textContent ?? '');
        return [...t.content.childNodes].map(out).join('');
      };
      return { first: canonical(window.__first ?? ''), app: canonical(window.__app ?? '') };
    })()`) as Promise<{ first: string; app: string }>;

describe('the side panel’s first answer', () => {
  let ext: Extension;
  before(async () => {
    ext = await launchExtension();
  });
  after(async () => ext?.close());

  test('is the app’s own answer: the same page around the same results, every string in Arabic', async () => {
    const page = await open(ext, 'مده الرد');
    const { first, app } = await shownPair(page);
    assert.ok(first.includes('class="result'), 'the first answer shows results');
    // The page around the results is the app's.
    const before = (html: string) => html.slice(0, html.search(/<div [^>]*id="r-/));
    assert.equal(before(first), before(app));
    const shown = resultsOf(first);
    assert.ok(shown.length >= 1 && shown.length <= 6, `a screenful (${shown.length})`);
    assert.deepEqual(shown, resultsOf(app).slice(0, shown.length), 'the same results, in the same order');
    // A string missing from the first answer's catalog would show as its key.
    const keys = Object.keys(JSON.parse(readFileSync('public/_locales/ar/messages.json', 'utf8')) as object);
    const words = new Set(first.match(/[A-Za-z_]{4,}/g) ?? []);
    assert.deepEqual(
      keys.filter((k) => words.has(k)),
      [],
      'no message key shown as text',
    );
    await page.close();
  });

  test('keys pressed on it reach the app: ↓ ↓ moves to the third result, in the very box it showed', async () => {
    const page = await open(
      ext,
      'مده الرد',
      `const box = app.querySelector('input[type=search]');
      w.__box = box;
      for (let i = 0; i < 2; i++) box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));`,
    );
    await page.waitForFunction(() => document.querySelectorAll('.result')[2]?.getAttribute('aria-selected') === 'true', null, { timeout: 5000 });
    // The app rendered over the first answer's elements: the same box, still focused.
    assert.equal(await page.evaluate(() => document.querySelector('input[type=search]') === (window as { __box?: Element }).__box), true);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'search', 'the box keeps the focus');
    await page.close();
  });

  test('text typed in its box is the app’s query, caret where it was; Esc then typing keeps what was typed', async () => {
    const page = await open(
      ext,
      'مجلس الإدارة',
      `const box = app.querySelector('input[type=search]');
      box.value = 'مده الرد';
      box.setSelectionRange(3, 3);
      box.dispatchEvent(new Event('input', { bubbles: true }));`,
    );
    const box = page.locator('input[type=search]');
    assert.equal(await box.inputValue(), 'مده الرد');
    await page.locator('#r-guide-timelines').waitFor();
    assert.deepEqual(await box.evaluate((b: HTMLInputElement) => [document.activeElement === b, b.selectionStart]), [true, 3], 'focus and caret carried over');
    await page.close();

    const again = await open(
      ext,
      'مجلس الإدارة',
      `const box = app.querySelector('input[type=search]');
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      box.value = 'مده الرد';
      box.dispatchEvent(new Event('input', { bubbles: true }));`,
    );
    await again.locator('#r-guide-timelines').waitFor();
    await again.waitForTimeout(200);
    assert.equal(await again.locator('input[type=search]').inputValue(), 'مده الرد', 'the held Esc did not clear what was typed after it');
    assert.equal(await again.locator('.result').first().getAttribute('aria-selected'), 'true', 'the new list starts on its first row');
    await again.close();
  });

  test('focus moved to a filter on it stays there; a filter clicked on it applies in the app', async () => {
    const page = await open(ext, 'مده الرد', `app.querySelector('[data-control="filter"]').focus();`);
    await page.waitForTimeout(300); // past the app's first effects
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.control), 'filter');
    await page.close();

    const clicked = await open(ext, 'مده الرد', `app.querySelector('[data-control="filter-guide"]').click();`);
    await clicked.waitForFunction(() => document.querySelector('[data-control="filter-guide"]')?.getAttribute('aria-pressed') === 'true', null, {
      timeout: 5000,
    });
    await clicked.waitForFunction(() => document.querySelectorAll('.result-group').length === 1);
    await clicked.close();
  });

  test('a result clicked on it opens in the app', async () => {
    const page = await open(ext, 'مده الرد', `app.querySelector('.result').click();`);
    await page.locator('.section-view').waitFor({ timeout: 5000 });
    assert.ok((await page.locator('.result').count()) === 0, 'the section is open, not the list');
    await page.close();
  });

  test('a panel last shown in English shows its first answer in English, left to right, and the app takes over in English', async () => {
    // The staff member's choice, as the options page stores it; the panel notes it when it opens.
    await setLanguage(ext, 'en');
    const noting = await ext.context.newPage();
    await noting.goto(ext.url('sidepanel.html'));
    await noting.waitForFunction(() => localStorage.getItem('murshid:uiLanguage') === 'en');
    await noting.close();
    try {
      const page = await ext.context.newPage();
      await page.addInitScript(`${watch(null)}
        new MutationObserver(() => {
          if (window.__firstDir === undefined && document.getElementById('app')?.hasAttribute('data-first')) window.__firstDir = document.documentElement.dir + ' ' + document.documentElement.lang;
        }).observe(document, { childList: true, subtree: true, attributes: true });`);
      await page.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('مده الرد')}`));
      await page.waitForFunction(() => (window as { __app?: string }).__app !== undefined, null, { timeout: 10_000 });
      const { first, app } = await shownPair(page);
      const firstDir = await page.evaluate(() => (window as { __firstDir?: string }).__firstDir ?? '');
      assert.ok(first.includes('class="result'), 'a first answer was shown');
      assert.equal(firstDir, 'ltr en', 'the page is English, left to right, while the first answer shows');
      assert.match(first, />Search</, 'its tabs in English');
      assert.doesNotMatch(first, />بحث</, 'not its Arabic tab');
      const keys = Object.keys(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as object);
      const words = new Set(first.match(/[A-Za-z_]{4,}/g) ?? []);
      assert.deepEqual(
        keys.filter((k) => words.has(k)),
        [],
        'no message key shown as text',
      );
      const before = (html: string) => html.slice(0, html.search(/<div [^>]*id="r-/));
      assert.equal(before(first), before(app), 'the app takes over with the same English page around the results');
      assert.equal(await page.locator('.tabs [role=tab]').first().innerText(), 'Search', 'the app, in English');
      await page.close();
    } finally {
      await setLanguage(ext, 'ar');
    }
  });

  test('counts in the digits the staff member chose, as the app does (no Latin count that changes on takeover)', async () => {
    await setDigits(ext, 'arab');
    const noting = await ext.context.newPage();
    await noting.goto(ext.url('sidepanel.html'));
    // Both notes as the app writes them (a panel last shown in English would wait for the app).
    await noting.waitForFunction(() => localStorage.getItem('murshid:digits') === 'arab' && localStorage.getItem('murshid:uiLanguage') === 'ar');
    await noting.close();
    try {
      const page = await open(ext, 'مده الرد');
      const { first, app } = (await page.evaluate(() => ({
        first: (window as { __first?: string }).__first ?? '',
        app: (window as { __app?: string }).__app ?? '',
      }))) as {
        first: string;
        app: string;
      };
      const count = (html: string) => /<p class="count"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? '';
      assert.match(count(first), /^[^0-9]*[\u0660-\u0669]+[^0-9]*$/, `the first answer's count in Arabic-Indic digits: ${count(first)}`);
      assert.equal(count(first), count(app), 'the app shows the same count');
      await page.close();
    } finally {
      await setDigits(ext, 'latn');
    }
  });
});
