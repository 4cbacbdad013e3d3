import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Calendars, Digits } from '../../utils/dates';
import { hasLanguage, type Lang, loadLanguage, noteDigits, notedDigits, notedLanguage, noteLanguage, setPageLanguage } from '../../utils/i18n';
import { datesPref, digitsPref, type ManagedSettings, readManaged, uiLanguage } from '../../utils/settings';
import { type I18n, i18nFor } from './I18nContext';
import { useStored } from './useStored';

/** The policy values IT set for this browser, followed live. */
export function useManaged(): ManagedSettings {
  return useManagedRead()[0];
}

/** The policy values, and whether they have been read yet. */
function useManagedRead(): [ManagedSettings, boolean] {
  const [managed, setManaged] = useState<ManagedSettings>({});
  const [read, setRead] = useState(false);
  useEffect(() => {
    void readManaged().then((m) => {
      setManaged(m);
      setRead(true);
    });
    const onChange = (_c: unknown, area: string) => {
      if (area === 'managed') void readManaged().then(setManaged);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return [managed, read];
}

/**
 * Language, digits and calendars (managed values first), applied to <html lang dir> before the
 * frame is painted. Until storage has answered, the language and digits are the ones this browser's
 * pages last showed (`notedLanguage`, `notedDigits`), so the first frame is already in them (and
 * the side panel's first answer, components/first, counts in the same digits); they are noted
 * again once read.
 */
export function useI18nSettings(): { i18n: I18n; managed: ManagedSettings; setLang: (l: Lang) => void } {
  const [managed, managedRead] = useManagedRead();
  const [own, , ownRead] = useStored<Lang>(uiLanguage, 'ar');
  const [ownDigits, , digitsRead] = useStored<Digits>(digitsPref, 'latn');
  const [ownDates] = useStored<Calendars>(datesPref, 'both');
  const [noted] = useState(notedLanguage);
  const [digitsNoted] = useState(notedDigits);
  const read = managedRead && ownRead;
  const wanted = read ? (managed.uiLanguage ?? own) : (noted ?? 'ar');
  useEffect(() => {
    if (read) noteLanguage(wanted);
  }, [read, wanted]);
  const digitsKnown = managedRead && digitsRead;
  const digits = digitsKnown ? (managed.digits ?? ownDigits) : (digitsNoted ?? 'latn');
  useEffect(() => {
    if (digitsKnown) noteDigits(digits);
  }, [digitsKnown, digits]);
  // A language whose catalog is not loaded yet (English in the panel) shows once it is.
  const [, setLoaded] = useState(0);
  useEffect(() => {
    // A catalog that fails to load (an update mid-open) leaves the interface in Arabic, whole.
    if (!hasLanguage(wanted))
      void loadLanguage(wanted).then(
        () => setLoaded((n) => n + 1),
        () => {},
      );
  }, [wanted]);
  const lang: Lang = hasLanguage(wanted) ? wanted : 'ar';
  const calendars = managed.dates ?? ownDates;
  useLayoutEffect(() => {
    setPageLanguage(lang);
  }, [lang]);
  const i18n = useMemo<I18n>(() => i18nFor(lang, digits, calendars), [lang, digits, calendars]);
  return { i18n, managed, setLang: (l) => void uiLanguage.setValue(l) };
}
