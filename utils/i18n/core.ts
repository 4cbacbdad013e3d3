import type ar from '../../public/_locales/ar/messages.json';
import type { Digits } from '../dates';
import { withDigits } from './digits';

export { withDigits } from './digits';

export type Lang = 'ar' | 'en';
export type MessageKey = keyof typeof ar;
/** Messages with plural forms: `<key>_zero|one|two|few|many|other` (English: `_one|_other`). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/** A language's messages: as the browser's `messages.json` has them, or flattened to the text (the build's, scripts/lib/flat-catalogs.ts). */
export type Catalog = Record<string, { message: string } | string>;
/** A catalog entry's text, in either form. */
export function entryText(entry: Catalog[string] | undefined): string | undefined {
  return typeof entry === 'string' ? entry : entry?.message;
}

/**
 * Arabic (the default, and the fallback for a missing key) is registered by `./index`, which every
 * page imports; English by `./english` — imported by pages that may need it at once (options,
 * background), loaded on demand by the side panel (`loadLanguage`) so a `?q=` open parses one
 * catalog, not two. The side panel's first answer registers only the strings it shows, in the
 * staff member's language (components/first), until the whole catalog arrives.
 */
const CATALOGS: { ar: Catalog; en?: Catalog } = { ar: {} };
/** Languages whose whole catalog is here (a first answer's slice is not). */
const WHOLE = new Set<Lang>(['ar']);

/** Adds a language's catalog (`./english` does it for English); `slice`: only some of its strings (a first answer's). */
export function registerCatalog(lang: Lang, catalog: Catalog, slice = false): void {
  // Merged: the whole catalog after the first answer's slice of it (or before) keeps every string.
  CATALOGS[lang] = { ...CATALOGS[lang], ...catalog };
  if (!slice) WHOLE.add(lang);
}

/** Whether `lang`'s own strings are here (else its messages read in Arabic). */
export function hasLanguage(lang: Lang): boolean {
  return WHOLE.has(lang);
}

/** Loads `lang`'s catalog if it is not here yet (a separate script for English). */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (!hasLanguage(lang)) await import('./english');
}
/** Messages whose digits are the point (the digits setting's own example). */
const OWN_DIGITS = new Set<string>(['digits_arab']);

const numberFormats = new Map<string, Intl.NumberFormat>();
/**
 * A number in the staff member's digits: 3, ٣; 4.5, ٤٫٥. A whole number that is not negative (every
 * count) is written without `Intl.NumberFormat`: building the first one loads the locale's number
 * data, 50–150 ms of the first answer in a new renderer (the results count), for the same digits.
 */
export function formatNumber(n: number, lang: Lang, digits: Digits = 'latn'): string {
  if (Number.isSafeInteger(n) && n >= 0) return withDigits(String(n), digits);
  const locale = `${lang}-u-nu-${digits}`;
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false });
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

/** The catalog text of `key` with `$1`, `$2`… filled; numbers are written in `digits`, and so are the text's own. */
function message(lang: Lang, key: string, digits: Digits, args: (string | number)[]): string {
  const entry = CATALOGS[lang]?.[key] ?? CATALOGS.ar[key];
  const raw = entryText(entry) ?? key;
  const text = OWN_DIGITS.has(key) || digits === 'arab' ? raw : withDigits(raw, digits);
  return text.replace(/\$(\d)/g, (_, n: string) => {
    const arg = args[Number(n) - 1];
    return typeof arg === 'number' ? formatNumber(arg, lang, digits) : String(arg ?? '');
  });
}

/**
 * UI strings come from `public/_locales` (the same files the manifest uses), but the
 * language is the user's setting, not the browser's, so staff get Arabic by default.
 * `$1`, `$2`… are replaced by `args`; digits are Latin unless `translator` is given others.
 */
export function t(lang: Lang, key: MessageKey, ...args: (string | number)[]): string {
  return message(lang, key, 'latn', args);
}

const plurals: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The plural category of `count`: Arabic has zero, one, two, few, many and other; English one and other. */
export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  plurals[lang] ??= new Intl.PluralRules(lang);
  return count === 0 && lang === 'ar' ? 'zero' : (plurals[lang] as Intl.PluralRules).select(count);
}

/**
 * A count in words the language's grammar wants (نتيجتان، ٣ نتائج، ١١ نتيجة): looks up
 * `<key>_<category>`, falling back to `<key>_other`. `$1` is the count; `$2`… are `args`.
 */
export function tn(lang: Lang, key: PluralKey, count: number, digits: Digits = 'latn', ...args: (string | number)[]): string {
  const catalog = CATALOGS[lang] ?? CATALOGS.ar;
  const category = pluralCategory(lang, count);
  const found = [`${key}_${category}`, `${key}_other`].find((k) => catalog[k] ?? CATALOGS.ar[k]) ?? `${key}_other`;
  return message(lang, found, digits, [count, ...args]);
}

export function dir(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The page's language and direction, set only where they differ: setting the root's language again
 * has the browser work out its fonts and styles again.
 */
export function setPageLanguage(lang: Lang, root: HTMLElement = document.documentElement): void {
  if (root.lang !== lang) root.lang = lang;
  if (root.dir !== dir(lang)) root.dir = dir(lang);
}

export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;
export type TranslateCount = (key: PluralKey, count: number, ...args: (string | number)[]) => string;

export function translator(lang: Lang, digits: Digits = 'latn'): Translate {
  return (key, ...args) => message(lang, key, digits, args);
}

export function countTranslator(lang: Lang, digits: Digits = 'latn'): TranslateCount {
  return (key, count, ...args) => tn(lang, key, count, digits, ...args);
}

/** Wraps a left-to-right value (a host, a URL, `whsec_…`) so it keeps its order inside Arabic text (FSI … PDI). */
export function isolate(value: string | number): string {
  return `\u2068${value}\u2069`;
}
