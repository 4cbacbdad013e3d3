import { describe, expect, it, vi } from 'vitest';

describe('a first answer’s slice of a catalog does not pass for the whole catalog', () => {
  it('English with only the first answer’s strings still loads the rest for the app', async () => {
    // A fresh module: the test setup has already loaded English into the shared one.
    vi.resetModules();
    const { hasLanguage, loadLanguage, registerCatalog, t, tn } = await import('../../utils/i18n/core');
    registerCatalog('en', { tabSearch: 'Search (slice)', resultsCount_one: '$1 result', resultsCount_other: '$1 results' }, true);
    expect(hasLanguage('en')).toBe(false);
    expect(t('en', 'tabSearch')).toBe('Search (slice)');
    expect(tn('en', 'resultsCount', 3)).toBe('3 results');
    await loadLanguage('en');
    expect(hasLanguage('en')).toBe(true);
    // The whole catalog: a string the slice did not have, in English; the slice's own replaced by the catalog's.
    expect(t('en', 'tabReplies')).toBe('Replies');
    expect(t('en', 'tabSearch')).toBe('Search');
  });
});
