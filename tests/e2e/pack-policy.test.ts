/**
 * IT sets packUrl and packPublicKey by a real Chrome policy file; the extension is a build with no
 * host access at all (not the e2e build), so the pack is followed through CORS alone, from start,
 * with no prompt and no click. Writing /etc/chromium/policies/managed needs root (CI runs as root).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchExtension, unpackedExtensionId } from './helpers';
import { amended, cli, packHost, read, work } from './pack-fixtures';

const POLICY_DIR = '/etc/chromium/policies/managed';
const BUILD = resolve('.output/policy');
const EXTENSION = join(BUILD, 'chrome-mv3');

function writable(): string | false {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return false;
  } catch {
    return `writing a Chrome policy needs write access to ${POLICY_DIR}`;
  }
}

describe('a pack source set by browser policy', { skip: writable() }, () => {
  const policyFile = join(POLICY_DIR, `murshid-packdist-${process.pid}.json`);
  before(() => {
    // The product as shipped: no host permissions; only optional ones a policy cannot grant.
    const r = spawnSync('npx', ['wxt', 'build'], { env: { ...process.env, MURSHID_OUT_DIR: BUILD, WXT_E2E_HOSTS: '' }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
    assert.equal(manifest.host_permissions, undefined);
  });
  after(() => {
    rmSync(policyFile, { force: true });
    rmSync(work, { recursive: true, force: true });
  });

  test('followed from start with no prompt over CORS; without CORS the page says access is needed and the pack stays', async () => {
    const keys = String(cli('keygen', '--out', join(work, 'policy-keys')).public_key);
    const key = join(work, 'policy-keys/pack-signing.key');
    cli('publish', amended('2026.12.5', [['بإتقان وسرعة وجودة عالية', 'بإتقان وسرعة وعدل وجودة عالية']]), '--out', join(work, 'p1'), '--key', key);
    cli('publish', amended('2026.12.6', [['بإتقان وسرعة وجودة عالية', 'بإتقان وسرعة وعدل ورحمة وجودة عالية']]), '--out', join(work, 'p2'), '--key', key);
    const host = await packHost();
    host.current = read(join(work, 'p1'));
    const id = unpackedExtensionId(EXTENSION);
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: { packUrl: host.url, packPublicKey: keys } } } }));
    const ext = await launchExtension(undefined, EXTENSION);
    try {
      assert.equal(ext.id, id);
      const options = await ext.context.newPage();
      await options.goto(ext.url('options.html'));
      const card = options.locator('section', { has: options.getByRole('heading', { name: 'متابعة الحزمة المنشورة' }) });
      await card.getByText(host.url).waitFor();
      await card.getByText('تضبطه إدارة تقنية المعلومات').waitFor();
      assert.equal(await card.getByLabel('عنوان الحزمة (pack.json)').count(), 0, 'no editable source under a policy');
      await options
        .getByTestId('follow-status')
        .filter({ hasText: 'المتابَعة من المصدر، النسخة 2026.12.5' })
        .waitFor({ timeout: 30_000 })
        .catch(async (e) => {
          throw new Error(`${e}\nthe page said: ${await card.innerText()}`);
        });

      // The host drops its CORS headers and publishes 2026.12.6: refused for want of access, 12.5 stays.
      host.cors = false;
      host.current = read(join(work, 'p2'));
      await options.getByRole('button', { name: 'افحص الآن' }).click();
      await options.getByTestId('follow-access').waitFor({ timeout: 20_000 });
      assert.match(await options.getByTestId('follow-error').innerText(), /لا إذن بالوصول إلى موقعها ولم يرسل ترويسات CORS/);
      await options.getByTestId('follow-status').filter({ hasText: 'النسخة 2026.12.5' }).waitFor();
      const panel = await ext.context.newPage();
      await panel.goto(ext.url(`sidepanel.html?q=${encodeURIComponent('بإتقان وسرعة وعدل')}`));
      await panel.locator('.result', { hasText: 'وعدل' }).first().waitFor({ timeout: 20_000 });
      assert.equal(existsSync(policyFile), true);
    } finally {
      await ext.close();
      await host.close();
      rmSync(policyFile, { force: true });
    }
  });
});
