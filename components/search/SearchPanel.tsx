import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Pack } from '../../utils/knowledge';
import type { IndexSource } from '../../utils/pack/active';
import { type PackHit, type PackSearch, sectionKey } from '../../utils/search';
import { pinnedSections, recentSearches } from '../../utils/settings';
import { useI18n } from '../ui/I18nContext';
import { lazyComponent, whenIdle } from '../ui/lazy';
import { useStored } from '../ui/useStored';
import { DocFilter } from './DocFilter';
import { EmptyState } from './EmptyState';
import { IndexProgress } from './IndexProgress';
import { groupHits, PANEL_SEARCH, ResultList, resultId } from './ResultList';
import { SearchBox } from './SearchBox';
import { usePackSearch } from './usePackSearch';

const ANSWER_MARK = 'murshid:answer';
// Markdown rendering is not needed for the list of answers: loaded after it.
const SectionView = lazyComponent(() => import('./SectionView').then((m) => m.SectionView));

interface Props {
  pack: Pack;
  /** Where the pack came from: a cached index to restore, or a stamp to cache one under. */
  source?: IndexSource;
  initialQuery: string;
  /** A query pushed from outside (context menu) while the panel is open. */
  externalQuery?: { q: string; at: number } | null;
}

export function SearchPanel({ pack, source, initialQuery, externalQuery }: Props) {
  const { t, tn } = useI18n();
  const { search, progress } = usePackSearch(pack, source);
  const engine = useMemo<PackSearch>(() => search ?? { sections: [], search: () => [], layoutSwitch: () => null }, [search]);
  const [query, setQuery] = useState(initialQuery);
  const [docFilter, setDocFilter] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<PackHit | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [recent, setRecent] = useStored(recentSearches, []);
  const [pinned, setPinned] = useStored(pinnedSections, []);

  // The box has the focus when the panel opens, unless the staff member already moved it (the
  // first answer's controls are the app's: components/first).
  useEffect(() => {
    const at = document.activeElement;
    if (!at || at === document.body) input.current?.focus();
  }, []);
  useEffect(() => (search ? whenIdle(() => void SectionView.preload()) : undefined), [search]);

  /** Opens a hit and remembers the search that found it. */
  const openHit = (h: PackHit) => {
    const q = (engine.layoutSwitch(query) ?? query).trim();
    if (q) setRecent([q, ...recent.filter((r) => r !== q)].slice(0, 8));
    setOpen(h);
  };
  const pinnedList = useMemo(
    () =>
      pinned.flatMap((key) => {
        const s = engine.sections.find((x) => sectionKey(x.doc.id, x.section.id) === key);
        return s ? [{ key, title: s.section.title, docTitle: s.doc.title }] : [];
      }),
    [pinned, engine],
  );
  const openPinned = (key: string) => {
    const s = engine.sections.find((x) => sectionKey(x.doc.id, x.section.id) === key);
    if (s) setOpen({ ...s, score: 0, stems: [], snippet: { text: '', highlights: [], before: false, after: false, start: 0 } });
  };

  useEffect(() => {
    if (!externalQuery) return;
    setQuery(externalQuery.q);
    setOpen(null);
    requestAnimationFrame(() => input.current?.focus());
  }, [externalQuery]);

  const hits = useMemo(
    () => (query.trim() ? engine.search(query, { ...PANEL_SEARCH, docs: docFilter ? [docFilter] : undefined }) : []),
    [engine, query, docFilter],
  );
  const groups = useMemo(() => groupHits(hits), [hits]);
  // Arabic typed with the keyboard on English: searched as the Arabic, and said so.
  const switched = useMemo(() => (query.trim() ? engine.layoutSwitch(query, true) : null), [engine, query]);
  const ordered = useMemo(() => groups.flatMap((g) => g.hits), [groups]);

  // A new list starts on its first row (the list the panel opened on already does: a key the first
  // answer passed on, components/first, is not undone).
  const listed = useRef(ordered);
  useEffect(() => {
    if (listed.current === ordered) return;
    listed.current = ordered;
    setActive(0);
  }, [ordered]);
  // The first answer on screen, for the panel bench (after the frame that paints it).
  useEffect(() => {
    if (ordered.length > 0 && performance.getEntriesByName(ANSWER_MARK).length === 0) requestAnimationFrame(() => performance.mark(ANSWER_MARK));
  }, [ordered]);
  useEffect(() => {
    const h = ordered[active];
    if (h) document.getElementById(resultId(h))?.scrollIntoView({ block: 'nearest' });
  }, [active, ordered]);

  /** Back to the results, on the one that was opened (the 10th stays the 10th, on screen). */
  const close = () => {
    const at = open ? ordered.findIndex((h) => resultId(h) === resultId(open)) : -1;
    setOpen(null);
    if (at >= 0) setActive(at);
    requestAnimationFrame(() => {
      input.current?.focus({ preventScroll: true });
      const h = ordered[at];
      if (h) document.getElementById(resultId(h))?.scrollIntoView({ block: 'center' });
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, ordered.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const h = ordered[active];
      if (h) openHit(h);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  // Installed with the section view's own DOM (a layout effect, not after the paint): an Escape
  // pressed as soon as the view shows, on a busy machine, still goes back.
  useLayoutEffect(() => {
    const onEsc = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) close();
    };
    window.addEventListener('keydown', onEsc);
    return () => window.removeEventListener('keydown', onEsc);
  }, [open]);

  if (open) {
    const key = sectionKey(open.doc.id, open.section.id);
    return (
      <SectionView
        doc={open.doc}
        section={open.section}
        stems={open.stems}
        onBack={close}
        pinned={pinned.includes(key)}
        onTogglePin={() => setPinned(pinned.includes(key) ? pinned.filter((p) => p !== key) : [key, ...pinned])}
      />
    );
  }

  const activeHit = ordered[active];
  return (
    <div class="search-panel">
      <SearchBox
        value={query}
        onInput={setQuery}
        onKeyDown={onKeyDown}
        inputRef={input}
        activeId={activeHit ? resultId(activeHit) : undefined}
        expanded={ordered.length > 0 && query.trim() !== ''}
      />
      <DocFilter documents={pack.documents} selected={docFilter} onSelect={setDocFilter} />
      {switched && (
        <p class="layout-note">
          {t('layoutSwitched')}{' '}
          <button type="button" class="link-button" dir="rtl" lang="ar" title={t('layoutUse')} onClick={() => setQuery(switched)}>
            {switched}
          </button>
        </p>
      )}
      {query.trim() === '' ? (
        <EmptyState kind="start" onExample={setQuery} recent={recent} pinned={pinnedList} onOpenPinned={openPinned} />
      ) : !search ? (
        <IndexProgress progress={progress} />
      ) : ordered.length === 0 ? (
        <EmptyState kind="none" onExample={setQuery} />
      ) : (
        <>
          <p class="count" role="status" aria-live="polite">
            {tn('resultsCount', ordered.length)}
          </p>
          <ResultList groups={groups} active={active} onOpen={openHit} onHover={setActive} />
        </>
      )}
    </div>
  );
}
