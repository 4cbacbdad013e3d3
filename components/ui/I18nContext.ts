import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Lang, type Translate, translator } from '../../utils/i18n';

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'ar', t: translator('ar') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
