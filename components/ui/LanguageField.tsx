import type { Lang } from '../../utils/i18n';
import { useI18n } from './I18nContext';

export function LanguageField({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  const { t } = useI18n();
  return (
    <label class="field">
      <span>{t('optionsLanguage')}</span>
      <select value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Lang)}>
        <option value="ar">{t('langArabic')}</option>
        <option value="en">{t('langEnglish')}</option>
      </select>
    </label>
  );
}
