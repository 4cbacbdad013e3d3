import { useEffect, useState } from 'preact/hooks';
import { useOpenPack } from '../../components/knowledge/useActivePack';
import { usePackChanges } from '../../components/knowledge/usePackChanges';
import { SearchPanel } from '../../components/search/SearchPanel';
import { I18nContext } from '../../components/ui/I18nContext';
import { LanguageToggle } from '../../components/ui/LanguageToggle';
import { lazyComponent, whenIdle } from '../../components/ui/lazy';
import { PANEL_TABS, type PanelTab as Tab, Tabs } from '../../components/ui/Tabs';
import { useI18nSettings } from '../../components/ui/useSettings';
import { changeCount } from '../../utils/knowledge/changes';
import { type PendingLookup, pendingLookup, pendingSuggest } from '../../utils/settings';

const FRESH_MS = 30_000;

// Not needed for the first answer: loaded after it (or when first shown).
const TemplatesPanel = lazyComponent(() => import('../../components/templates/TemplatesPanel').then((m) => m.TemplatesPanel));
const LogPanel = lazyComponent(() => import('../../components/log/LogPanel').then((m) => m.LogPanel));
const PackErrors = lazyComponent(() => import('../../components/knowledge/PackErrors').then((m) => m.PackErrors));
const ChangesView = lazyComponent(() => import('../../components/knowledge/ChangesView').then((m) => m.ChangesView));

export function App({ initialQuery, initialTab = 'search' }: { initialQuery: string; initialTab?: Tab }) {
  const [tab, setTab] = useState<Tab>(initialTab);
  const { i18n, managed, setLang } = useI18nSettings();
  const { loaded, confirmed } = useOpenPack();
  const { changes, acknowledge } = usePackChanges(loaded?.pack ?? null, loaded?.key ?? null, confirmed);
  const [showChanges, setShowChanges] = useState(false);
  const [external, setExternal] = useState<PendingLookup | null>(null);

  useEffect(() => {
    const take = (v: PendingLookup | null) => {
      if (v && Date.now() - v.at < FRESH_MS) {
        setExternal(v);
        setTab('search');
        void pendingLookup.setValue(null);
      }
    };
    void pendingLookup.getValue().then(take);
    // A message to suggest a reply to: the replies tab takes it (and clears it) once shown.
    const toReplies = (v: { at: number } | null) => {
      if (v && Date.now() - v.at < FRESH_MS) setTab('replies');
    };
    void pendingSuggest.getValue().then(toReplies);
    const unwatch = pendingSuggest.watch(toReplies);
    const unwatchLookup = pendingLookup.watch(take);
    return () => {
      unwatch();
      unwatchLookup();
    };
  }, []);
  // The other tabs' code, once the pack is confirmed and the page idle: a tab then opens at once.
  useEffect(() => {
    if (!confirmed) return;
    return whenIdle(() => {
      void TemplatesPanel.preload().then(() => LogPanel.preload());
    });
  }, [confirmed]);

  const pack = loaded?.pack;
  return (
    <I18nContext.Provider value={i18n}>
      <header class="app-header">
        <h1>{i18n.t('extName')}</h1>
        {!managed.uiLanguage && <LanguageToggle onChange={setLang} />}
      </header>
      <main>
        {!loaded ? (
          <p class="hint">{i18n.t('loading')}</p>
        ) : pack ? (
          showChanges && changes ? (
            <ChangesView
              changes={changes}
              onBack={() => setShowChanges(false)}
              onAcknowledge={() => {
                acknowledge();
                setShowChanges(false);
              }}
            />
          ) : (
            <>
              <Tabs tabs={[...PANEL_TABS]} value={tab} onChange={setTab} />
              {changes && (
                <div class="banner" role="status">
                  <span>{i18n.tn('changesBanner', changeCount(changes))}</span>
                  <button type="button" class="link-button" onClick={() => setShowChanges(true)}>
                    {i18n.t('showChanges')}
                  </button>
                </div>
              )}
              <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
                {tab === 'search' ? (
                  <SearchPanel pack={pack} source={loaded} initialQuery={initialQuery} externalQuery={external} />
                ) : tab === 'replies' ? (
                  <TemplatesPanel pack={pack} onLog={() => setTab('log')} />
                ) : (
                  <LogPanel pack={pack} />
                )}
              </div>
            </>
          )
        ) : (
          <PackErrors errors={loaded.errors} />
        )}
      </main>
    </I18nContext.Provider>
  );
}
