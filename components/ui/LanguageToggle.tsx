import type { Lang } from '../../utils/i18n';
import { useI18n } from './I18nContext';

export function LanguageToggle({ onChange }: { onChange: (lang: Lang) => void }) {
  const { lang, t } = useI18n();
  return (
    <button
      type="button"
      class="link-button"
      data-control="language"
      lang={lang === 'ar' ? 'en' : 'ar'}
      title={t('languageToggleLabel')}
      onClick={() => onChange(lang === 'ar' ? 'en' : 'ar')}
    >
      {t('languageToggle')}
    </button>
  );
}
