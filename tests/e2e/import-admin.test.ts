import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { makeDocx } from '../fixtures/make-docx';
import { type Extension, launchExtension, SCREENS } from './helpers';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The bundled pack as a zip whose pack.json looks for templates in a folder the zip does not have. */
function zipWithMislabelledTemplates(): Buffer {
  const enc = new TextEncoder();
  const entries: Record<string, Uint8Array> = {};
  const manifest = JSON.parse(readFileSync('knowledge/pack.json', 'utf8')) as { templates: string };
  manifest.templates = 'replies/';
  entries['pack/pack.json'] = enc.encode(JSON.stringify(manifest));
  for (const dir of ['documents', 'templates'])
    for (const f of readdirSync(`knowledge/${dir}`)) entries[`pack/${dir}/${f}`] = new Uint8Array(readFileSync(`knowledge/${dir}/${f}`));
  return Buffer.from(zipSync(entries));
}

describe('imports say exactly what they did', () => {
  let ext: Extension;
  let options: Page;
  before(async () => {
    ext = await launchExtension();
    options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByTestId('pack-summary').filter({ hasText: 'الحزمة المرفقة' }).waitFor();
  });
  after(async () => ext?.close());

  const input = () => options.locator('input[type=file][multiple]');
  const importButton = () => options.getByRole('button', { name: 'استيراد', exact: true });

  test('files Murshid cannot read are refused by name, and the pack stays as it was', async () => {
    await input().setInputFiles([
      { name: 'pack (1).json', mimeType: 'application/json', buffer: Buffer.from('{"note": "not a pack"}') },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('ملاحظات') },
    ]);
    await importButton().click();
    const errors = options.getByTestId('import-errors');
    await errors.waitFor();
    const text = await errors.innerText();
    assert.match(text, /pack \(1\)\.json.*ليس حزمة مُرشد/);
    assert.match(text, /notes\.txt.*لا يقرأ مُرشد هذا النوع/);
    assert.equal(await options.getByTestId('import-result').count(), 0, 'nothing is reported as accepted');
    assert.match(await options.getByTestId('pack-summary').innerText(), /الحزمة المرفقة/);
  });

  test('a zip whose pack.json misses its templates is refused, naming them, rather than dropping them', async () => {
    await input().setInputFiles({ name: 'wa3i-pack.zip', mimeType: 'application/zip', buffer: zipWithMislabelledTemplates() });
    await importButton().click();
    const errors = options.getByTestId('import-errors');
    await errors.filter({ hasText: 'غير مذكور في pack.json' }).waitFor();
    assert.match(await errors.innerText(), /wa3i-pack\.zip › templates\/phone-received\.md/);
    assert.match(await errors.innerText(), /رُفضت الحزمة \(\d+ (خطأً|خطأ|أخطاء)\)/);
    assert.match(await options.getByTestId('pack-summary').innerText(), /الحزمة المرفقة/);
  });

  test('the wrong Word file imported as the policy: the admin is asked first, sees what it replaces, and can undo it', async () => {
    const memo = makeDocx(['# مذكرة داخلية', 'اجتماع الفريق يوم الأحد القادم في الساعة العاشرة.']);
    await input().setInputFiles({ name: 'plain.docx', mimeType: DOCX, buffer: Buffer.from(memo) });
    // Nothing is assumed: the kind and the title are the admin's to give.
    await importButton().click();
    await options.getByTestId('import-form-error').filter({ hasText: 'اختر نوع وثيقة Word' }).waitFor();
    await options.getByLabel('نوع وثيقة Word').selectOption('policy');
    await options.getByLabel('عنوان وثيقة Word').fill('مذكرة داخلية');
    await importButton().click();
    // The templates cite the policy's procedure: a memo without it is refused, nothing replaced.
    await options.getByTestId('import-errors').filter({ hasText: 'policy#procedure' }).waitFor();
    assert.match(await options.getByTestId('pack-summary').innerText(), /الحزمة المرفقة/);

    // A memo that keeps the cited section is valid: replacing the official policy is still asked first.
    const memoMd =
      '---\nid: policy\ntitle: مذكرة داخلية\nkind: policy\nversion: "2"\nstatus: official\n---\n# مذكرة داخلية\n\n## الإجراءات {#procedure}\n\nاجتماع الفريق يوم الأحد القادم.\n';
    await input().setInputFiles({ name: 'plain.md', mimeType: 'text/markdown', buffer: Buffer.from(memoMd) });
    await importButton().click();

    const confirm = options.getByTestId('import-confirm');
    await confirm.waitFor();
    const said = await confirm.innerText();
    assert.match(said, /سياسة تنظيم العلاقة مع المستفيدين/);
    assert.match(said, /معتمدة/);
    assert.match(said, /مذكرة داخلية/);
    assert.match(said, /قسم/);
    await options.screenshot({ path: `${SCREENS}/import-confirm-ar.png`, fullPage: true });
    assert.match(await options.getByTestId('pack-summary').innerText(), /الحزمة المرفقة/, 'nothing applied before confirming');

    await confirm.getByRole('button', { name: 'اعتمد الاستيراد' }).click();
    await options.getByTestId('import-result').filter({ hasText: 'plain.md' }).waitFor();
    await options.getByTestId('pack-summary').filter({ hasText: 'حزمة مستوردة' }).waitFor();
    assert.ok(await options.getByText('مذكرة داخلية').first().isVisible());

    // Undo: the previous pack (the bundled one, with the real policy) comes back.
    await options.getByRole('button', { name: 'استعد الحزمة السابقة' }).click();
    await options.getByTestId('import-result').filter({ hasText: 'استُعيدت الحزمة السابقة' }).waitFor();
    await options.getByTestId('pack-summary').filter({ hasText: 'الحزمة المرفقة' }).waitFor();
    assert.ok(await options.locator('li', { hasText: 'سياسة تنظيم العلاقة مع المستفيدين' }).first().isVisible());
    assert.equal(await options.getByTestId('import-errors').count(), 0);
  });
});
