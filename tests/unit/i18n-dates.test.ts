import { describe, expect, it } from 'vitest';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import { formatDate, formatHijri, parseIsoDate } from '../../utils/dates';
import { t } from '../../utils/i18n';
import { panelPath, queryFromSearch } from '../../utils/lookup';

describe('messages', () => {
  it('Arabic and English have the same keys, none empty (plural forms are per language, each with an "other")', () => {
    const PLURAL = /_(zero|one|two|few|many|other)$/;
    const base = (catalog: object) =>
      Object.keys(catalog)
        .filter((k) => !PLURAL.test(k))
        .sort();
    expect(base(en)).toEqual(base(ar));
    for (const catalog of [ar, en]) {
      for (const k of Object.keys(catalog).filter((x) => PLURAL.test(x))) expect(Object.keys(catalog)).toContain(k.replace(PLURAL, '_other'));
    }
    for (const m of [...Object.values(ar), ...Object.values(en)]) expect(m.message.trim()).not.toBe('');
  });

  it('fills $1 placeholders', () => {
    expect(t('ar', 'dueOn', 'غداً')).toBe('متابعة غداً');
    expect(t('en', 'versionLabel', '2019')).toBe('Version 2019');
  });
});

describe('dates', () => {
  it('formats known Umm al-Qura dates', () => {
    // 1 Ramadan 1447 AH is 18 February 2026 (Umm al-Qura).
    expect(formatHijri(parseIsoDate('2026-02-18') as Date, 'en')).toMatch(/^1 Ramadan 1447/);
    expect(formatDate('2026-11-28', 'ar')).toBe('28 نوفمبر 2026 (18 جمادى الآخرة 1448 هـ)');
  });

  it('leaves text that is not an ISO date alone', () => {
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(formatDate('2019', 'ar')).toBe('2019');
  });
});

describe('panel deep links', () => {
  it('round-trips a query through sidepanel.html?q=', () => {
    const path = panelPath('  مده الرد ');
    expect(path).toBe(`sidepanel.html?q=${encodeURIComponent('مده الرد')}`);
    expect(queryFromSearch(path.slice(path.indexOf('?')))).toBe('مده الرد');
    expect(panelPath('')).toBe('sidepanel.html');
  });
});

describe('display preferences and managed settings', () => {
  it('formats a day in the chosen calendars and digits', async () => {
    const { formatDay } = await import('../../utils/dates');
    const d = parseIsoDate('2026-02-18') as Date;
    expect(formatDay(d, 'ar', 'gregorian', 'arab')).toBe('١٨ فبراير ٢٠٢٦');
    expect(formatDay(d, 'ar', 'hijri')).toBe('1 رمضان 1447 هـ');
    expect(formatDay(d, 'en', 'both')).toBe('18 February 2026 (1 Ramadan 1447 AH)');
  });

  it('reads the browser policy and lets it win over the staff member’s own values', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { effective, readManaged } = await import('../../utils/settings');
    fakeBrowser.reset();
    expect(await readManaged()).toEqual({});
    await fakeBrowser.storage.managed.set({
      uiLanguage: 'en',
      retentionDays: 90,
      connector: { kind: 'webhook', endpoint: 'https://crm.example.org/h', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
    });
    const managed = await readManaged();
    expect(effective(managed, 'uiLanguage', 'ar')).toBe('en');
    expect(effective(managed, 'retentionDays', 180)).toBe(90);
    expect(effective(managed, 'digits', 'latn')).toBe('latn');
    expect(managed.connector?.endpoint).toBe('https://crm.example.org/h');
  });
});

describe('plural counts', () => {
  it('uses the Arabic forms for zero, one, two, few and many', async () => {
    const { tn } = await import('../../utils/i18n');
    expect([0, 1, 2, 3, 10, 11, 100].map((n) => tn('ar', 'resultsCount', n))).toEqual([
      'لا نتائج',
      'نتيجة واحدة',
      'نتيجتان',
      '3 نتائج',
      '10 نتائج',
      '11 نتيجة',
      '100 نتيجة',
    ]);
    expect([1, 2].map((n) => tn('en', 'logCount', n))).toEqual(['1 record', '2 records']);
  });
});
