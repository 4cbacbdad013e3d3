import type { DocumentKind, KnowledgeDocument } from '../../utils/knowledge';
import { useI18n } from '../ui/I18nContext';

const KIND_LABEL = { policy: 'kindPolicy', bylaws: 'kindBylaws', guide: 'kindGuide' } as const satisfies Record<DocumentKind, string>;

interface Props {
  documents: KnowledgeDocument[];
  selected: string | null;
  onSelect: (docId: string | null) => void;
}

/** One chip per document, named by its kind («اللائحة») unless another document shares that kind; then by its title. */
export function DocFilter({ documents, selected, onSelect }: Props) {
  const { t } = useI18n();
  const shared = new Set(documents.filter((d, i) => documents.findIndex((o) => o.kind === d.kind) !== i).map((d) => d.kind));
  return (
    <fieldset class="chips">
      <legend class="visually-hidden">{t('filterLabel')}</legend>
      <button type="button" class="chip" data-control="filter" aria-pressed={selected === null} onClick={() => onSelect(null)}>
        {t('filterAll')}
      </button>
      {documents.map((d) => (
        <button
          type="button"
          key={d.id}
          class="chip"
          data-control={`filter-${d.id}`}
          aria-pressed={selected === d.id}
          title={d.title}
          onClick={() => onSelect(selected === d.id ? null : d.id)}
        >
          {shared.has(d.kind) ? d.title : t(KIND_LABEL[d.kind])}
        </button>
      ))}
    </fieldset>
  );
}
