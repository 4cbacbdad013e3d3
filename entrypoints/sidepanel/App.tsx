import { useEffect, useMemo, useState } from 'preact/hooks';
import { SearchPanel } from '../../components/search/SearchPanel';
import { I18nContext } from '../../components/ui/I18nContext';
import { LanguageToggle } from '../../components/ui/LanguageToggle';
import { useUiLanguage } from '../../components/ui/useUiLanguage';
import { translator } from '../../utils/i18n';
import { formatError } from '../../utils/knowledge';
import { loadBundledPack } from '../../utils/knowledge/bundled';
import { type PendingLookup, pendingLookup } from '../../utils/settings';

const FRESH_MS = 30_000;

export function App({ initialQuery }: { initialQuery: string }) {
  const [lang, setLang] = useUiLanguage();
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const loaded = useMemo(() => loadBundledPack(), []);
  const [external, setExternal] = useState<PendingLookup | null>(null);

  useEffect(() => {
    const take = (v: PendingLookup | null) => {
      if (v && Date.now() - v.at < FRESH_MS) {
        setExternal(v);
        void pendingLookup.setValue(null);
      }
    };
    void pendingLookup.getValue().then(take);
    return pendingLookup.watch(take);
  }, []);

  return (
    <I18nContext.Provider value={i18n}>
      <header class="app-header">
        <h1>{i18n.t('extName')}</h1>
        <LanguageToggle onChange={setLang} />
      </header>
      <main>
        {loaded.pack ? (
          <SearchPanel pack={loaded.pack} initialQuery={initialQuery} externalQuery={external} />
        ) : (
          <div class="error" role="alert">
            <h2>{i18n.t('packError')}</h2>
            <ul>
              {loaded.errors.map((e) => (
                <li key={formatError(e)} dir="ltr">
                  {formatError(e)}
                </li>
              ))}
            </ul>
          </div>
        )}
      </main>
    </I18nContext.Provider>
  );
}
