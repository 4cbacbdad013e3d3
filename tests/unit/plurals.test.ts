import { describe, expect, it, vi } from 'vitest';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import { countTranslator, formatNumber, type PluralKey, pluralCategory, translator, withDigits } from '../../utils/i18n';

const COUNTS = [0, 1, 2, 3, 11, 100];

describe('plural categories (Intl.PluralRules)', () => {
  it('Arabic has six: 0 zero, 1 one, 2 two, 3 few, 11 many, 100 other; English one and other', () => {
    expect(COUNTS.map((n) => pluralCategory('ar', n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(COUNTS.map((n) => pluralCategory('en', n))).toEqual(['other', 'one', 'other', 'other', 'other', 'other']);
  });
});

describe('every count string goes through its plural forms', () => {
  const keys = Object.keys(ar)
    .filter((k) => k.endsWith('_other'))
    .map((k) => k.replace(/_other$/, '')) as PluralKey[];

  it('the counts the interface shows all have plural forms, and no bare key is left', () => {
    for (const k of [
      'reminderBody',
      'badgeTitle',
      'importDone',
      'importSkipped',
      'dashAverage',
      'importAccepted',
      'optionsPackSummary',
      'importRefused',
      'indexingProgress',
      'err_too_long',
      'sectionsCount',
      'templatesCount',
      'resultsCount',
      'logCount',
      'changesBanner',
    ])
      expect(keys).toContain(k);
    for (const k of keys) {
      expect(Object.keys(ar), k).not.toContain(k);
      for (const c of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(Object.keys(ar), `${k}_${c}`).toContain(`${k}_${c}`);
      for (const c of ['one', 'other']) expect(Object.keys(en), `${k}_${c}`).toContain(`${k}_${c}`);
    }
  });

  const arN = countTranslator('ar');
  const enN = countTranslator('en');
  it.each([
    [0, 'لا متابعات متأخرة', '0 overdue follow-ups'],
    [1, 'متابعة واحدة متأخرة', 'One overdue follow-up'],
    [2, 'متابعتان متأخرتان', '2 overdue follow-ups'],
    [3, '3 متابعات متأخرة', '3 overdue follow-ups'],
    [11, '11 متابعة متأخرة', '11 overdue follow-ups'],
    [100, '100 متابعة متأخرة', '100 overdue follow-ups'],
  ])('badgeTitle %i', (n, arText, enText) => {
    expect(arN('badgeTitle', n)).toBe(arText);
    expect(enN('badgeTitle', n)).toBe(enText);
  });

  it.each([
    [0, 'لا متابعات مستحقة أو متأخرة'],
    [1, 'لديك متابعة واحدة مستحقة أو متأخرة'],
    [2, 'لديك متابعتان مستحقتان أو متأخرتان'],
    [3, 'لديك 3 متابعات مستحقة أو متأخرة'],
    [11, 'لديك 11 متابعة مستحقة أو متأخرة'],
    [100, 'لديك 100 متابعة مستحقة أو متأخرة'],
  ])('reminderBody %i', (n, text) => expect(arN('reminderBody', n)).toBe(text));

  it.each([
    [0, 'قُبلت الحزمة: لا وثائق، لا أقسام، لا قوالب', 'Pack accepted: 0 documents, 0 sections, 0 templates'],
    [1, 'قُبلت الحزمة: وثيقة واحدة، قسم واحد، قالب واحد', 'Pack accepted: 1 document, 1 section, 1 template'],
    [2, 'قُبلت الحزمة: وثيقتان، قسمان، قالبان', 'Pack accepted: 2 documents, 2 sections, 2 templates'],
    [3, 'قُبلت الحزمة: 3 وثائق، 3 أقسام، 3 قوالب', 'Pack accepted: 3 documents, 3 sections, 3 templates'],
    [11, 'قُبلت الحزمة: 11 وثيقة، 11 قسماً، 11 قالباً', 'Pack accepted: 11 documents, 11 sections, 11 templates'],
    [100, 'قُبلت الحزمة: 100 وثيقة، 100 قسم، 100 قالب', 'Pack accepted: 100 documents, 100 sections, 100 templates'],
  ])('importAccepted %i', (n, arText, enText) => {
    expect(arN('importAccepted', n, arN('sectionsCount', n), arN('templatesCount', n))).toBe(arText);
    expect(enN('importAccepted', n, enN('sectionsCount', n), enN('templatesCount', n))).toBe(enText);
  });

  it.each([
    [0, 'لم يُستورد أي سجل جديد، ولم يُتجاهل أي سجل مكرر'],
    [1, 'استُورد سجل جديد واحد، وتُجوهل سجل مكرر واحد'],
    [2, 'استُورد سجلان جديدان، وتُجوهل سجلان مكرران'],
    [3, 'استُوردت 3 سجلات جديدة، وتُجوهلت 3 سجلات مكررة'],
    [11, 'استُورد 11 سجلاً جديداً، وتُجوهل 11 سجلاً مكرراً'],
    [100, 'استُورد 100 سجل جديد، وتُجوهل 100 سجل مكرر'],
  ])('importDone %i', (n, text) => expect(arN('importDone', n, arN('importSkipped', n))).toBe(text));

  it.each([
    [0, 'رُفضت الحزمة وبقيت الحزمة السابقة تعمل:'],
    [1, 'رُفضت الحزمة (خطأ واحد) وبقيت الحزمة السابقة تعمل:'],
    [2, 'رُفضت الحزمة (خطآن) وبقيت الحزمة السابقة تعمل:'],
    [3, 'رُفضت الحزمة (3 أخطاء) وبقيت الحزمة السابقة تعمل:'],
    [11, 'رُفضت الحزمة (11 خطأً) وبقيت الحزمة السابقة تعمل:'],
    [100, 'رُفضت الحزمة (100 خطأ) وبقيت الحزمة السابقة تعمل:'],
  ])('importRefused %i', (n, text) => expect(arN('importRefused', n)).toBe(text));

  it('dashAverage, optionsPackSummary, indexingProgress, err_too_long read right at each count', () => {
    expect(COUNTS.map((n) => arN('dashAverage', n, 4.5, 80))).toEqual([
      'لا تقييمات بعد',
      'المتوسط 4.5 من 5 (تقييم واحد)، و80٪ راضون (4–5)',
      'المتوسط 4.5 من 5 (تقييمان)، و80٪ راضون (4–5)',
      'المتوسط 4.5 من 5 (3 تقييمات)، و80٪ راضون (4–5)',
      'المتوسط 4.5 من 5 (11 تقييماً)، و80٪ راضون (4–5)',
      'المتوسط 4.5 من 5 (100 تقييم)، و80٪ راضون (4–5)',
    ]);
    expect(COUNTS.map((n) => enN('dashAverage', n, 4.5, 80))[1]).toBe('Average 4.5 of 5 (1 rating); 80% satisfied (4–5)');
    expect(arN('optionsPackSummary', 3, '2026.11.1', arN('sectionsCount', 72))).toBe('الحزمة 2026.11.1 — 3 وثائق، 72 قسماً');
    expect(COUNTS.map((n) => arN('indexingProgress', n, 0))).toEqual([
      'جارٍ تجهيز البحث…',
      'جارٍ تجهيز البحث: 0 من قسم واحد',
      'جارٍ تجهيز البحث: 0 من قسمين',
      'جارٍ تجهيز البحث: 0 من 3 أقسام',
      'جارٍ تجهيز البحث: 0 من 11 قسماً',
      'جارٍ تجهيز البحث: 0 من 100 قسم',
    ]);
    expect(enN('indexingProgress', 11, 4)).toBe('Preparing search: 4 of 11 sections indexed');
    expect(COUNTS.map((n) => arN('err_too_long', n)).slice(3)).toEqual([
      'النص أطول من المسموح (الحد الأقصى 3 أحرف)',
      'النص أطول من المسموح (الحد الأقصى 11 حرفاً)',
      'النص أطول من المسموح (الحد الأقصى 100 حرف)',
    ]);
    expect(enN('err_too_long', 1)).toBe('Too long (at most 1 character)');
  });
});

describe("digits follow the staff member's setting everywhere", () => {
  it("counts, numbers and the catalog's own digits are Latin when Latin is chosen", () => {
    expect(translator('ar', 'latn')('fSatisfaction')).toBe('رضا المستفيد (1–5)');
    expect(translator('ar', 'latn')('period_30')).toBe('آخر 30 يوماً');
    expect(translator('ar', 'latn')('xCounter', 12)).toBe('12 / 280');
    expect(countTranslator('ar', 'latn')('dashAverage', 3, 4.5, 80)).toBe('المتوسط 4.5 من 5 (3 تقييمات)، و80٪ راضون (4–5)');
  });

  it('and Arabic-Indic when Arabic-Indic is chosen', () => {
    expect(translator('ar', 'arab')('fSatisfaction')).toBe('رضا المستفيد (١–٥)');
    expect(translator('ar', 'arab')('xCounter', 12)).toBe('١٢ / ٢٨٠');
    expect(countTranslator('ar', 'arab')('badgeTitle', 11)).toBe('١١ متابعة متأخرة');
    expect(formatNumber(4.5, 'ar', 'arab')).toBe('٤٫٥');
    // The setting's own example keeps its digits.
    expect(translator('ar', 'latn')('digits_arab')).toContain('٠١٢٣');
  });

  it('a count is written as Intl.NumberFormat writes it, without building one (the first costs a new page 50–150 ms)', () => {
    const counts = [0, 1, 2, 7, 10, 11, 99, 100, 101, 1000, 12345, 1234567, Number.MAX_SAFE_INTEGER];
    const intl = (lang: 'ar' | 'en', digits: 'latn' | 'arab') =>
      new Intl.NumberFormat(`${lang}-u-nu-${digits}`, { maximumFractionDigits: 1, useGrouping: false });
    const expected = (['ar', 'en'] as const).flatMap((lang) =>
      (['latn', 'arab'] as const).flatMap((digits) => counts.map((n) => intl(lang, digits).format(n))),
    );
    const built = vi.spyOn(Intl, 'NumberFormat');
    try {
      const written = (['ar', 'en'] as const).flatMap((lang) =>
        (['latn', 'arab'] as const).flatMap((digits) => counts.map((n) => formatNumber(n, lang, digits))),
      );
      expect(written).toEqual(expected);
      expect(countTranslator('ar', 'arab')('resultsCount', 11)).toContain('١١');
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
    // A fraction or a negative number still goes through Intl.
    expect(formatNumber(-3, 'ar', 'latn')).toBe(intl('ar', 'latn').format(-3));
    expect(formatNumber(2.5, 'en', 'arab')).toBe(intl('en', 'arab').format(2.5));
  });

  it('no Arabic message writes a Latin number the setting could not turn', () => {
    // Identifiers and examples of Latin text are not numbers: a protocol, an address, Arabizi, the Latin digits' own example, base64, Ed25519 and encoding names.
    const LATIN = new Set([
      'emptyStyles',
      'endpointHttps',
      'connector_civicrm',
      'endpointHint_civicrm',
      'digits_latn',
      'secretInvalid',
      'policyReasonPublicKey',
      'errNotUtf8',
    ]);
    for (const [k, v] of Object.entries(ar)) {
      if (LATIN.has(k)) continue;
      const m = (v as { message: string }).message.replace(/\$\d/g, '');
      expect(m, k).not.toMatch(/[0-9]/);
    }
    expect(withDigits('١٢ و 34', 'latn')).toBe('12 و 34');
  });
});

describe('Latin runs in Arabic messages read in their own order', () => {
  it('every URL and IP address in an Arabic message sits in a left-to-right isolate (⁦…⁩)', () => {
    const loose = Object.entries(ar as Record<string, { message: string }>)
      .filter(([, v]) => [...v.message.matchAll(/https?:\/\/|(?<![\d.])\d+\.\d+\.\d+\.\d+/g)].some((m) => v.message[(m.index ?? 0) - 1] !== '\u2066'))
      .map(([k]) => k);
    expect(loose).toEqual([]);
  });
});
