import type { DocumentKind, KnowledgeDocument } from '../../utils/knowledge';
import { useI18n } from '../ui/I18nContext';

const KIND_LABEL = { policy: 'kindPolicy', bylaws: 'kindBylaws', guide: 'kindGuide' } as const satisfies Record<DocumentKind, string>;

interface Props {
  documents: KnowledgeDocument[];
  selected: string | null;
  onSelect: (docId: string | null) => void;
}

export function DocFilter({ documents, selected, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <fieldset class="chips">
      <legend class="visually-hidden">{t('filterLabel')}</legend>
      <button type="button" class="chip" aria-pressed={selected === null} onClick={() => onSelect(null)}>
        {t('filterAll')}
      </button>
      {documents.map((d) => (
        <button
          type="button"
          key={d.id}
          class="chip"
          aria-pressed={selected === d.id}
          title={d.title}
          onClick={() => onSelect(selected === d.id ? null : d.id)}
        >
          {t(KIND_LABEL[d.kind])}
        </button>
      ))}
    </fieldset>
  );
}
