import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeDocx } from '../fixtures/make-docx';
import { audit } from './axe';
import { type Extension, launchExtension, SCREENS } from './helpers';

describe('knowledge pack import and change notices', () => {
  let ext: Extension;
  before(async () => {
    ext = await launchExtension();
  });
  after(async () => ext?.close());

  test('a broken pack is refused with file and line; Word and Markdown imports answer in search; staff see what changed', async () => {
    // Staff have seen the bundled pack once (the first run takes it as read).
    const panel = await ext.context.newPage();
    await panel.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('مدة مجلس الإدارة')}`));
    await panel.locator('.result', { hasText: 'أربع سنوات' }).first().waitFor();

    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    const input = options.locator('input[type=file][multiple]');

    // Broken: unknown kind on line 4.
    await input.setInputFiles({
      name: 'broken.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('---\nid: memo\ntitle: مذكرة\nkind: memo\nversion: 1\nstatus: official\n---\n# مذكرة\n\n## نص\n\nنص.\n'),
    });
    await options.getByRole('button', { name: 'استيراد', exact: true }).click();
    const errors = options.getByTestId('import-errors');
    await errors.waitFor();
    // In the interface language, naming the file the admin chose (not where it would have gone in the pack).
    assert.match(await errors.innerText(), /broken\.md، السطر 4: قيمة «kind» يجب أن تكون إحدى/);
    await panel.reload();
    await panel.locator('.result', { hasText: 'أربع سنوات' }).first().waitFor(); // the old pack still answers

    // Word: the official bylaws replace the sample ones.
    await input.setInputFiles({
      name: 'اللائحة.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(
        makeDocx([
          '# اللائحة الأساسية لجمعية واعي',
          'الباب الأول: مجلس الإدارة',
          'المادة (1): مدة المجلس',
          'مدة دورة مجلس الإدارة ثلاث سنوات ميلادية تبدأ من تاريخ الانتخاب.',
        ]),
      ),
    });
    await options.getByLabel('نوع وثيقة Word').selectOption('bylaws');
    await options.getByLabel('عنوان وثيقة Word').fill('اللائحة الأساسية لجمعية واعي');
    await options.getByRole('button', { name: 'استيراد', exact: true }).click();
    await options.getByTestId('import-result').waitFor();

    // Markdown: a new document added to the pack.
    await input.setInputFiles({
      name: 'faq.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        '---\nid: faq\ntitle: أسئلة المستفيدين الشائعة\nkind: guide\nversion: 1\nstatus: official\n---\n# أسئلة المستفيدين الشائعة\n\n## مواعيد الدوام {#hours}\n\nتستقبل الجمعية المراجعين من الأحد إلى الخميس من الثامنة صباحاً حتى الرابعة عصراً.\n',
      ),
    });
    await options.getByRole('button', { name: 'استيراد', exact: true }).click();
    await options.getByTestId('import-result').filter({ hasText: '4 وثائق' }).waitFor();
    assert.match(await options.getByTestId('pack-summary').innerText(), /حزمة مستوردة/);
    await options.screenshot({ path: `${SCREENS}/options-import-ar.png`, fullPage: true });

    // The panel answers from the new pack, and says what changed.
    await panel.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('مواعيد الدوام')}`));
    await panel.locator('.result', { hasText: 'من الأحد إلى الخميس' }).first().waitFor();
    await panel.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('مدة مجلس الادارة')}`));
    await panel.locator('.result', { hasText: 'ثلاث سنوات' }).first().waitFor();
    assert.equal(await panel.locator('.result', { hasText: 'أربع سنوات' }).count(), 0, 'the sample bylaws are gone');
    await panel.locator('.banner', { hasText: 'تغيّرت وثائق الجمعية' }).waitFor();
    await panel.getByRole('button', { name: 'عرض التغييرات' }).click();
    const changes = panel.locator('.changes');
    await changes.waitFor();
    const text = await changes.innerText();
    assert.match(text, /أقسام مضافة/);
    assert.match(text, /مواعيد الدوام/);
    assert.match(text, /أقسام معدّلة \(1\)/);
    assert.match(text, /أقسام محذوفة/);
    assert.ok((await panel.locator('.diff ins').count()) > 0, 'a word diff of the changed article');
    await panel.screenshot({ path: `${SCREENS}/changes-ar.png`, fullPage: true });
    await audit(panel, 'changes');
    await panel.getByRole('button', { name: 'اطّلعت على التغييرات' }).click();
    await panel.locator('.banner').waitFor({ state: 'detached' });

    // The imported pack survives a browser restart; reset brings the bundled one back.
    await ext.close(true);
    ext = await launchExtension(ext.userDataDir);
    const again = await ext.context.newPage();
    await again.goto(ext.url('options.html'));
    await again.getByTestId('pack-summary').filter({ hasText: 'حزمة مستوردة' }).waitFor();
    await again.getByRole('button', { name: 'العودة إلى الحزمة المرفقة' }).click();
    await again.getByRole('button', { name: 'نعم، عُد إلى الحزمة المرفقة' }).click();
    await again.getByTestId('pack-summary').filter({ hasText: 'الحزمة المرفقة' }).waitFor();
    await again.getByTestId('import-result').filter({ hasText: 'عاد مُرشد إلى الحزمة المرفقة' }).waitFor();
  });

  test('a large imported pack opens on its cached index, read while the panel loads; a lost or damaged cache is rebuilt once', async () => {
    const lines = ['---', 'id: archive', 'title: أرشيف القرارات', 'kind: guide', 'version: 1', 'status: official', '---', '# أرشيف القرارات', ''];
    for (let i = 1; i <= 400; i++) lines.push(`## القرار ${i} {#d${i}}`, '', `قرر المجلس في جلسته رقم ${i} اعتماد خطة الزيارات للحي ${i % 9}.`, '');
    lines.push('## قرار المستودع الخيري {#store}', '', 'يفتح المستودع الخيري أبوابه للأسر المسجلة يوم الثلاثاء.', '');
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.locator('input[type=file][multiple]').setInputFiles({ name: 'archive.md', mimeType: 'text/markdown', buffer: Buffer.from(lines.join('\n')) });
    await options.getByRole('button', { name: 'استيراد', exact: true }).click();
    await options.getByTestId('import-result').waitFor({ timeout: 60_000 });

    // Only small values stay in storage.local (large ones slow every page's first read).
    const sizes = (await options.evaluate(
      `chrome.storage.local.get(null).then((all) => Object.fromEntries(Object.entries(all).map(([k, v]) => [k, JSON.stringify(v).length])))`,
    )) as Record<string, number>;
    assert.equal(sizes.importedPack, undefined);
    for (const [key, size] of Object.entries(sizes)) assert.ok(size < 20_000, `${key} holds ${size} characters`);

    const open = async () => {
      const panel = await ext.context.newPage();
      // Whether the page ever showed how far the index build had got.
      await panel.addInitScript(() => {
        new MutationObserver(() => {
          if (document.querySelector('[data-testid=index-progress] progress')) document.documentElement.dataset.sawProgress = 'yes';
        }).observe(document, { childList: true, subtree: true });
      });
      await panel.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('المستودع الخيري')}`));
      await panel.locator('.result', { hasText: 'يوم الثلاثاء' }).first().waitFor();
      const how = await panel.evaluate(() => document.documentElement.dataset.searchIndex);
      const sawProgress = await panel.evaluate(() => document.documentElement.dataset.sawProgress === 'yes');
      return { panel, how, sawProgress };
    };
    const first = await open();
    assert.equal(first.how, 'restored');
    assert.equal(first.sawProgress, false);
    // Two documents of one kind (guide) are told apart by title in the filter.
    assert.ok(await first.panel.getByRole('button', { name: 'أرشيف القرارات' }).isVisible());
    assert.ok(await first.panel.getByRole('button', { name: 'دليل خدمات البحث الاجتماعي' }).isVisible());
    assert.equal(await first.panel.getByRole('button', { name: 'الدليل', exact: true }).count(), 0);
    // The cache is lost (cleared site data, a failed write): the panel builds the index, stores it again.
    await first.panel.evaluate(
      `new Promise((ok, fail) => { const r = indexedDB.open('murshid-pack'); r.onerror = fail; r.onsuccess = () => { const tx = r.result.transaction('pack', 'readwrite'); tx.objectStore('pack').delete('compiled'); tx.oncomplete = () => { r.result.close(); ok(); }; }; })`,
    );
    await first.panel.close();
    const second = await open();
    assert.equal(second.how, 'built');
    assert.ok(second.sawProgress, 'the panel showed the progress of the rebuild');
    // The compiled copy is one Blob: its header (after a magic word and its length) says it holds an index.
    const storedWithIndex = (page: typeof second.panel) =>
      page.evaluate(
        `new Promise((ok) => { const r = indexedDB.open('murshid-pack'); r.onsuccess = () => { const q = r.result.transaction('pack').objectStore('pack').get('compiled'); q.onsuccess = () => { r.result.close(); const blob = q.result?.blob; if (!(blob instanceof Blob)) return ok(false); blob.arrayBuffer().then((b) => { const n = new DataView(b).getUint32(4, true); ok(!!JSON.parse(new TextDecoder().decode(new Uint8Array(b, 8, n))).index); }); }; }; })`,
      );
    const waitStored = async (page: typeof second.panel) => {
      for (let waited = 0; !(await storedWithIndex(page)); waited += 100) {
        assert.ok(waited < 30_000, 'the rebuilt index was stored');
        await page.waitForTimeout(100);
      }
    };
    await waitStored(second.panel);
    await second.panel.close();
    const third = await open();
    assert.equal(third.how, 'restored');
    // Its stored bytes read (the compiled copy, not the files).
    assert.equal(await third.panel.evaluate(() => performance.getEntriesByName('murshid:pack-bytes').length), 1);
    // A damaged copy (a disk error, a partial write) is refused: the panel still answers, rebuilding it.
    await third.panel.evaluate(
      `new Promise((ok, fail) => { const r = indexedDB.open('murshid-pack'); r.onerror = fail; r.onsuccess = () => { const tx = r.result.transaction('pack', 'readwrite'); const store = tx.objectStore('pack'); const q = store.get('compiled'); q.onsuccess = () => store.put({ stamp: q.result.stamp, blob: new Blob([new Uint8Array(4096).fill(7)]) }, 'compiled'); tx.oncomplete = () => { r.result.close(); ok(); }; }; })`,
    );
    await third.panel.close();
    const fourth = await open();
    assert.equal(fourth.how, 'built');
    await waitStored(fourth.panel);
    await fourth.panel.close();
    const fifth = await open();
    assert.equal(fifth.how, 'restored');
    await fifth.panel.close();
    await options.close();
  });
});
