import type { PackHit } from '../../utils/search';
import { useI18n } from '../ui/I18nContext';
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

interface Props {
  groups: ResultGroup[];
  active: number;
  onOpen: (hit: PackHit) => void;
  onHover: (index: number) => void;
}

export function ResultList({ groups, active, onOpen, onHover }: Props) {
  const { t } = useI18n();
  let index = -1;
  return (
    <div id="results" class="results" role="listbox" aria-label={t('resultsLabel')}>
      {groups.map((g) => {
        const doc = g.hits[0]?.doc;
        if (!doc) return null;
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
