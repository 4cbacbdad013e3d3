import type { Template } from '../../utils/templates';
import { useI18n } from '../ui/I18nContext';

interface Props {
  templates: Template[];
  favourites: string[];
  onOpen: (t: Template) => void;
  onToggleFavourite: (id: string) => void;
}

export function TemplateList({ templates, favourites, onOpen, onToggleFavourite }: Props) {
  const { t } = useI18n();
  if (templates.length === 0) return <p class="empty">{t('noTemplates')}</p>;
  return (
    <ul class="template-list">
      {templates.map((tpl) => {
        const fav = favourites.includes(tpl.id);
        return (
          <li key={tpl.id} class="template-item">
            <button type="button" class="template-open" onClick={() => onOpen(tpl)}>
              <span class="result-title" dir="auto">
                {tpl.title}
              </span>
              {tpl.shortcut && (
                <bdi class="shortcut" dir="rtl">
                  ;{tpl.shortcut}
                </bdi>
              )}
            </button>
            <button
              type="button"
              class="icon-toggle"
              aria-pressed={fav}
              aria-label={fav ? t('unfavourite') : t('favourite')}
              title={fav ? t('unfavourite') : t('favourite')}
              onClick={() => onToggleFavourite(tpl.id)}
            >
              {fav ? '★' : '☆'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
