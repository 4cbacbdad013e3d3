import { useEffect, useState } from 'preact/hooks';
import { dir, type Lang } from '../../utils/i18n';
import { uiLanguage } from '../../utils/settings';

/** The interface language setting, applied to <html lang dir>, kept in sync across pages. */
export function useUiLanguage(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>('ar');
  useEffect(() => {
    void uiLanguage.getValue().then(setLang);
    return uiLanguage.watch((v) => setLang(v ?? 'ar'));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir(lang);
  }, [lang]);
  return [lang, (l: Lang) => void uiLanguage.setValue(l)];
}
