import { describe, expect, it } from 'vitest';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import { formatDate, formatHijri, parseIsoDate } from '../../utils/dates';
import { t } from '../../utils/i18n';
import { panelPath, queryFromSearch } from '../../utils/lookup';

describe('messages', () => {
  it('Arabic and English have the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ar).sort());
    for (const m of [...Object.values(ar), ...Object.values(en)]) expect(m.message.trim()).not.toBe('');
  });

  it('fills $1 placeholders', () => {
    expect(t('ar', 'resultsCount', 3)).toBe('3 نتيجة');
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
