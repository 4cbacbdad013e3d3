import type { Ref } from 'preact';
import type { KnowledgeDocument } from '../../utils/knowledge';
import type { PackHit } from '../../utils/search';
import { DocFilter } from '../search/DocFilter';
import { groupHits, ResultList, resultId } from '../search/ResultList';
import { SearchBox } from '../search/SearchBox';
import { useI18n } from '../ui/I18nContext';
import { LanguageToggle } from '../ui/LanguageToggle';
import { PANEL_TABS, Tabs } from '../ui/Tabs';

interface Props {
  query: string;
  documents: KnowledgeDocument[];
  hits: PackHit[];
  inputRef: Ref<HTMLInputElement>;
}

const nothing = () => undefined;

/**
 * The side panel's first answer to a `?q=` open, before its app has loaded: what the app shows
 * for that query (App's header and tabs, SearchPanel's box, filter, count and results), made of the
 * same components, in the same places, in Arabic and with no handlers or state of its own. The app
 * renders over its elements (./show.tsx carries over what the staff member did meanwhile); the
 * end-to-end test of the first answer compares the two.
 */
export function FirstScreen({ query, documents, hits, inputRef }: Props) {
  const { t, tn } = useI18n();
  const groups = groupHits(hits);
  const first = groups[0]?.hits[0];
  return (
    <>
      <header class="app-header">
        <h1>{t('extName')}</h1>
        <LanguageToggle onChange={nothing} />
      </header>
      <main>
        <Tabs tabs={[...PANEL_TABS]} value="search" onChange={nothing} />
        <div role="tabpanel" id="panel-search" aria-labelledby="tab-search">
          <div class="search-panel">
            <SearchBox value={query} onInput={nothing} onKeyDown={nothing} inputRef={inputRef} activeId={first ? resultId(first) : undefined} expanded />
            <DocFilter documents={documents} selected={null} onSelect={nothing} />
            <p class="count" role="status" aria-live="polite">
              {tn('resultsCount', hits.length)}
            </p>
            <ResultList groups={groups} active={0} onOpen={nothing} onHover={nothing} later={false} />
          </div>
        </div>
      </main>
    </>
  );
}
