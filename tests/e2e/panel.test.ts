import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { type Extension, launchExtension, SCREENS } from './helpers';

describe('side panel search', () => {
  let ext: Extension;
  before(async () => {
    ext = await launchExtension();
    mkdirSync(SCREENS, { recursive: true });
  });
  after(async () => ext?.close());

  test('"مده الرد" deep link shows the policy line about a week', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('مده الرد')}`));
    const policy = page.locator('.result-group', { hasText: 'سياسة تنظيم العلاقة مع المستفيدين' });
    await policy.waitFor();
    assert.match(await policy.innerText(), /لا تقل عن أسبوع/);
    assert.equal(await page.locator('input[type=search]').inputValue(), 'مده الرد');
    assert.ok((await page.locator('mark').count()) > 0, 'matched words are highlighted');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await page.screenshot({ path: `${SCREENS}/panel-results-ar.png`, fullPage: true });
    await page.close();
  });

  test('a broad query: a screenful first, then every result the count announces', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('الجمعية')}`));
    await page.locator('.result').first().waitFor();
    const stated = Number((await page.locator('.count').innerText()).replace(/[^0-9]/g, ''));
    assert.ok(stated > 6, `a broad query finds more than a screenful (${stated})`);
    // The rest follow the first frame: the list ends as long as the count says.
    await page.waitForFunction((n) => document.querySelectorAll('.result').length === n, stated, { timeout: 10_000 });
    // A later query's list is whole at once (only the page's first answer is shown in two steps).
    // (The query cleared first, so the list is built anew rather than kept.)
    await page.locator('input[type=search]').fill('');
    await page.waitForFunction(() => document.querySelectorAll('.result').length === 0);
    await page.locator('input[type=search]').fill('المستفيد');
    const shown = (await (await page.waitForFunction(() => document.querySelectorAll('.result').length)).jsonValue()) as number;
    const said = Number((await page.locator('.count').innerText()).replace(/[^0-9]/g, ''));
    assert.equal(shown, said, 'the second list is complete in its first frame');
    await page.close();
  });

  test('sample documents carry the sample badge; the filter narrows to one document', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('مجلس الإدارة')}`));
    const bylaws = page.locator('.result-group', { hasText: 'اللائحة الأساسية للجمعية' }).first();
    await bylaws.waitFor();
    assert.match(await bylaws.locator('.badge-sample').innerText(), /نص تجريبي/);
    await page.getByRole('button', { name: 'الدليل' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.result-group').length === 1);
    assert.match(await page.locator('.group-title').innerText(), /دليل خدمات البحث الاجتماعي/);
    await page.close();
  });

  test('keyboard: ↓ Enter opens a section rendered from Markdown; Esc goes back', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('sidepanel.html'));
    const box = page.getByRole('searchbox');
    await box.fill('قنوات التواصل مع المستفيدين');
    await page.locator('.result').first().waitFor();
    const firstTitle = await page.locator('.result .result-title').nth(0).innerText();
    const secondTitle = await page.locator('.result .result-title').nth(1).innerText();
    await box.press('ArrowDown');
    assert.equal(await page.locator('.result.active .result-title').innerText(), secondTitle);
    await box.press('ArrowUp');
    await box.press('Enter');
    const heading = page.locator('#section-title');
    await heading.waitFor();
    assert.equal(await heading.innerText(), firstTitle.replace(/^.*› /, ''));
    assert.ok((await page.locator('.markdown ol li, .markdown ul li, .markdown p').count()) > 0, 'section body is rendered HTML');
    await page.screenshot({ path: `${SCREENS}/panel-section-ar.png`, fullPage: true });
    await page.keyboard.press('Escape');
    await page.locator('.result').first().waitFor();
    assert.equal(await box.inputValue(), 'قنوات التواصل مع المستفيدين');
    await page.close();
  });

  /** Searches `query`, opens the result holding `result`, copies its citation and returns what was copied. */
  async function copiedCitation(query: string, result: string): Promise<string> {
    const page = await ext.context.newPage();
    await page.goto(ext.url(`sidepanel.html?q=${encodeURIComponent(query)}`));
    await page.locator('.result', { hasText: result }).click();
    // Capture what the page writes, without depending on the OS clipboard of a headless machine.
    await page.evaluate(() => {
      const w = window as unknown as { copiedText?: string };
      navigator.clipboard.writeText = async (text: string) => {
        w.copiedText = text;
      };
    });
    await page.getByRole('button', { name: 'نسخ الاستشهاد' }).click();
    await page.locator('.toast', { hasText: 'نُسخ' }).waitFor();
    const copied = await page.evaluate(() => (window as unknown as { copiedText?: string }).copiedText ?? '');
    await page.close();
    return copied;
  }

  test('copy citation puts "«section» من <document>: …" on the clipboard', async () => {
    const copied = await copiedCitation('مدة مجلس الإدارة', 'المادة (23)');
    // The bylaws in the pack are a sample: the citation says so wherever it is pasted.
    assert.match(copied, /^المادة \(23\) «تكوين مجلس الإدارة» من اللائحة الأساسية للجمعية \(نص تجريبي\): /);
    assert.match(copied, /أربع سنوات/);
  });

  test('the copied citation of a long section quotes the passage the search matched («…» before it)', async () => {
    const copied = await copiedCitation('تقييم جودة الخدمة حق من حقوق المستفيد', 'الأهداف التفصيلية');
    // From the start, 400 characters stop after goal 4; the sixth goal's bullet is what matched.
    assert.match(copied, /^«الأهداف التفصيلية» من سياسة تنظيم العلاقة مع المستفيدين: … /);
    assert.match(copied, /تقييم جودة الخدمة حق من حقوق المستفيد/);
  });

  test('empty and no-result states, English UI', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('sidepanel.html'));
    await page.locator('.empty', { hasText: 'عمّ تبحث؟' }).waitFor();
    await page.screenshot({ path: `${SCREENS}/panel-empty-ar.png` });
    await page.getByRole('searchbox').fill('zzqqxx');
    await page.locator('.empty', { hasText: 'لا توجد نتائج' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.locator('.empty', { hasText: 'No results' }).waitFor();
    await page.getByRole('searchbox').fill('satisfaction survey');
    await page.locator('.result', { hasText: 'رضا' }).first().waitFor();
    await page.screenshot({ path: `${SCREENS}/panel-results-en.png`, fullPage: true });
    // Back to Arabic so other tests in this profile see the default.
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.close();
  });

  test("the first answer is in the staff member's language: no Arabic frame before English", async () => {
    /** Opens a `?q=` panel and tells the language, direction and heading of the frame the first result came in. */
    const firstFrame = async () => {
      const page = await ext.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __first?: string };
        new MutationObserver(() => {
          if (w.__first === undefined && document.querySelector('.result'))
            w.__first = `${document.documentElement.lang} ${document.documentElement.dir} ${document.querySelector('h1')?.textContent}`;
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('satisfaction survey')}`));
      await page.locator('.result').first().waitFor();
      return { page, first: await page.evaluate(() => (window as unknown as { __first?: string }).__first) };
    };
    const ar = await firstFrame();
    assert.equal(ar.first, 'ar rtl مُرشد');
    await ar.page.getByRole('button', { name: 'English' }).click();
    await ar.page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await ar.page.close();
    const en = await firstFrame();
    assert.equal(en.first, 'en ltr Murshid');
    // Back to Arabic so other tests in this profile see the default; the next panel opens in it.
    await en.page.getByRole('button', { name: 'العربية' }).click();
    await en.page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await en.page.close();
    const back = await firstFrame();
    assert.equal(back.first, 'ar rtl مُرشد');
    await back.page.close();
  });

  test('Arabizi: Arabic typed in Latin letters finds and highlights the Arabic section', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('sidepanel.html'));
    await page.getByRole('searchbox').pressSequentially('ta7deeth al bayanat', { delay: 20 });
    const first = page.locator('.result').first();
    await first.locator('text=تحديث بيانات الملف').waitFor();
    assert.ok((await first.locator('mark').count()) > 0, 'the Arabic words read from the Latin ones are highlighted');
    await page.screenshot({ path: `${SCREENS}/panel-arabizi-ar.png`, fullPage: true });
    await page.close();
  });

  test('colloquial typing: a space left out and ث written ت still find and highlight the section; a city is not a typo', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('sidepanel.html'));
    const box = page.getByRole('searchbox');
    await box.pressSequentially('الزيارهالمنزليه', { delay: 20 });
    const first = page.locator('.result').first();
    await first.locator('text=دراسة الحالة والزيارة المنزلية').waitFor();
    assert.ok((await first.locator('mark').count()) > 0, 'the two words read out of one are highlighted');
    await box.fill('');
    await box.pressSequentially('ابلغهم خلال تلاتين يوم', { delay: 20 });
    await page.locator('.result', { hasText: 'ثلاثين يوماً' }).first().waitFor();
    await page.screenshot({ path: `${SCREENS}/panel-joined-ar.png`, fullPage: true });
    // A city is a name, not a typo: «لجده» is Jeddah, not «لجنة» (the committee).
    await box.fill('');
    await box.pressSequentially('انتقلت من الرياض لجده', { delay: 20 });
    await page.locator('.result').first().locator('text=إغلاق الملف').waitFor();
    assert.equal(await page.locator('.result', { hasText: 'قرار لجنة الخدمات الاجتماعية' }).count(), 0, 'the committee is not found through «لجده»');
    await page.screenshot({ path: `${SCREENS}/panel-place-ar.png`, fullPage: true });
    await page.close();
  });

  test('keyboard left on English: «l]m hgv]» searches «مدة الرد», says so, and one click writes it in Arabic', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('sidepanel.html'));
    const box = page.getByRole('searchbox');
    await box.pressSequentially('l]m hgv]', { delay: 20 });
    const note = page.locator('.layout-note');
    await note.waitFor();
    assert.match(await note.innerText(), /كانت لوحة المفاتيح على الإنجليزية/);
    await page.locator('.result', { hasText: 'أسبوع' }).first().waitFor();
    await page.screenshot({ path: `${SCREENS}/panel-layout-ar.png`, fullPage: true });
    await note.getByRole('button', { name: 'مدة الرد' }).click();
    assert.equal(await box.inputValue(), 'مدة الرد');
    await note.waitFor({ state: 'detached' });
    await page.close();
  });

  test('context-menu lookup opens the panel searching for the selection', async () => {
    await ext.worker.evaluate(async () => {
      const g = globalThis as unknown as { murshid: { openLookup: (text: string) => Promise<void> } };
      await g.murshid.openLookup('  الزيارة   المنزلية ');
    });
    const page = await ext.context.newPage();
    await page.goto(ext.url('sidepanel.html'));
    await page.waitForFunction(() => (document.querySelector('input[type=search]') as HTMLInputElement | null)?.value === 'الزيارة المنزلية');
    await page.locator('.result', { hasText: 'الزيارة المنزلية' }).first().waitFor();
    // An already open panel follows a new lookup too.
    await ext.worker.evaluate(async () => {
      const g = globalThis as unknown as { murshid: { openLookup: (text: string) => Promise<void> } };
      await g.murshid.openLookup('رسوم العضوية');
    });
    await page.waitForFunction(() => (document.querySelector('input[type=search]') as HTMLInputElement | null)?.value === 'رسوم العضوية');
    await page.close();
  });

  test('replies: templates of the chosen channel, typo-tolerant search, favourites first', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('sidepanel.html'));
    await page.getByRole('tab', { name: 'الردود' }).click();
    await page.getByLabel('القناة').selectOption('letters');
    const titles = () => page.locator('.template-open .result-title').allInnerTexts();
    assert.ok((await titles()).length >= 3, 'the letters channel has its templates');
    assert.ok((await titles()).every((t) => t.startsWith('خطاب')));
    assert.doesNotMatch((await titles())[0] ?? '', /مستندات/);
    await page.locator('.template-item', { hasText: 'مستندات' }).getByRole('button', { name: 'تثبيت في المفضلة' }).click();
    const pinned = (await titles())[0];
    assert.match(pinned ?? '', /مستندات/);
    await page.screenshot({ path: `${SCREENS}/replies-list-ar.png`, fullPage: true });
    await page.getByLabel('ابحث في القوالب').fill('استلم');
    assert.match((await titles())[0] ?? '', /استلام/);
    await page.getByLabel('ابحث في القوالب').press('Enter');
    await page.locator('#composer-title').waitFor();
    assert.match((await page.getByTestId('preview').textContent()) ?? '', /الموضوع: إفادة باستلام طلب/);
    await page.close();
  });

  test('recent searches and pinned sections on the start screen', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('sidepanel.html'));
    const box = page.getByRole('searchbox');
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search', undefined, { timeout: 3000 }); // focused on open
    await box.fill('الزكاة');
    await page.locator('.result').first().waitFor();
    await box.press('Enter');
    await page.locator('#section-title').waitFor();
    const title = await page.locator('#section-title').innerText();
    await page.getByRole('button', { name: 'تثبيت القسم' }).click();
    await page.keyboard.press('Escape');
    await box.fill('');
    const pinned = page.locator('.start-list', { hasText: 'الأقسام المثبتة' });
    await pinned.waitFor();
    assert.match(await pinned.innerText(), new RegExp(title.replace(/[()]/g, '.')));
    const recent = page.locator('.start-list', { hasText: 'عمليات البحث الأخيرة' });
    assert.match(await recent.innerText(), /الزكاة/);
    await pinned.getByRole('button').first().click();
    assert.equal(await page.locator('#section-title').innerText(), title);
    await page.close();
  });

  test('the options page opens in Arabic and lists the pack', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('options.html'));
    await page.getByRole('heading', { name: 'إعدادات مُرشد' }).waitFor();
    await page.getByTestId('pack-summary').waitFor();
    assert.match(await page.locator('main').innerText(), /سياسة تنظيم العلاقة مع المستفيدين/);
    await page.screenshot({ path: `${SCREENS}/options-ar.png`, fullPage: true });
    await page.close();
  });
});
