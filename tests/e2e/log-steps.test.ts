import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchExtension, SCREENS } from './helpers';

/** Where the keyboard is: tag, id and class of the focused element. */
const focusNow = (page: Page) =>
  page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id ?? '', className: document.activeElement?.className ?? '' }));
/** Where the focus is once the panel has moved it (it moves in an effect after the click): polls up to 3 s for `settled`, then returns where it is. */
const focused = async (page: Page, settled: (f: Awaited<ReturnType<typeof focusNow>>) => boolean) => {
  let f = await focusNow(page);
  for (let i = 0; i < 30 && !settled(f); i++) {
    await page.waitForTimeout(100);
    f = await focusNow(page);
  }
  return f;
};

/** Whether the masked ID's first digit shows left of its last one (its own reading order, inside RTL text). */
const maskedIdReadsInOrder = (page: Page) =>
  page.locator('.log-row .masked-id').evaluate((el) => {
    // (No named functions in here: the test runner's transpiler would wrap them in a helper the page lacks.)
    const node = el.firstChild as Text;
    const [first, last] = [0, node.data.length - 1].map((i) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().left;
    });
    return { text: node.data, firstLeftOfLast: (first as number) < (last as number) };
  });

describe('log: an interaction walks through the five steps, at 320 and 400 px, in Arabic', () => {
  mkdirSync(SCREENS, { recursive: true });
  for (const width of [320, 400]) {
    test(`at ${width} px`, async () => {
      const ext = await launchExtension();
      try {
        const page = await ext.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        let downloads = 0;
        page.on('download', () => downloads++);
        await page.goto(ext.url('sidepanel.html?tab=log'));
        await page.getByText('لا سجلات').first().waitFor();

        // Nothing logged: the dashboard says so instead of empty headings; export says so instead of a header-only file.
        await page.getByRole('button', { name: 'لوحة المؤشرات' }).click();
        await page.getByText('لا توجد تواصلات مسجلة بعد').waitFor();
        assert.equal(await page.locator('.dashboard h3').count(), 0);
        await page.getByRole('button', { name: 'السجل', exact: true }).click();
        await page.getByRole('button', { name: 'تصدير CSV' }).click();
        await page.getByText('لا توجد سجلات للتصدير بعد').waitFor();
        assert.equal(downloads, 0);

        // Step 1: receive. The keyboard goes to the form.
        await page.getByRole('button', { name: 'تسجيل تواصل جديد' }).click();
        await page.locator('form.log-form').waitFor();
        assert.equal((await focused(page, (f) => f.tag === 'H2')).tag, 'H2');
        await page.locator('#log-channel').selectOption('phone');
        await page.locator('#log-beneficiary-name').fill('سارة القحطاني');
        await page.locator('#log-beneficiary-phone').fill('٠٥٣٣٣٣٣٣٣٣');
        await page.locator('#log-request_ref').fill('1448-0077');

        // Step 2: both duties, and the note. A check digit that fails says so, and the error goes once corrected.
        await page.getByLabel('قدّم المستفيد كل المعلومات المطلوبة').check();
        await page.getByLabel('طابقتُ البيانات بالمستندات وقت التقديم').check();
        await page.locator('#log-verification_note').fill('الصك مطابق للأصل');
        await page.locator('#log-beneficiary-national_id').fill('1000000009');
        await page.getByRole('button', { name: 'حفظ' }).click();
        await page.getByText('رقم الهوية لا يجتاز التحقق').waitFor();
        assert.equal((await focused(page, (f) => f.id === 'log-beneficiary-national_id')).id, 'log-beneficiary-national_id');
        await page.locator('#log-beneficiary-national_id').fill('1000000008');
        await page.locator('#log-beneficiary-national_id-error').waitFor({ state: 'detached' });
        assert.equal(await page.locator('#log-beneficiary-national_id').getAttribute('aria-invalid'), 'false');

        // Step 3: the beneficiary referred because the procedures are unclear to them.
        await page.locator('#log-outcome').selectOption('beneficiary_referred');
        await page.getByText('الخطوة الثالثة').waitFor();
        await page.getByLabel('ما لم يتضح للمستفيد من الإجراءات').fill('شروط الإعانة');
        // Step 4: the request raised for study, the beneficiary told about the week.
        await page.locator('#log-outcome').selectOption('referred');
        await page.getByText('الخطوة الرابعة').waitFor();
        await page.getByLabel('أُبلغ المستفيد بأن الرد خلال مدة لا تقل عن أسبوع').check();
        assert.equal(await page.locator('#log-referral_reason').inputValue(), 'شروط الإعانة');
        // Dates day first, read back in Gregorian and Hijri.
        assert.match(await page.locator('#log-follow_up-due').inputValue(), /^\d{2}\/\d{2}\/\d{4}$/);
        assert.match(await page.locator('.date-readback').innerText(), /هـ/);
        await page.screenshot({ path: `${SCREENS}/log-form-steps-ar-${width}.png`, fullPage: true });
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling');

        await page.getByRole('button', { name: 'حفظ' }).click();
        await page.getByText('حُفظ السجل').waitFor();
        assert.equal((await focused(page, (f) => f.id === 'log-new')).id, 'log-new');
        const row = page.locator('.log-row', { hasText: 'سارة القحطاني' });
        await row.waitFor();
        assert.deepEqual(await maskedIdReadsInOrder(page), { text: '1•••••••08', firstLeftOfLast: true });

        // The mobile is found as staff write it.
        for (const q of ['0533333333', '٠٥٣٣٣', '+96653', '96653333', '5333', '0533']) {
          await page.getByRole('searchbox').fill(q);
          assert.equal(await row.count(), 1, `found by ${q}`);
        }
        await page.getByRole('searchbox').fill('0544');
        await page.getByText('لا توجد سجلات مطابقة').waitFor();
        await page.getByRole('searchbox').fill('');
        await row.waitFor();
        await page.screenshot({ path: `${SCREENS}/log-list-ar-${width}.png`, fullPage: true });

        // The saved message stays where it was said; «تمت المتابعة» puts the keyboard in the result box.
        await page.getByRole('button', { name: 'المتابعات' }).click();
        assert.equal(await page.getByText('حُفظ السجل').count(), 0);
        await page.getByRole('button', { name: 'تمت المتابعة' }).click();
        assert.match((await focused(page, (f) => f.id.startsWith('done-result-'))).id, /^done-result-/);
        await page.keyboard.type('قبلت الإدارة الطلب');
        await page.getByRole('button', { name: 'حفظ' }).click();
        await page.getByText('لا توجد متابعات').waitFor();
        await page.waitForFunction(() => document.activeElement?.textContent === 'المتابعات', undefined, { timeout: 3000 }).catch(() => {});
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'المتابعات');

        // Step 5: the service delivered; the edit form shows the mobile as staff write it.
        await page.getByRole('button', { name: 'السجل', exact: true }).click();
        await page.getByRole('button', { name: 'تعديل: سارة القحطاني' }).click();
        assert.equal((await focused(page, (f) => f.tag === 'H2')).tag, 'H2');
        assert.equal(await page.locator('#log-beneficiary-phone').inputValue(), '0533333333');
        await page.locator('#log-outcome').selectOption('service_delivered');
        await page.getByText('الخطوة الخامسة').waitFor();
        await page.getByRole('button', { name: 'حفظ' }).click();
        await page.getByText('حُفظ السجل').waitFor();
        const edit = await focused(page, (f) => /log-edit/.test(f.id + f.className));
        assert.match(edit.id + edit.className, /log-edit/);

        // The CSV row reads in Arabic, with the local time beside the ISO one; the export says what it did.
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'تصدير CSV' }).click()]);
        await page.getByText('صُدّر سجل واحد إلى ملف CSV').waitFor();
        const [head, line, ...rest] = readFileSync((await download.path()) as string, 'utf8')
          .replace('\uFEFF', '')
          .trim()
          .split('\r\n');
        assert.equal(rest.length, 0);
        assert.match(head ?? '', /^المعرّف,وقت التواصل \(ISO\),التاريخ والوقت المحلي,التاريخ الهجري,القناة,/);
        assert.match(head ?? '', /,اكتملت المعلومات المطلوبة,طوبقت البيانات وقت التقديم,ملاحظة التحقق,خطوة الإجراء,الإجراء المتخذ,/);
        assert.match(line ?? '', /,\d{4}-\d{2}-\d{2} \d{2}:\d{2},1448-\d{2}-\d{2},الاتصالات الهاتفية,/);
        assert.match(line ?? '', /,نعم,نعم,الصك مطابق للأصل,5,قُدمت الخدمة,شروط الإعانة,نعم,/);
        assert.match(line ?? '', /قبلت الإدارة الطلب/);
        assert.doesNotMatch(line ?? '', /service_delivered|,phone,|incoming|outgoing|,true,/);
      } finally {
        await ext.close();
      }
    });
  }
});
