import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';

export type Lang = 'ar' | 'en';
export type MessageKey = keyof typeof ar;

const CATALOGS: Record<Lang, Record<string, { message: string }>> = { ar, en };

/**
 * UI strings come from `public/_locales` (the same files the manifest uses), but the
 * language is the user's setting, not the browser's, so staff get Arabic by default.
 * `$1`, `$2`… are replaced by `args`.
 */
export function t(lang: Lang, key: MessageKey, ...args: (string | number)[]): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.ar[key];
  const text = entry?.message ?? key;
  return text.replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
}

const plurals: Partial<Record<Lang, Intl.PluralRules>> = {};

/**
 * A count in words the language's grammar wants: Arabic has zero, one, two, few, many and other
 * forms (نتيجتان، ٣ نتائج، ١١ نتيجة). Looks up `<key>_<category>`, falling back to `<key>_other`, then `key`.
 */
export function tn(lang: Lang, key: string, count: number): string {
  plurals[lang] ??= new Intl.PluralRules(lang);
  const category = count === 0 && lang === 'ar' ? 'zero' : (plurals[lang] as Intl.PluralRules).select(count);
  const catalog = CATALOGS[lang];
  const entry = catalog[`${key}_${category}`] ?? catalog[`${key}_other`] ?? catalog[key];
  return (entry?.message ?? key).replace(/\$1/g, String(count));
}

export function dir(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

export function translator(lang: Lang): Translate {
  return (key, ...args) => t(lang, key, ...args);
}
