import { useEffect, useState } from 'preact/hooks';
import type { PackHit, PackSearchOptions } from '../../utils/search';
import { useI18n } from '../ui/I18nContext';
import { whenIdle } from '../ui/lazy';
import { Highlighted } from './Highlighted';
import { StatusBadge } from './StatusBadge';

export interface ResultGroup {
  docId: string;
  hits: PackHit[];
}

/** Hits grouped by document, groups in the order of their best hit. */
export function groupHits(hits: PackHit[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const h of hits) {
    const g = groups.get(h.doc.id);
    if (g) g.hits.push(h);
    else groups.set(h.doc.id, { docId: h.doc.id, hits: [h] });
  }
  return [...groups.values()];
}

export const resultId = (h: PackHit) => `r-${h.doc.id}-${h.section.id}`;

/** How the panel searches (its app, and the first answer shown before it: components/first). */
export const PANEL_SEARCH = { limit: 20, prefix: true, minRelative: 0.2, perDocument: true } as const satisfies PackSearchOptions;

interface Props {
  groups: ResultGroup[];
  active: number;
  onOpen: (hit: PackHit) => void;
  onHover: (index: number) => void;
  /** False: the first screenful only, for good (the first answer shown before the app: components/first). */
  later?: boolean;
}

/**
 * How many results the page's first answer shows at once, about a side panel's screenful: the
 * rest (up to 20) follow a moment later. Fewer rows to build, lay out and shape in the first
 * frame, which is what a `?q=` open waits for (on a fresh browser, the first Arabic text laid out
 * also loads its fonts).
 */
export const FIRST_SCREEN = 6;
/** Whether a result list was already shown on this page: later lists (as the query changes) are whole at once. */
let shownBefore = false;

export function ResultList({ groups, active, onOpen, onHover, later = true }: Props) {
  const { t } = useI18n();
  const [whole, setWhole] = useState(later && shownBefore);
  useEffect(() => {
    if (!later) return;
    shownBefore = true;
    return whole ? undefined : whenIdle(() => setWhole(true));
  }, []);
  // A result moved to by the keyboard is always rendered.
  const limit = whole ? Number.POSITIVE_INFINITY : Math.max(FIRST_SCREEN, active + 1);
  let index = -1;
  return (
    <div id="results" class="results" role="listbox" aria-label={t('resultsLabel')}>
      {groups.map((g) => {
        const doc = g.hits[0]?.doc;
        if (!doc || index + 1 >= limit) return null;
        return (
          // biome-ignore lint/a11y/useSemanticElements: an ARIA listbox groups its options with role="group"; a fieldset is a form control group.
          <div key={g.docId} class="result-group" role="group" aria-label={doc.title}>
            <div class="group-title" role="presentation">
              <span dir="auto">{doc.title}</span>
              <StatusBadge status={doc.status} compact />
            </div>
            {g.hits.map((h) => {
              index += 1;
              const i = index;
              if (i >= limit) return null;
              return (
                <div
                  key={resultId(h)}
                  id={resultId(h)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  class={`result${i === active ? ' active' : ''}`}
                  onClick={() => onOpen(h)}
                  onMouseMove={() => i !== active && onHover(i)}
                >
                  <div class="result-title" dir="auto">
                    {h.section.path.length > 0 && <span class="result-path">{h.section.path.join(' › ')} › </span>}
                    {h.section.title}
                  </div>
                  <p class="snippet" dir="auto">
                    <Highlighted snippet={h.snippet} />
                  </p>
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
