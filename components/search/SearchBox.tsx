import type { Ref } from 'preact';
import { useI18n } from '../ui/I18nContext';

interface Props {
  value: string;
  onInput: (value: string) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  inputRef: Ref<HTMLInputElement>;
  activeId?: string;
  /** Whether the results list is on screen (it is what the box controls). */
  expanded: boolean;
}

export function SearchBox({ value, onInput, onKeyDown, inputRef, activeId, expanded }: Props) {
  const { t } = useI18n();
  return (
    <div class="search-box">
      <input
        ref={inputRef}
        type="search"
        dir="auto"
        value={value}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        aria-controls={expanded ? 'results' : undefined}
        aria-activedescendant={expanded ? activeId : undefined}
        autoComplete="off"
        spellcheck={false}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {value && (
        <button type="button" class="icon-button" data-control="clear" aria-label={t('clearSearch')} onClick={() => onInput('')}>
          ×
        </button>
      )}
    </div>
  );
}
