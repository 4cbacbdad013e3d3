import type { Template } from '../../utils/templates';
import { useI18n } from '../ui/I18nContext';

interface Props {
  templates: { template: Template; score: number }[];
  preselected: string | null;
  onUse: (template: Template) => void;
}

/** The channel's top three templates for the message; the pre-selected one (if any) marked and first. */
export function SuggestionTemplates({ templates, preselected, onUse }: Props) {
  const { t } = useI18n();
  if (!templates.length) return <p class="empty">{t('suggestNoTemplates')}</p>;
  return (
    <ul class="template-list suggest-templates" aria-label={t('suggestTemplates')}>
      {templates.map(({ template }) => {
        const chosen = template.id === preselected;
        return (
          <li key={template.id} class={`template-item${chosen ? ' preselected' : ''}`} data-template={template.id}>
            <button type="button" class="template-open" onClick={() => onUse(template)} aria-label={`${t('suggestUse')}: ${template.title}`}>
              <span class="result-title" dir="auto">
                {template.title}
              </span>
              {chosen && <span class="badge badge-official">{t('suggestPreselected')}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
