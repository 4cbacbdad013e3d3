import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Extension, launchExtension, SCREENS } from './helpers';

/** Opens a section of the bundled pack from a search, at the given width. */
async function openSection(ext: Extension, width: number, query: string, title: RegExp): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(ext.url(`sidepanel.html?q=${encodeURIComponent(query)}`));
  await page.locator('[role=option]', { hasText: title }).first().click();
  await page.locator('.section-view .markdown').waitFor();
  return page;
}

describe('numbers, bullets and dates read in their own order in Arabic', () => {
  let ext: Extension;
  before(async () => {
    ext = await launchExtension();
    mkdirSync(SCREENS, { recursive: true });
  });
  after(async () => ext?.close());

  for (const width of [320, 400]) {
    test(`at ${width} px an article's clause numbers stay on screen, on the right`, async () => {
      const page = await openSection(ext, width, 'اختصاصات مجلس الإدارة', /المادة \(25\)/);
      const layout = await page.evaluate(() => {
        const list = document.querySelector('.section-view .markdown ol') as HTMLElement;
        const items = [...list.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
        return {
          direction: getComputedStyle(list).direction,
          listRight: list.getBoundingClientRect().right,
          itemsRight: Math.max(...items.map((r) => r.right)),
          page: document.documentElement.clientWidth,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      assert.equal(layout.direction, 'rtl', 'the list is laid out right to left like its items');
      // The markers sit in the list's start padding (on the right in RTL): the items leave room for them.
      assert.ok(layout.listRight - layout.itemsRight >= 10, `room for the numbers: ${JSON.stringify(layout)}`);
      assert.ok(layout.listRight <= layout.page && layout.overflow <= 0, `nothing hangs off the edge: ${JSON.stringify(layout)}`);
      await page.screenshot({ path: `${SCREENS}/section-view-${width}-ar.png`, fullPage: true });
      await page.close();
    });
  }

  test('the document line isolates each value, so a date and its Hijri in parentheses keep their order', async () => {
    const page = await openSection(ext, 400, 'اختصاصات مجلس الإدارة', /المادة \(25\)/);
    const values = await page.locator('.section-doc bdi').allTextContents();
    assert.ok(
      values.some((v) => /\(.*هـ\)/.test(v)),
      `a reviewed date with its Hijri in parentheses: ${values.join(' | ')}`,
    );
    await page.close();
  });

  test('going back from the 10th result lands on it, on screen, still selected', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('الجمعية')}`));
    await page.locator('[role=option]').nth(9).waitFor();
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown');
    const tenth = (await page.locator('[role=option]').nth(9).getAttribute('id')) ?? '';
    await page.keyboard.press('Enter');
    await page.locator('.section-view').waitFor();
    await page.keyboard.press('Escape');
    await page.locator(`[id="${tenth}"]`).waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('input[type=search]'));
    assert.equal(await page.locator('input[type=search]').getAttribute('aria-activedescendant'), tenth);
    const box = await page.evaluate((id) => {
      const r = (document.getElementById(id) as HTMLElement).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: window.innerHeight };
    }, tenth);
    assert.ok(box.top >= 0 && box.bottom <= box.height, `the 10th result is on screen: ${JSON.stringify(box)}`);
    await page.close();
  });
});
