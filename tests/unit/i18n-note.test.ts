import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteDigits, notedDigits, notedLanguage, noteLanguage } from '../../utils/i18n/note';

/** A page's localStorage, as the notes see it. */
function stubStorage(): Map<string, string> {
  const store = new Map<string, string>();
  vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) });
  return store;
}
afterEach(() => vi.unstubAllGlobals());

describe('the language and digits a page last showed', () => {
  it('are read back as noted, and nothing is noted on a fresh profile', () => {
    stubStorage();
    expect(notedLanguage()).toBeUndefined();
    expect(notedDigits()).toBeUndefined();
    noteLanguage('en');
    noteDigits('arab');
    expect(notedLanguage()).toBe('en');
    expect(notedDigits()).toBe('arab');
    noteDigits('latn');
    expect(notedDigits()).toBe('latn');
  });

  it('ignore a value that is not one of theirs, and a storage that cannot be read', () => {
    const store = stubStorage();
    store.set('murshid:digits', 'hindi');
    store.set('murshid:uiLanguage', 'fr');
    expect(notedDigits()).toBeUndefined();
    expect(notedLanguage()).toBeUndefined();
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    });
    expect(notedDigits()).toBeUndefined();
    expect(() => noteDigits('arab')).not.toThrow();
  });
});
