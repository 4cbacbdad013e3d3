import { useMemo } from 'preact/hooks';
import { ConnectorSettings } from '../../components/options/ConnectorSettings';
import { PackImport } from '../../components/options/PackImport';
import { ProfileSettings } from '../../components/options/ProfileSettings';
import { RetentionSetting } from '../../components/options/RetentionSetting';
import { I18nContext } from '../../components/ui/I18nContext';
import { LanguageField } from '../../components/ui/LanguageField';
import { useUiLanguage } from '../../components/ui/useUiLanguage';
import { translator } from '../../utils/i18n';

export function App() {
  const [lang, setLang] = useUiLanguage();
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return (
    <I18nContext.Provider value={i18n}>
      <main class="options">
        <h1>{i18n.t('optionsTitle')}</h1>
        <LanguageField value={lang} onChange={setLang} />
        <ProfileSettings />
        <ConnectorSettings />
        <RetentionSetting />
        <section class="settings-card">
          <h2>{i18n.t('optionsShortcut')}</h2>
          <p>{i18n.t('optionsShortcutHint')}</p>
        </section>
        <PackImport />
      </main>
    </I18nContext.Provider>
  );
}
