import { ConnectorSettings } from '../../components/options/ConnectorSettings';
import { DisplaySettings } from '../../components/options/DisplaySettings';
import { PackFollow } from '../../components/options/PackFollow';
import { PackImport } from '../../components/options/PackImport';
import { PackPublish } from '../../components/options/PackPublish';
import { PolicyReport } from '../../components/options/PolicyReport';
import { ProfileSettings } from '../../components/options/ProfileSettings';
import { RetentionSetting } from '../../components/options/RetentionSetting';
import { ShortcutSettings } from '../../components/options/ShortcutSettings';
import { I18nContext } from '../../components/ui/I18nContext';
import { useI18nSettings } from '../../components/ui/useSettings';

export function App() {
  const { i18n, managed, setLang } = useI18nSettings();
  return (
    <I18nContext.Provider value={i18n}>
      <main class="options">
        <h1>{i18n.t('optionsTitle')}</h1>
        <PolicyReport />
        <DisplaySettings managed={managed} lang={i18n.lang} onLang={setLang} />
        <ProfileSettings managed={managed} />
        <ConnectorSettings managed={managed} />
        <RetentionSetting managed={managed} />
        <ShortcutSettings />
        <PackFollow managed={managed} />
        <PackImport />
        <PackPublish />
      </main>
    </I18nContext.Provider>
  );
}
