import type { Lang } from './core';

/**
 * The interface language an extension page last showed (the managed policy's, else the staff
 * member's choice): a note in the extension's localStorage, read synchronously, so a page's first
 * frame is in that language without waiting for storage (the panel starts loading the English
 * catalog with its pack). Pages confirm it against storage and note it again when it changed.
 */
const NOTE = 'murshid:uiLanguage';

/** The noted language; undefined when there is none (a fresh profile) or it cannot be read. */
export function notedLanguage(): Lang | undefined {
  try {
    const value = globalThis.localStorage?.getItem(NOTE);
    return value === 'ar' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function noteLanguage(lang: Lang): void {
  try {
    if (globalThis.localStorage?.getItem(NOTE) !== lang) globalThis.localStorage?.setItem(NOTE, lang);
  } catch {
    // No localStorage here: the next page reads storage before showing its language.
  }
}
