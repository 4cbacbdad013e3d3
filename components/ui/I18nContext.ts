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

export const I18nContext = createContext<I18n>({
  lang: 'ar',
  t: translator('ar'),
  tn: countTranslator('ar'),
  digits: 'latn',
  calendars: 'both',
  day: (d) => formatDay(d, 'ar'),
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
