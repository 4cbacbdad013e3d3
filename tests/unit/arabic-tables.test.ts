import { describe, expect, it } from 'vitest';
import { dialectTable, fromDialect, isPlace, isStopWord, normalize, stem, stopWords } from '../../utils/arabic';
import { brokenPlurals, foldPlural } from '../../utils/arabic/plurals';
import { builtArabicTables } from '../../utils/arabic/tables';

// What the build writes into a page (wxt.config.ts `define`) must be what a page would build.
describe('the Arabic tables the build works out once', () => {
  const built = Object.fromEntries(Object.entries(builtArabicTables()).map(([k, v]) => [k, JSON.parse(v) as unknown]));

  it('are the tables pages build on first use, in the form each module reads', () => {
    expect(new Set(built.__MURSHID_STOP_WORDS__ as string[])).toEqual(stopWords());
    expect(new Map(built.__MURSHID_BROKEN_PLURALS__ as [string, string][])).toEqual(brokenPlurals());
    expect(new Map(built.__MURSHID_DIALECT__ as [string, string][])).toEqual(dialectTable());
    expect((built.__MURSHID_PLACES__ as string[]).every((p) => isPlace(p))).toBe(true);
  });

  it('hold normalised and stemmed words, as the lookups ask for them', () => {
    expect(isStopWord(normalize('إلى'))).toBe(true);
    expect(foldPlural(stem(normalize('عواصم')))).toBe(stem(normalize('عاصمة')));
    expect(fromDialect(normalize('بزران'))).toContain('أطفال');
    expect(isPlace(normalize('الأحساء'))).toBe(true);
    expect((built.__MURSHID_PLACES__ as string[]).length).toBeGreaterThan(50);
  });
});
