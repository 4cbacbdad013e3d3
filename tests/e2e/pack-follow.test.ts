import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startReceiver } from '../../scripts/lib/receiver';
import { generateSecret } from '../../utils/sync';
import { type Extension, launchExtension, SCREENS } from './helpers';
import { amended, cli, type Published, packHost, read, work } from './pack-fixtures';

const AMEND_1: [string, string] = ['بإتقان وسرعة وجودة عالية', 'بإتقان وسرعة وأمانة وجودة عالية'];
const AMEND_2: [string, string] = ['مع مراجعتها باستمرار والتعديل عليها', 'مع مراجعتها كل ستة أشهر والتعديل عليها'];

async function configure(ext: Extension, endpoint: string, secret: string, name: string): Promise<void> {
  await ext.worker.evaluate(
    ([endpoint, secret, name]) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
        connector: { kind: 'webhook', endpoint, secret },
        staffProfile: { name, title: '', branch: 'فرع الرياض', surveyLink: '' },
      }),
    [endpoint, secret, name],
  );
}

async function follow(options: Page, url: string, key: string): Promise<void> {
  await options.getByLabel('عنوان الحزمة (pack.json)').fill(url);
  await options.getByLabel('المفتاح العام للجمعية (كما طبعه أمر keygen)').fill(key);
  await options.getByRole('button', { name: 'حفظ المصدر ومتابعته' }).click();
}

const status = (options: Page, text: string) => options.getByTestId('follow-status').filter({ hasText: text }).waitFor({ timeout: 20_000 });

async function acknowledge(panel: Page, expectInserted: string): Promise<void> {
  await panel.locator('.banner', { hasText: 'تغيّرت وثائق الجمعية' }).waitFor({ timeout: 20_000 });
  await panel.getByRole('button', { name: 'عرض التغييرات' }).click();
  await panel.locator('.changes').waitFor();
  const inserted = (await panel.locator('.diff ins').allInnerTexts()).join(' ');
  assert.match(inserted, new RegExp(expectInserted), 'the word diff shows the amendment');
  await panel.getByRole('button', { name: 'اطّلعت على التغييرات' }).click();
  await panel.locator('.banner').waitFor({ state: 'detached' });
}

async function answers(panel: Page, ext: Extension, q: string, text: string): Promise<void> {
  await panel.goto(ext.url(`sidepanel.html?q=${encodeURIComponent(q)}`));
  await panel.locator('.result', { hasText: text }).first().waitFor({ timeout: 20_000 });
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  assert.ok(check(), 'timed out');
}

describe('one published pack, followed by every browser', () => {
  let keys: string;
  let v1: Published;
  let v2: Published;
  let v2sha: string;
  let tampered: Published;
  before(() => {
    keys = String(cli('keygen', '--out', join(work, 'keys')).public_key);
    const key = join(work, 'keys/pack-signing.key');
    cli('publish', amended('2026.12.1', [AMEND_1]), '--out', join(work, 'v1'), '--key', key);
    const p2 = cli('publish', amended('2026.12.2', [AMEND_1, AMEND_2]), '--out', join(work, 'v2'), '--key', key);
    cli('publish', amended('2026.12.3', [AMEND_1, AMEND_2]), '--out', join(work, 'v3'), '--key', key);
    v1 = read(join(work, 'v1'));
    v2 = read(join(work, 'v2'));
    v2sha = String(p2.sha256);
    const v3 = read(join(work, 'v3'));
    // One byte changed after signing: «ستة» (six) becomes «ستت», its last letter's second UTF-8 byte.
    const body = Buffer.from(v3.body);
    const at = body.indexOf('ستة أشهر') + Buffer.byteLength('ست') + 1;
    assert.equal(body[at], 0xa9);
    body[at] = 0xaa;
    tampered = { body, sig: v3.sig };
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('an admin with no terminal exports the pack in use as pack.json + .sig signed with a chosen key file, and the CLI verifies it', async () => {
    const ext = await launchExtension();
    try {
      const options = await ext.context.newPage();
      await options.goto(ext.url('options.html'));
      await options.getByLabel('ملف المفتاح الخاص').setInputFiles(join(work, 'keys/pack-signing.key'));
      const downloads = new Map<string, string>();
      const saving: Promise<void>[] = [];
      options.on('download', (d) => {
        const to = join(work, `exported-${d.suggestedFilename()}`);
        downloads.set(d.suggestedFilename(), to);
        saving.push(d.saveAs(to));
      });
      await options.getByRole('button', { name: 'تصدير الحزمة الحالية موقّعةً' }).click();
      await options.getByTestId('publish-message').filter({ hasText: keys }).waitFor();
      await until(() => downloads.size === 2);
      await Promise.all(saving);
      assert.deepEqual([...downloads.keys()].sort(), ['pack.json', 'pack.json.sig']);
      const exported = join(work, 'exported');
      mkdirSync(exported, { recursive: true });
      renameSync(downloads.get('pack.json') as string, join(exported, 'pack.json'));
      renameSync(downloads.get('pack.json.sig') as string, join(exported, 'pack.json.sig'));
      const verified = cli('verify', join(exported, 'pack.json'), '--public-key', keys);
      assert.equal(verified.ok, true);
      assert.equal(verified.documents, 3);
      // A file that is not a key is refused with a message, and nothing is downloaded.
      writeFileSync(join(work, 'not-a-key.key'), 'hello');
      await options.getByLabel('ملف المفتاح الخاص').setInputFiles(join(work, 'not-a-key.key'));
      await options.getByRole('button', { name: 'تصدير الحزمة الحالية موقّعةً' }).click();
      await options.getByTestId('publish-message').filter({ hasText: 'هذا ليس ملف مفتاح خاص' }).waitFor();
      assert.equal(downloads.size, 2);
    } finally {
      await ext.close();
    }
  });

  test('follows v1, picks up v2 by check-now and alarm, acknowledgements reach the receiver, a tampered v3 and a replay are refused, offline keeps working, a second profile ends on the same version', async () => {
    const secret = generateSecret();
    const receiver = await startReceiver(secret);
    let host = await packHost();
    const url = host.url;
    host.current = v1;
    const a = await launchExtension();
    let b: Extension | null = null;
    try {
      await configure(a, receiver.url, secret, 'سارة');
      const options = await a.context.newPage();
      await options.goto(a.url('options.html'));
      await follow(options, url, keys);
      await status(options, 'الحزمة الفعّالة: المتابَعة من المصدر، النسخة 2026.12.1');
      await options.getByTestId('follow-last-success').filter({ hasNotText: 'لم يحدث بعد' }).waitFor();

      // Nothing new: a conditional request answered 304.
      await options.getByRole('button', { name: 'افحص الآن' }).click();
      await options.getByTestId('follow-message').filter({ hasText: 'لا جديد' }).waitFor();
      assert.ok(host.notModified >= 1, 'the ETag was sent back and answered 304');

      const panel = await a.context.newPage();
      await answers(panel, a, 'بإتقان وسرعة وأمانة', 'وأمانة');

      // The server publishes v2; the six-hour alarm's handler picks it up.
      host.current = v2;
      await a.worker.evaluate(() =>
        (globalThis as unknown as { chrome: { alarms: { create(n: string, o: { when: number }): Promise<void> } } }).chrome.alarms.create('murshid-pack', {
          when: Date.now() + 100,
        }),
      );
      await status(options, 'النسخة 2026.12.2');
      await answers(panel, a, 'مراجعتها كل ستة أشهر', 'ستة أشهر');
      await panel.screenshot({ path: `${SCREENS}/pack-follow-banner-ar.png`, fullPage: true });
      await acknowledge(panel, 'أمانة');
      await until(() => [...receiver.acknowledgements.values()].some((x) => x.version === '2026.12.2'));
      const ack = [...receiver.acknowledgements.values()].find((x) => x.version === '2026.12.2') as Record<string, unknown>;
      assert.equal(ack.type, 'pack_acknowledged');
      assert.equal(ack.pack_id, 'wa3i');
      assert.equal(ack.sha256, v2sha);
      assert.deepEqual(ack.staff, { name: 'سارة', branch: 'فرع الرياض' });
      assert.ok(
        receiver.deliveries.every((d) => d.validSignature),
        'signed per Standard Webhooks',
      );

      // A tampered v3 is refused, with the reason; v2 keeps answering.
      host.current = tampered;
      await options.getByRole('button', { name: 'افحص الآن' }).click();
      await options.getByTestId('follow-error').filter({ hasText: 'التوقيع لا يطابق' }).waitFor();
      await status(options, 'النسخة 2026.12.2');
      await options.screenshot({ path: `${SCREENS}/pack-follow-refused-ar.png`, fullPage: true });
      await answers(panel, a, 'مراجعتها كل ستة أشهر', 'ستة أشهر');

      // A genuine but older pack (a replay of v1) is refused too.
      host.current = v1;
      await options.getByRole('button', { name: 'افحص الآن' }).click();
      await options.getByTestId('follow-error').filter({ hasText: 'أقدم من المثبّتة' }).waitFor();

      // The host goes down: the check says so, search still answers from v2.
      const port = Number(new URL(url).port);
      await host.close();
      await options.getByRole('button', { name: 'افحص الآن' }).click();
      await options.getByTestId('follow-error').filter({ hasText: 'تعذّر الوصول إلى الحزمة' }).waitFor();
      await answers(panel, a, 'مراجعتها كل ستة أشهر', 'ستة أشهر');

      // A second staff browser follows the same URL once the host is back and sends its own acknowledgement.
      host = await packHost(port);
      host.current = v1;
      b = await launchExtension();
      await configure(b, receiver.url, secret, 'نورة');
      const optionsB = await b.context.newPage();
      await optionsB.goto(b.url('options.html'));
      await follow(optionsB, url, keys);
      await status(optionsB, 'الحزمة الفعّالة: المتابَعة من المصدر، النسخة 2026.12.1');
      // v2 is published again; "check now" picks it up.
      host.current = v2;
      await optionsB.getByRole('button', { name: 'افحص الآن' }).click();
      await optionsB.getByTestId('follow-message').filter({ hasText: 'طُبّقت النسخة 2026.12.2' }).waitFor({ timeout: 20_000 });
      await status(optionsB, 'الحزمة الفعّالة: المتابَعة من المصدر، النسخة 2026.12.2');
      const panelB = await b.context.newPage();
      await panelB.goto(b.url('sidepanel.html'));
      await acknowledge(panelB, 'أمانة');
      await until(() => [...receiver.acknowledgements.values()].some((x) => (x.staff as { name: string }).name === 'نورة'));
      const acks = [...receiver.acknowledgements.values()].filter((x) => x.version === '2026.12.2');
      assert.deepEqual(acks.map((x) => (x.staff as { name: string }).name).sort(), ['سارة', 'نورة']);
      assert.equal(new Set(acks.map((x) => x.id)).size, 2);
      assert.ok(
        acks.every((x) => x.sha256 === v2sha),
        'both acknowledged the same published bytes',
      );
      assert.equal(receiver.received.size, 0, 'no interaction was invented along the way');
    } finally {
      await a.close();
      await b?.close();
      await host.close().catch(() => {});
      await receiver.close();
    }
  });
});
