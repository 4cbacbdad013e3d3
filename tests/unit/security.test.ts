import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IMPORT_LIMITS, ImportLimitError, isSafeEntryName, unzipLimited } from '../../components/options/importLimits';
import { zipPack } from '../../components/options/packFiles';
import { type Interaction, newInteraction, openLogDb, parseImport, purgeExpired, saveInteraction, toCsv, toJson } from '../../utils/log';
import { isFromExtensionPage } from '../../utils/messaging';
import { clampRetention, policyReason, validateManaged } from '../../utils/settings';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const DAY = 86_400_000;

describe('managed (IT policy) values are validated with the settings schemas', () => {
  it.each([
    ['uiLanguage', 'fr', /"ar" or "en"/],
    ['digits', 'roman', /latn/],
    ['retentionDays', 0, /at least 30/],
    ['retentionDays', -5, /at least 30/],
    ['retentionDays', 1e12, /at most 3650/],
    ['retentionDays', '90', /number/],
    ['connector', { kind: 'webhook', endpoint: 'https://crm.example.org/h' }, /^secret is missing$/],
    ['connector', { kind: 'webhook', secret: SECRET }, /^endpoint is missing$/],
    ['connector', { kind: 'webhook', endpoint: 'http://example.org/h', secret: SECRET }, /https/],
    ['connector', { kind: 'webhook', endpoint: 'https://crm.example.org/h', secret: 'whsec_x' }, /whsec_/],
    ['connector', { kind: 'erp', endpoint: 'https://crm.example.org/h', secret: 'k' }, /kind/],
    ['surveyLink', 'javascript:alert(1)', /https/],
  ])('%s = %j is ignored, with the reason', (key, value, reason) => {
    const { settings, ignored } = validateManaged({ [key]: value, dates: 'hijri' });
    expect(settings).toEqual({ dates: 'hijri' });
    expect(ignored).toHaveLength(1);
    expect(ignored[0]?.key).toBe(key);
    expect(ignored[0]?.reason).toMatch(reason);
  });

  it('valid values apply; a CRM connector needs an endpoint and a key, not a whsec_', () => {
    const raw = { uiLanguage: 'en', retentionDays: 90, connector: { kind: 'odoo', endpoint: 'https://erp.example.org', secret: 'odoo-key' }, branch: 'جدة' };
    expect(validateManaged(raw)).toEqual({ settings: { ...raw, connector: { ...raw.connector } }, ignored: [] });
    expect(validateManaged({ somethingElse: 1 }).ignored).toEqual([
      { key: 'somethingElse', reason: 'not a Murshid policy', reasons: ['not a Murshid policy'] },
    ]);
    expect(validateManaged(null)).toEqual({ settings: {}, ignored: [] });
  });

  it('a policy key named like an Object property (Firefox passes any key) is ignored, not a crash that stops every reader', () => {
    const raw = JSON.parse('{"constructor":"x","toString":1,"__proto__":{"uiLanguage":"fr"},"hasOwnProperty":true,"dates":"hijri"}');
    const { settings, ignored } = validateManaged(raw);
    expect(settings).toEqual({ dates: 'hijri' });
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(ignored.map((i) => `${i.key}: ${i.reason}`).sort()).toEqual(
      ['__proto__', 'constructor', 'hasOwnProperty', 'toString'].map((k) => `${k}: not a Murshid policy`),
    );
  });

  it('every reason a crafted policy can get has its own message in Arabic and English (IT reads why, in the interface language)', () => {
    const crafted = {
      uiLanguage: 'fr',
      digits: 'roman',
      dates: 7,
      retentionDays: [0, -5, 1e12, 90.5, '90'],
      connector: [
        { kind: 'webhook', endpoint: 'https://crm.example.org/h' },
        { kind: 'webhook', secret: SECRET },
        { kind: 'webhook', endpoint: 'http://example.org/h', secret: SECRET },
        { kind: 'webhook', endpoint: 'https://crm.example.org/h', secret: 'whsec_x' },
        { kind: 'erp', endpoint: 'https://crm.example.org/h', secret: 'k' },
        'https://crm.example.org/h',
      ],
      branch: ['x'.repeat(121), 5],
      surveyLink: 'javascript:alert(1)',
      packUrl: 'http://example.org/pack.json',
      packPublicKey: 'not a key',
      somethingElse: 1,
    };
    const reasons = new Set<string>();
    for (const [key, values] of Object.entries(crafted))
      for (const value of Array.isArray(values) ? values : [values])
        for (const i of validateManaged({ [key]: value }).ignored) for (const r of i.reasons) reasons.add(r);
    expect(reasons.size).toBeGreaterThan(15);
    const ar = JSON.parse(readFileSync('public/_locales/ar/messages.json', 'utf8')) as Record<string, { message: string }>;
    const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
    for (const r of reasons) {
      const known = policyReason(r);
      expect(known, r).not.toBeNull();
      const key = known?.count === undefined ? known?.key : `${known.key}_other`;
      expect(ar[key as string]?.message, r).toMatch(/[\u0600-\u06ff]/);
      expect(en[key as string]?.message, r).toBeTruthy();
    }
    expect(policyReason('must be at least 30')).toEqual({ key: 'policyReasonMin', count: 30 });
  });

  it('readManaged no longer hands a broken policy to the panel (which crashed on "fr")', async () => {
    const { readManaged, readManagedReport } = await import('../../utils/settings');
    fakeBrowser.reset();
    await fakeBrowser.storage.managed.set({ uiLanguage: 'fr', connector: { kind: 'webhook', endpoint: 'https://x.example/h' } });
    expect(await readManaged()).toEqual({});
    expect((await readManagedReport()).ignored.map((i) => i.key).sort()).toEqual(['connector', 'uiLanguage']);
  });
});

describe('retention', () => {
  const ctx = { channels: ['phone'], topics: ['inquiry'], today: new Date(), isNew: false };
  let n = 0;
  async function seeded(ages: { days: number; state: 'sent' | 'pending' | 'attention' }[], now: Date) {
    const db = await openLogDb(`retention-${++n}`);
    const ids: string[] = [];
    for (const a of ages) {
      const r = newInteraction({ channel: 'phone', beneficiary: { name: 'نورة' } }, new Date(now.getTime() - a.days * DAY));
      await saveInteraction(db, r, ctx, now);
      await db.put('outbox', { id: r.id, state: a.state, attempts: 1, next_at: 0 });
      ids.push(r.id);
    }
    return { db, ids };
  }

  it('clamps what it is given: 0, negatives, NaN and huge values never reach the date arithmetic', () => {
    expect([0, -5, Number.NaN, 1e12, 90.4, '7', undefined].map(clampRetention)).toEqual([30, 30, 180, 3650, 90, 180, 180]);
  });

  it('undelivered records past retention are announced, then purged after the grace period — never silently, never kept forever', async () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const { db, ids } = await seeded(
      [
        { days: 400, state: 'sent' },
        { days: 400, state: 'pending' },
        { days: 400, state: 'attention' },
        { days: 10, state: 'pending' },
      ],
      now,
    );
    const first = await purgeExpired(db, 180, now);
    expect(first).toEqual({ delivered: 1, undelivered: 0, warned: 2, nextExpiry: now.getTime() + 30 * DAY });
    expect((await db.getAllKeys('interactions')).sort()).toEqual(ids.slice(1).sort());
    const announced = await db.get('outbox', ids[1] as string);
    expect(announced?.expires_at).toBe(now.getTime() + 30 * DAY);

    // A day before the announced date: still there, nothing newly announced.
    expect(await purgeExpired(db, 180, new Date(now.getTime() + 29 * DAY))).toEqual(expect.objectContaining({ undelivered: 0, warned: 0 }));
    // After it: gone; the recent undelivered record stays.
    expect(await purgeExpired(db, 180, new Date(now.getTime() + 31 * DAY))).toEqual(expect.objectContaining({ undelivered: 2 }));
    expect(await db.getAllKeys('interactions')).toEqual([ids[3]]);
  });

  it('refuses an unclamped value instead of deleting everything', async () => {
    const { db } = await seeded([{ days: 1, state: 'sent' }], new Date());
    await expect(purgeExpired(db, 0)).rejects.toThrow(RangeError);
    expect(await db.count('interactions')).toBe(1);
  });

  it('the background purge clamps a huge stored value and records a failure for the Log tab', async () => {
    const { purgeOld } = await import('../../utils/reminders');
    const { purgeStatus, retentionDays } = await import('../../utils/settings');
    fakeBrowser.reset();
    await retentionDays.setValue(1e12);
    const now = new Date('2026-12-01T09:00:00Z');
    const { db } = await seeded([{ days: 5000, state: 'sent' }], now);
    const result = await purgeOld(now, async () => db);
    expect(result?.delivered).toBe(1);
    expect(await purgeStatus.getValue()).toEqual({ at: now.getTime(), ok: true });

    expect(await purgeOld(now, () => Promise.reject(new Error('disk full')))).toBeNull();
    expect(await purgeStatus.getValue()).toEqual({ at: now.getTime(), ok: false, error: 'disk full' });
  });
});

describe('a crafted policy retention never reaches the purge', () => {
  const ctx = { channels: ['phone'], topics: ['inquiry'], today: new Date(), isNew: false };
  it.each([0, -5, 1e12, 2.5, '90'])(
    'policy retentionDays %j: ignored, the staff member’s 180 days apply — a delivered record of today stays, one of 400 days goes',
    async (policy) => {
      const { purgeOld } = await import('../../utils/reminders');
      const { purgeStatus } = await import('../../utils/settings');
      fakeBrowser.reset();
      await fakeBrowser.storage.managed.set({ retentionDays: policy });
      const now = new Date('2026-12-01T09:00:00Z');
      const name = `policy-retention-${String(policy)}`;
      const db = await openLogDb(name);
      const ids: string[] = [];
      for (const days of [0, 400]) {
        const r = newInteraction({ channel: 'phone', beneficiary: { name: 'نورة' } }, new Date(now.getTime() - days * DAY - 60_000));
        await saveInteraction(db, r, ctx, now);
        await db.put('outbox', { id: r.id, state: 'sent', attempts: 1, next_at: 0 });
        ids.push(r.id);
      }
      const result = await purgeOld(now, async () => db);
      expect(result).toEqual(expect.objectContaining({ delivered: 1, undelivered: 0 }));
      const after = await openLogDb(name); // purgeOld closes what it opened
      expect(await after.getAllKeys('interactions')).toEqual([ids[0]]);
      after.close();
      expect(await purgeStatus.getValue()).toEqual(expect.objectContaining({ ok: true }));
    },
  );

  it('a valid policy value wins over the staff member’s own', async () => {
    const { purgeOld } = await import('../../utils/reminders');
    const { retentionDays } = await import('../../utils/settings');
    fakeBrowser.reset();
    await retentionDays.setValue(3650);
    await fakeBrowser.storage.managed.set({ retentionDays: 30 });
    const now = new Date('2026-12-01T09:00:00Z');
    const db = await openLogDb('policy-retention-valid');
    const r = newInteraction({ channel: 'phone', beneficiary: { name: 'نورة' } }, new Date(now.getTime() - 31 * DAY));
    await saveInteraction(db, r, ctx, now);
    await db.put('outbox', { id: r.id, state: 'sent', attempts: 1, next_at: 0 });
    expect(await purgeOld(now, async () => db)).toEqual(expect.objectContaining({ delivered: 1 }));
  });
});

describe('import limits', () => {
  const md = new TextEncoder().encode('# x\n');
  it('refuses names that could escape the folder', () => {
    for (const bad of ['../evil.md', 'documents/../../x.md', '/etc/x.md', 'C:/x.md', 'a\\b.md', './x.md', 'a/\u0000.md'])
      expect(isSafeEntryName(bad), bad).toBe(false);
    for (const good of ['documents/a.md', 'knowledge/templates/ردود.md', 'pack.json']) expect(isSafeEntryName(good), good).toBe(true);
    expect(() => unzipLimited(zipSync({ 'documents/a.md': md, '../evil.md': md }))).toThrow(
      expect.objectContaining({ key: 'importBadName', args: ['../evil.md'] }),
    );
  });

  it('says which limit a crafted zip hit, before inflating it', () => {
    const bomb = zipSync({ 'documents/bomb.md': new Uint8Array(IMPORT_LIMITS.entryBytes + 1) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(() => unzipLimited(bomb)).toThrow(expect.objectContaining({ key: 'importLimitEntry' }));
    const many = zipSync(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`documents/${i}.md`, md])));
    expect(() => unzipLimited(many, { ...IMPORT_LIMITS, files: 20 })).toThrow(expect.objectContaining({ key: 'importLimitFiles', args: [20] }));
    const wide = zipSync(Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`documents/${i}.md`, new Uint8Array(1000)])));
    expect(() => unzipLimited(wide, { ...IMPORT_LIMITS, totalBytes: 3000 })).toThrow(ImportLimitError);
    expect(() => unzipLimited(new Uint8Array(IMPORT_LIMITS.zipBytes + 1))).toThrow(expect.objectContaining({ key: 'importLimitZip' }));
    expect(Object.keys(unzipLimited(zipSync({ 'documents/a.md': md })))).toEqual(['documents/a.md']);
  });

  it('an export never writes a ../ name back out', async () => {
    const { unzipSync } = await import('fflate');
    const zip = zipPack([
      { path: 'documents/a.md', content: 'a' },
      { path: '../evil.md', content: 'b' },
    ]);
    expect(Object.keys(unzipSync(zip))).toEqual(['knowledge/documents/a.md']);
  });

  it('imported log records pass the same checks as the form', () => {
    const ctx = { channels: ['phone'], topics: ['inquiry'], today: new Date(), isNew: false };
    const good = newInteraction({ channel: 'phone', beneficiary: { name: 'نورة' } });
    expect(parseImport(toJson([good]), ctx)).toEqual({ ok: true, records: [good] });
    const badPhone: Interaction = { ...good, beneficiary: { name: 'نورة', phone: '12' } };
    expect(parseImport(toJson([good, badPhone]), ctx)).toEqual(expect.objectContaining({ ok: false, error: 'record', index: 1, field: 'beneficiary.phone' }));
    const unknownChannel: Interaction = { ...good, channel: 'pigeon' };
    expect(parseImport(toJson([unknownChannel]), ctx)).toEqual(expect.objectContaining({ ok: false, field: 'channel' }));
    expect(parseImport(' '.repeat(50 * 1024 * 1024 + 1), ctx)).toEqual(expect.objectContaining({ ok: false, error: 'size' }));
  });
});

describe('CSV formula guard', () => {
  it.each(['\t=1+1', '\r=1+1', '=HYPERLINK("x")', '+1', '-1', '@SUM(A1)'])('%j is kept as text', (notes) => {
    const r = newInteraction({ channel: 'phone', beneficiary: { name: 'نورة' }, notes });
    const row = toCsv([r]).split('\r\n')[1] ?? '';
    expect(row).toMatch(/(^|,)"?'/);
  });
});

describe('panel-only messages come from the extension’s own pages', () => {
  const base = 'chrome-extension://abc/';
  it.each([
    [{ id: 'abc', url: `${base}sidepanel.html` }, true],
    [{ id: 'abc', url: `${base}sidepanel.html?tab=log`, tab: { url: `${base}sidepanel.html?tab=log` } }, true],
    [{ id: 'abc', url: 'http://evil.example/', tab: { url: 'about:blank' } }, false],
    [{ id: 'abc', url: 'http://evil.example/', tab: { url: 'data:text/html,x' } }, false],
    [{ id: 'abc', url: 'file:///tmp/x.html', tab: { url: 'file:///tmp/x.html' } }, false],
    [{ id: 'abc', url: `${base}sidepanel.html`, tab: { url: 'https://web.whatsapp.com/' } }, false],
    [{ id: 'other', url: `${base}sidepanel.html` }, false],
    [{ id: 'abc' }, false],
  ])('%j → %s', (sender, ok) => {
    expect(isFromExtensionPage(sender, 'abc', base)).toBe(ok);
  });
});

describe('the expander gives the all-sites access back when turned off', () => {
  it('unregisters the script and removes the permission', async () => {
    const { disableExpansion, EXPAND_ORIGINS } = await import('../../utils/expand');
    fakeBrowser.reset();
    const remove = vi.fn(async () => true);
    const unregister = vi.fn(async () => {});
    Object.assign(fakeBrowser.permissions, { remove });
    Object.assign(fakeBrowser, { scripting: { getRegisteredContentScripts: async () => [{ id: 'murshid-expand' }], unregisterContentScripts: unregister } });
    await disableExpansion();
    expect(unregister).toHaveBeenCalledWith({ ids: ['murshid-expand'] });
    expect(remove).toHaveBeenCalledWith({ origins: EXPAND_ORIGINS });
  });
});

describe('the Google Sheet receiver (docs/apps-script/Code.gs)', () => {
  /** Runs Code.gs against an in-memory sheet. */
  function appsScript(token = 'T') {
    const rows: unknown[][] = [];
    const sheet = {
      getLastRow: () => rows.length,
      appendRow: (r: unknown[]) => rows.push(r),
      getRange: (row: number, col: number, nrows: number, ncols: number) => ({
        getValues: () => rows.slice(row - 1, row - 1 + nrows).map((r) => r.slice(col - 1, col - 1 + ncols)),
        setValues: (values: unknown[][]) => {
          for (const [i, v] of values.entries()) rows[row - 1 + i] = v;
        },
      }),
    };
    const sandbox: Record<string, unknown> = {
      PropertiesService: { getScriptProperties: () => ({ getProperty: () => token }) },
      LockService: { getScriptLock: () => ({ waitLock: () => {}, releaseLock: () => {} }) },
      SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSheetByName: () => sheet, insertSheet: () => sheet }), flush: () => {} },
      ContentService: { MimeType: { JSON: 'json' }, createTextOutput: (text: string) => ({ text, setMimeType: () => ({ text }) }) },
    };
    runInNewContext(readFileSync('docs/apps-script/Code.gs', 'utf8'), sandbox);
    const post = (body: unknown, t = token) =>
      JSON.parse((sandbox.doPost as (e: unknown) => { text: string })({ parameter: { token: t }, postData: { contents: JSON.stringify(body) } }).text);
    return { rows, post };
  }

  it('acknowledges by id, upserts edits, keeps formulas as text, and says so when the token is wrong', () => {
    const { rows, post } = appsScript();
    const a = newInteraction({ channel: 'phone', beneficiary: { name: '=HYPERLINK("http://x")' }, notes: '\t=1+1' });
    expect(post({ interactions: [a] })).toEqual({ ok: true, received: [a.id] });
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[5]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[1]?.[17]).toBe("'\t=1+1");
    expect(post({ interactions: [{ ...a, notes: 'تعديل' }] })).toEqual({ ok: true, received: [a.id] });
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[17]).toBe('تعديل');
    expect(post({ interactions: [a] }, 'wrong')).toEqual({ ok: false, error: 'bad token' });
  });
});

describe('the connector secret is kept out of storage.local (which content scripts can call on Firefox)', () => {
  it('is saved in the extension IndexedDB, read back with the connector, and moved there from an older storage.local', async () => {
    const { readConnector, saveConnector, moveSecretOutOfStorage } = await import('../../utils/settings/secrets');
    fakeBrowser.reset();
    const cfg = { kind: 'webhook' as const, endpoint: 'https://crm.example.org/h', secret: SECRET };
    await saveConnector(cfg);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(SECRET);
    expect(await readConnector()).toEqual(cfg);

    const older = { ...cfg, secret: 'whsec_T2xkZXJTZWNyZXRLZXlPZlNpeHRlZW4=' };
    await fakeBrowser.storage.local.set({ connector: older });
    await moveSecretOutOfStorage();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(older.secret);
    expect(await readConnector()).toEqual(older);
  });
});
