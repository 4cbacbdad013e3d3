import type { Digits } from '../dates';
import type { Lang } from './core';

/**
 * The interface language and digits an extension page last showed (the managed policy's, else the
 * staff member's choice): notes in the extension's localStorage, read synchronously, so a page's
 * first frame is in them without waiting for storage (the panel starts loading the English catalog
 * with its pack, and its first answer counts in the noted digits). Pages confirm them against
 * storage and note them again when they changed.
 */
const LANGUAGE = 'murshid:uiLanguage';
const DIGITS = 'murshid:digits';

function read(key: string): string | null | undefined {
  try {
    return globalThis.localStorage?.getItem(key);
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): void {
  try {
    if (globalThis.localStorage?.getItem(key) !== value) globalThis.localStorage?.setItem(key, value);
  } catch {
    // No localStorage here: the next page reads storage before showing its language and digits.
  }
}

/** The noted language; undefined when there is none (a fresh profile) or it cannot be read. */
export function notedLanguage(): Lang | undefined {
  const value = read(LANGUAGE);
  return value === 'ar' || value === 'en' ? value : undefined;
}

export function noteLanguage(lang: Lang): void {
  write(LANGUAGE, lang);
}

/** The noted digits; undefined when there are none or they cannot be read. */
export function notedDigits(): Digits | undefined {
  const value = read(DIGITS);
  return value === 'latn' || value === 'arab' ? value : undefined;
}

export function noteDigits(digits: Digits): void {
  write(DIGITS, digits);
}
