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

export function dir(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

export function translator(lang: Lang): Translate {
  return (key, ...args) => t(lang, key, ...args);
}
