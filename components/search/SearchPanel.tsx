import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Pack } from '../../utils/knowledge';
import { createPackSearch, type PackHit } from '../../utils/search';
import { useI18n } from '../ui/I18nContext';
import { DocFilter } from './DocFilter';
import { EmptyState } from './EmptyState';
import { groupHits, ResultList, resultId } from './ResultList';
import { SearchBox } from './SearchBox';
import { SectionView } from './SectionView';

interface Props {
  pack: Pack;
  initialQuery: string;
  /** A query pushed from outside (context menu) while the panel is open. */
  externalQuery?: { q: string; at: number } | null;
}

export function SearchPanel({ pack, initialQuery, externalQuery }: Props) {
  const { t } = useI18n();
  const engine = useMemo(() => createPackSearch(pack), [pack]);
  const [query, setQuery] = useState(initialQuery);
  const [docFilter, setDocFilter] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<PackHit | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!externalQuery) return;
    setQuery(externalQuery.q);
    setOpen(null);
  }, [externalQuery]);

  const hits = useMemo(
    () => (query.trim() ? engine.search(query, { limit: 20, prefix: true, minRelative: 0.2, docs: docFilter ? [docFilter] : undefined }) : []),
    [engine, query, docFilter],
  );
  const groups = useMemo(() => groupHits(hits), [hits]);
  const ordered = useMemo(() => groups.flatMap((g) => g.hits), [groups]);

  useEffect(() => setActive(0), [ordered]);
  useEffect(() => {
    const h = ordered[active];
    if (h) document.getElementById(resultId(h))?.scrollIntoView({ block: 'nearest' });
  }, [active, ordered]);

  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => input.current?.focus());
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
      if (h) setOpen(h);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  useEffect(() => {
    const onEsc = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) close();
    };
    window.addEventListener('keydown', onEsc);
    return () => window.removeEventListener('keydown', onEsc);
  }, [open]);

  if (open) return <SectionView doc={open.doc} section={open.section} stems={open.stems} onBack={close} />;

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
      {query.trim() === '' ? (
        <EmptyState kind="start" onExample={setQuery} />
      ) : ordered.length === 0 ? (
        <EmptyState kind="none" onExample={setQuery} />
      ) : (
        <>
          <p class="count" role="status" aria-live="polite">
            {t('resultsCount', ordered.length)}
          </p>
          <ResultList groups={groups} active={active} onOpen={setOpen} onHover={setActive} />
        </>
      )}
    </div>
  );
}
