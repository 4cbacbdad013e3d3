import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Calendars, type Digits, formatDay } from '../../utils/dates';
import { countTranslator, type Lang, type Translate, type TranslateCount, translator } from '../../utils/i18n/core';

export interface I18n {
  lang: Lang;
  t: Translate;
  /** A count in the plural form the language wants, in the staff member's digits. */
  tn: TranslateCount;
  digits: Digits;
  calendars: Calendars;
  /** A day as the staff member chose to see dates. */
  day: (date: Date) => string;
}

/** The interface in `lang`, counting in `digits` and showing dates in `calendars`. */
export function i18nFor(lang: Lang, digits: Digits = 'latn', calendars: Calendars = 'both'): I18n {
  return {
    lang,
    t: translator(lang, digits),
    tn: countTranslator(lang, digits),
    digits,
    calendars,
    day: (d) => formatDay(d, lang, calendars, digits),
  };
}

export const I18nContext = createContext<I18n>(i18nFor('ar'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
