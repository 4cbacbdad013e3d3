import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { withExtensionAndFixtures } from './fixture-server';
import { type Extension, openPanelWindow, SCREENS } from './helpers';

interface SuggestGlobals {
  murshid: {
    onMenuClicked: (info: { menuItemId: string; selectionText?: string }, tab?: { id?: number; windowId?: number }) => Promise<void>;
  };
  chrome: {
    contextMenus: { update: (id: string, props: object) => Promise<void> };
    i18n: { getMessage: (key: string) => string };
    tabs: { query: (q: { url: string }) => Promise<{ id?: number; windowId?: number }[]> };
  };
}

/** Selects the beneficiary's message (#incoming) on the page, as the staff member would, and returns the selection. */
function selectIncoming(page: Page): Promise<string> {
  return page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('incoming') as HTMLElement);
    const sel = window.getSelection() as Selection;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  });
}

/**
 * «اقترح رداً» on the selection: the menu item exists under that title, and the background's own
 * click listener (`onMenuClicked`, what `contextMenus.onClicked` calls) runs with the page's tab.
 * A headless browser cannot open the native context menu itself.
 */
async function chooseSuggestReply(env: { ext: Extension }, pageUrl: string, selectionText: string) {
  // The item's title is the browser's language's message (headless Chromium's UI may be English).
  const title = await env.ext.worker.evaluate(() => (globalThis as unknown as SuggestGlobals).chrome.i18n.getMessage('menuSuggestReply'));
  const menuTitle = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')).menuSuggestReply.message;
  assert.equal(menuTitle('ar'), 'اقترح رداً');
  assert.ok([menuTitle('ar'), menuTitle('en')].includes(title), title);
  // update rejects an unknown id: the item was created.
  await env.ext.worker.evaluate(() => (globalThis as unknown as SuggestGlobals).chrome.contextMenus.update('murshid-suggest-reply', {}));
  await env.ext.worker.evaluate(
    async ({ url, text }) => {
      const g = globalThis as unknown as SuggestGlobals;
      const [tab] = await g.chrome.tabs.query({ url });
      await g.murshid.onMenuClicked({ menuItemId: 'murshid-suggest-reply', selectionText: text }, tab);
    },
    { url: pageUrl, text: selectionText },
  );
}

/** Every interaction record stored in the panel's IndexedDB. */
function storedRecords(panel: Page): Promise<Record<string, unknown>[]> {
  return panel.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('murshid');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const q = open.result.transaction('interactions').objectStore('interactions').getAll();
          q.onsuccess = () => {
            open.result.close();
            resolve(q.result);
          };
        };
      }),
  );
}

describe('suggest a reply: from a selected message to an inserted, logged reply', () => {
  const env = withExtensionAndFixtures({ before, after });
  // Nothing leaves for another origin: every request of the context's pages (the fixture pages,
  // the panel) goes to the fixture server or the extension itself.
  const elsewhere: string[] = [];
  before(() => {
    const own = [new URL(env.server.url('/')).origin, `chrome-extension://${env.ext.id}`];
    env.ext.context.on('request', (r) => {
      const url = r.url();
      if (!own.some((o) => url.startsWith(`${o}/`)) && !/^(data|blob|about):/.test(url)) elsewhere.push(url);
    });
  });
  const noRequestElsewhere = () => assert.deepEqual(elsewhere, [], 'no request for another origin');

  test('WhatsApp-like Lexical page: «اقترح رداً» → reason and citation → insert → log', { timeout: 120_000 }, async () => {
    const fixture = await env.ext.context.newPage();
    await fixture.goto(env.server.url('/whatsapp.html'));
    // The staff member selects the beneficiary's message on the page…
    const selected = await selectIncoming(fixture);
    assert.match(selected, /48213/);
    // …then puts the caret in the reply box.
    await fixture.locator('#editor').focus();
    const panel = await openPanelWindow(env.ext, 'sidepanel.html');

    await chooseSuggestReply(env, fixture.url(), selected);

    // The replies tab opens with the suggestion, labelled as similarity.
    const suggestion = panel.locator('section.suggestion');
    await suggestion.waitFor({ timeout: 15_000 });
    assert.equal(await suggestion.getAttribute('data-intent'), 'status');
    assert.equal(await suggestion.getAttribute('data-confident'), 'true');
    await panel.getByText('مقترح بالتشابه').waitFor();
    await panel.getByText('نوع الرسالة: متابعة طلب قائم').waitFor();
    assert.match(await panel.getByTestId('suggest-reason').innerText(), /أقرب مثال/);
    assert.ok((await panel.locator('.suggest-reason mark').count()) > 0, 'matched words are shown');
    assert.equal(await panel.getByTestId('suggest-citation').locator('[data-section]').getAttribute('data-section'), 'policy#procedure');
    assert.match(await panel.getByTestId('suggest-values').innerText(), /رقم الطلب: 48213/);
    // The message is not kept once the panel has it.
    const left = await panel.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { session: { get: (k: string) => Promise<object> } } } }).chrome.storage.session.get('pendingSuggest'),
    );
    assert.equal((left as { pendingSuggest?: unknown }).pendingSuggest ?? null, null);

    // Social media: three templates, the status reply pre-selected.
    await panel.getByLabel('القناة').selectOption('social-media');
    await panel.locator('.suggest-templates li').first().waitFor();
    assert.equal(await panel.locator('.suggest-templates li').count(), 3);
    const chosen = panel.locator('.suggest-templates li.preselected');
    assert.equal(await chosen.getAttribute('data-template'), 'social-status');
    await panel.screenshot({ path: `${SCREENS}/suggest-ar.png`, fullPage: true });
    await chosen.locator('button').click();

    // The composer has the stated request number; the reply repeats the policy's week, no date promised.
    assert.equal(await panel.getByLabel('رقم الطلب').inputValue(), '48213');
    await panel.getByLabel('مذكر').check();
    await panel.getByLabel('اسم المستفيد').fill('عبدالله');
    await panel.getByLabel('اسم الموظف').fill('سارة');
    await panel.getByLabel('الفرع').fill('الفرع الرئيس');
    const preview = (await panel.getByTestId('preview').textContent()) ?? '';
    assert.match(preview, /لا تقل عن أسبوع/);
    await panel.getByRole('button', { name: 'إدراج في الصفحة' }).click();
    await panel.locator('.toast[data-status="inserted"]').waitFor();
    const model = (await fixture.locator('#state').textContent()) ?? '';
    assert.match(model, /48213/);
    assert.match(model, /لا تقل عن أسبوع/);

    // Log it: pre-filled from the reply, saved.
    await panel.getByRole('button', { name: 'سجّل هذا التواصل' }).click();
    await panel.locator('form.log-form').waitFor();
    assert.equal(await panel.locator('#log-channel').inputValue(), 'social-media');
    assert.equal(await panel.locator('#log-request_ref').inputValue(), '48213');
    assert.equal(await panel.locator('#log-beneficiary-name').inputValue(), 'عبدالله');
    await panel.getByRole('button', { name: 'حفظ' }).click();
    await panel.getByText('حُفظ السجل').waitFor();
    await panel.locator('.log-row', { hasText: 'عبدالله' }).waitFor();
    // The record keeps which template the suggestion offered and that it was used — and nothing of the message.
    const saved = (await storedRecords(panel)).find((r) => (r.beneficiary as { name: string }).name === 'عبدالله');
    assert.deepEqual(saved?.suggestion, { template_id: 'social-status', used: true });
    assert.equal(saved?.template_id, 'social-status');
    assert.doesNotMatch(JSON.stringify(saved), /بغيت اتطمن|قدمته قبل/);
    noRequestElsewhere();
    await panel.close();
    await fixture.close();
  });

  test('pasted into the panel: a complaint gets the complaints section; another template used is logged as not used; an unclear message is not pre-selected', {
    timeout: 120_000,
  }, async () => {
    const panel = await openPanelWindow(env.ext, 'sidepanel.html?tab=replies');
    await panel.getByLabel('القناة').selectOption('social-media');
    await panel.getByText('اقتراح رد على رسالة المستفيد').click();
    const box = panel.getByLabel('رسالة المستفيد');
    await box.fill('السلام عليكم، الموظف في الفرع تعامل معي بأسلوب سيء ورفض يستلم اوراقي، ابي ارفع شكوى');
    await panel.getByRole('button', { name: 'اقترح رداً' }).click();
    const suggestion = panel.locator('section.suggestion');
    await suggestion.waitFor({ timeout: 15_000 });
    assert.equal(await suggestion.getAttribute('data-intent'), 'complaint');
    assert.equal(await panel.getByTestId('suggest-citation').locator('[data-section]').getAttribute('data-section'), 'guide#complaints');
    const offered = await panel.locator('.suggest-templates li').first().getAttribute('data-template');
    assert.equal(offered, 'social-complaint');

    // The staff member prefers another of the three: the log says the suggestion was not used.
    const other = panel.locator('.suggest-templates li').nth(1);
    const otherId = (await other.getAttribute('data-template')) ?? '';
    assert.notEqual(otherId, offered);
    await other.locator('button').click();
    await panel.getByLabel('مؤنث').check();
    await panel.getByLabel('اسم المستفيد').fill('سلمى');
    // The template's other fields, whichever it has, are filled in.
    const fields = panel.locator('article.composer input:not([type=radio]):not([type=checkbox]), article.composer textarea');
    for (let i = 0; i < (await fields.count()); i++) if (!(await fields.nth(i).inputValue())) await fields.nth(i).fill('1448-0231');
    await panel.getByRole('button', { name: 'نسخ النص' }).click();
    await panel.getByRole('button', { name: 'سجّل هذا التواصل' }).click();
    await panel.locator('form.log-form').waitFor();
    await panel.getByRole('button', { name: 'حفظ' }).click();
    await panel.getByText('حُفظ السجل').waitFor();
    const saved = (await storedRecords(panel)).find((r) => (r.beneficiary as { name: string }).name === 'سلمى');
    assert.deepEqual(saved?.suggestion, { template_id: 'social-complaint', used: false });
    assert.equal(saved?.template_id, otherId);
    assert.doesNotMatch(JSON.stringify(saved), /بأسلوب سيء/);

    // Back to the replies for the next message.
    await panel.goto(panel.url().replace(/\?.*$/, '?tab=replies'));
    await panel.getByText('اقتراح رد على رسالة المستفيد').click();

    await box.fill('ممكن تساعدوني؟');
    await panel.getByRole('button', { name: 'اقترح رداً' }).click();
    await panel.locator('section.suggestion[data-confident="false"]').waitFor();
    await panel.getByText('لسنا متأكدين من نوع الرسالة').waitFor();
    assert.equal(await panel.locator('.suggest-templates li.preselected').count(), 0);

    await box.fill('');
    await panel.getByRole('button', { name: 'اقترح رداً' }).click();
    await panel.getByText('اكتب رسالة المستفيد أو الصقها أولاً.').waitFor();
    noRequestElsewhere();
    await panel.close();
  });
  test('a website form page (a plain textarea), an English message: three templates, pre-selected only when sure, the first inserted and logged', {
    timeout: 120_000,
  }, async () => {
    const fixture = await env.ext.context.newPage();
    await fixture.goto(env.server.url('/website.html'));
    const selected = await selectIncoming(fixture);
    assert.match(selected, /papers are missing/);
    await fixture.locator('#reply').focus();
    const panel = await openPanelWindow(env.ext, 'sidepanel.html');
    await chooseSuggestReply(env, fixture.url(), selected);

    const suggestion = panel.locator('section.suggestion');
    await suggestion.waitFor({ timeout: 15_000 });
    await panel.getByLabel('القناة').selectOption('website');
    assert.equal(await suggestion.getAttribute('data-intent'), 'documents');
    await panel.getByText('نوع الرسالة: المستندات').waitFor();
    // Three templates offered; pre-selected (the first) exactly when the suggestion says it is sure —
    // whether it is sure is the trained model's call (the unsure path is checked on a pasted message
    // above); the reason and the citation shown.
    const confident = (await suggestion.getAttribute('data-confident')) === 'true';
    assert.equal(await panel.locator('.suggest-templates li.preselected').count(), confident ? 1 : 0);
    if (confident)
      assert.ok(
        await panel
          .locator('.suggest-templates li')
          .first()
          .evaluate((li) => li.classList.contains('preselected')),
      );
    assert.equal(await panel.locator('.suggest-templates li').count(), 3);
    assert.match(await panel.getByTestId('suggest-reason').innerText(), /أقرب مثال/);
    assert.equal(await panel.getByTestId('suggest-citation').locator('[data-section]').getAttribute('data-section'), 'guide#documents');
    assert.match(await panel.getByTestId('suggest-values').innerText(), /55102/);
    const first = panel.locator('.suggest-templates li').first();
    assert.equal(await first.getAttribute('data-template'), 'website-missing-documents');
    await first.locator('button').click();

    assert.equal(await panel.getByLabel('رقم الطلب').inputValue(), '55102');
    await panel.getByLabel('مؤنث').check();
    await panel.getByLabel('اسم المستفيد').fill('نورة');
    const fields = panel.locator('article.composer input:not([type=radio]):not([type=checkbox]), article.composer textarea');
    for (let i = 0; i < (await fields.count()); i++) if (!(await fields.nth(i).inputValue())) await fields.nth(i).fill('صورة الهوية');
    await panel.getByRole('button', { name: 'إدراج في الصفحة' }).click();
    await panel.locator('.toast[data-status="inserted"]').waitFor();
    const reply = await fixture.locator('#reply').inputValue();
    assert.match(reply, /55102/);
    assert.match(reply, /نورة/);

    await panel.getByRole('button', { name: 'سجّل هذا التواصل' }).click();
    await panel.locator('form.log-form').waitFor();
    assert.equal(await panel.locator('#log-channel').inputValue(), 'website');
    assert.equal(await panel.locator('#log-request_ref').inputValue(), '55102');
    await panel.getByRole('button', { name: 'حفظ' }).click();
    await panel.getByText('حُفظ السجل').waitFor();
    const saved = (await storedRecords(panel)).find((r) => (r.beneficiary as { name: string }).name === 'نورة');
    assert.deepEqual(saved?.suggestion, { template_id: 'website-missing-documents', used: true });
    assert.doesNotMatch(JSON.stringify(saved), /papers are missing/);
    noRequestElsewhere();
    await panel.close();
    await fixture.close();
  });
});
