import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { audit } from './axe';
import { type Extension, launchExtension } from './helpers';

describe('accessibility audit (axe-core) of every screen, in Arabic', () => {
  let ext: Extension;
  let page: Page;
  before(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
  });
  after(async () => ext?.close());

  test('search: start, results, section', async () => {
    await page.goto(ext.url('sidepanel.html'));
    await page.locator('.empty').waitFor();
    await audit(page, 'search start');
    await page.getByRole('searchbox').fill('مدة الرد');
    await page.locator('.result').first().waitFor();
    await audit(page, 'search results');
    await page.locator('.result').first().click();
    await page.locator('#section-title').waitFor();
    await audit(page, 'section');
  });

  test('replies: list and composer', async () => {
    await page.goto(ext.url('sidepanel.html?tab=replies'));
    await page.locator('.template-item').first().waitFor();
    await audit(page, 'replies');
    await page.locator('.template-open').first().click();
    await page.locator('#composer-title').waitFor();
    await audit(page, 'composer');
  });

  test('log: list, form with errors, follow-ups, dashboard', async () => {
    await page.goto(ext.url('sidepanel.html?tab=log'));
    await page.getByRole('button', { name: 'تسجيل تواصل جديد' }).click();
    await page.locator('#log-beneficiary-phone').fill('123');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.locator('.field-error').first().waitFor();
    await audit(page, 'log form');
    await page.locator('#log-beneficiary-name').fill('نورة');
    await page.locator('#log-beneficiary-phone').fill('0551234567');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.locator('.log-row').first().waitFor();
    await audit(page, 'log list');
    await page.getByRole('button', { name: 'المتابعات' }).click();
    await audit(page, 'follow-ups');
    await page.getByRole('button', { name: 'لوحة المؤشرات' }).click();
    await page.locator('.dashboard').waitFor();
    await audit(page, 'dashboard');
  });

  test('options', async () => {
    await page.goto(ext.url('options.html'));
    await page.locator('h1').waitFor();
    await audit(page, 'options');
  });
});
