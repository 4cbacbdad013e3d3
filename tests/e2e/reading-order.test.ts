import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Box, markerBoxes, readingOrderBreaks, tokenBoxes } from './geometry';
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

  for (const width of [320, 400]) {
    test(`at ${width} px going back from the 10th result lands on it, on screen, still selected`, async () => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height: 700 });
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
  }
});

/** The words, numbers and parentheses of a text, in logical order. */
const tokensOf = (text: string) => text.match(/[()]|[^\s()]+/g) ?? [];

async function assertReadsInOrder(page: Page, selector: string, dir: 'rtl' | 'ltr' = 'rtl', tokens?: string[]) {
  const words = tokens ?? tokensOf(await page.locator(selector).first().innerText());
  assert.ok(words.length > 1, `something to read in ${selector}`);
  const breaks = readingOrderBreaks(await tokenBoxes(page, selector, words), dir);
  assert.deepEqual(breaks, [], `${selector} reads in its own order`);
}

/** Every marker (number or bullet) of the lists under `selector` is on screen, right of its item (RTL), one below the other. */
async function assertMarkersOnScreen(ext: Extension, page: Page, selector: string) {
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  const items = await markerBoxes(ext.context, page, selector);
  assert.ok(items.length > 2, `list items under ${selector}`);
  let above: Box | null = null;
  for (const { item, marker } of items) {
    const where = JSON.stringify({ item, marker, width });
    assert.ok(marker.left >= 0 && marker.right <= width, `marker on screen: ${where}`);
    assert.ok(marker.left >= item.right - 1, `marker at the item's start, on the right: ${where}`);
    if (above) assert.ok(marker.top >= above.bottom - 1, `markers one below the other: ${where}`);
    above = marker;
  }
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow} px)`);
}

async function screenshot(page: Page, name: string) {
  // From the top: the sticky header would otherwise be drawn over the middle of a full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}

describe('pictures of the section view, the log list and the composer in Arabic, each value in its reading order', () => {
  let ext: Extension;
  before(async () => {
    ext = await launchExtension();
    mkdirSync(SCREENS, { recursive: true });
  });
  after(async () => ext?.close());

  for (const width of [320, 400]) {
    test(`at ${width} px: المادة (25) with its clause numbers, a guide section with its bullets`, async () => {
      const page = await openSection(ext, width, 'اختصاصات مجلس الإدارة', /المادة \(25\)/);
      await assertMarkersOnScreen(ext, page, '.section-view .markdown ol');
      await assertReadsInOrder(page, '.section-doc');
      await assertReadsInOrder(page, '.section-doc bdi:last-of-type', 'rtl', ['نوفمبر', '2026', '(', 'جمادى', '1448', 'هـ', ')']);
      await assertReadsInOrder(page, '.section-view .markdown li:nth-child(2)');
      await noSidewaysScroll(page);
      await screenshot(page, `reading-section-25-ar-${width}`);
      await page.close();

      const bullets = await openSection(ext, width, 'المدد الزمنية للرد', /المدد الزمنية/);
      await assertMarkersOnScreen(ext, bullets, '.section-view .markdown ul');
      await noSidewaysScroll(bullets);
      await screenshot(bullets, `reading-section-bullets-ar-${width}`);
      await bullets.close();
    });

    test(`at ${width} px: the log list shows the masked ID as 1•••••••72 and its dates in their order`, async () => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ext.url('sidepanel.html?tab=log'));
      const name = `سارة القحطاني ${width}`;
      await page.getByRole('button', { name: 'تسجيل تواصل جديد' }).click();
      await page.locator('#log-channel').selectOption('phone');
      await page.locator('#log-beneficiary-name').fill(name);
      await page.locator('#log-beneficiary-phone').fill('0533333333');
      await page.locator('#log-beneficiary-national_id').fill('1000000172');
      await page.locator('#log-request_ref').fill('1448-0077');
      await page.locator('#log-outcome').selectOption('referred');
      await page.getByRole('button', { name: 'حفظ' }).click();
      const row = `.log-row[data-id="${await page.locator('.log-row', { hasText: name }).getAttribute('data-id')}"]`;

      assert.equal(await page.locator(`${row} .masked-id`).innerText(), '1•••••••72');
      await assertReadsInOrder(page, `${row} .masked-id`, 'ltr', [...'1•••••••72']);
      await assertReadsInOrder(page, `${row} .log-main`, 'rtl', ['سارة', 'القحطاني', '1•••••••72', '1448-0077']);
      await assertReadsInOrder(page, `${row} .log-main .small bdi`);
      await assertReadsInOrder(page, `${row} .badge bdi`);
      await noSidewaysScroll(page);
      await screenshot(page, `reading-log-list-ar-${width}`);
      await page.close();
    });

    test(`at ${width} px: the composer with a letter's date line in its order`, async () => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ext.url('sidepanel.html?tab=replies'));
      await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome.storage.session.clear());
      await page.reload();
      await page.getByLabel('القناة').selectOption('letters');
      await page.locator('.template-open').first().click();
      await page.getByLabel('مؤنث').check();
      await page.getByLabel('اسم المستفيد').fill('نورة العتيبي');
      await page.getByLabel('رقم الطلب').fill('7731-0042');
      await assertReadsInOrder(page, '[data-testid=preview]');
      // A request number with a hyphen reads as typed, not «0042-7731».
      await assertReadsInOrder(page, '[data-testid=preview]', 'ltr', ['7731', '-', '0042']);
      await noSidewaysScroll(page);
      await screenshot(page, `reading-composer-ar-${width}`);
      await page.close();
    });
  }
});
