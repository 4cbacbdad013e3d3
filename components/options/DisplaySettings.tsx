import { useEffect, useState } from 'preact/hooks';
import type { Calendars, Digits } from '../../utils/dates';
import type { Lang, MessageKey } from '../../utils/i18n';
import { datesPref, digitsPref, type ManagedSettings } from '../../utils/settings';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { Select } from '../ui/inputs';

function Choice<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  locked,
}: {
  id: string;
  label: string;
  value: T;
  options: [T, MessageKey][];
  onChange: (v: T) => void;
  locked: boolean;
}) {
  const { t } = useI18n();
  return (
    <Field id={id} label={label} hint={locked ? `🔒 ${t('managedLocked')}` : undefined}>
      {(a) => <Select<T> {...a} value={value} disabled={locked} options={options.map(([v, key]) => [v, t(key)] as const)} onValue={onChange} />}
    </Field>
  );
}

/** Language, digits and calendars; values IT set by policy show locked. */
export function DisplaySettings({ managed, lang, onLang }: { managed: ManagedSettings; lang: Lang; onLang: (l: Lang) => void }) {
  const { t, digits, calendars } = useI18n();
  const [, force] = useState(0);
  useEffect(() => force((n) => n + 1), [digits, calendars]);
  return (
    <section class="settings-card" aria-labelledby="display-title">
      <h2 id="display-title">{t('optionsDisplay')}</h2>
      <Choice<Lang>
        id="display-language"
        label={t('optionsLanguage')}
        value={lang}
        locked={!!managed.uiLanguage}
        onChange={onLang}
        options={[
          ['ar', 'langArabic'],
          ['en', 'langEnglish'],
        ]}
      />
      <Choice<Digits>
        id="display-digits"
        label={t('digitsLabel')}
        value={digits}
        locked={!!managed.digits}
        onChange={(v) => void digitsPref.setValue(v)}
        options={[
          ['latn', 'digits_latn'],
          ['arab', 'digits_arab'],
        ]}
      />
      <Choice<Calendars>
        id="display-dates"
        label={t('datesLabel')}
        value={calendars}
        locked={!!managed.dates}
        onChange={(v) => void datesPref.setValue(v)}
        options={[
          ['both', 'dates_both'],
          ['gregorian', 'dates_gregorian'],
          ['hijri', 'dates_hijri'],
        ]}
      />
    </section>
  );
}
