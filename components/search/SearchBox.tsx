import type { Ref } from 'preact';
import { useI18n } from '../ui/I18nContext';

interface Props {
  value: string;
  onInput: (value: string) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  inputRef: Ref<HTMLInputElement>;
  activeId?: string;
}

export function SearchBox({ value, onInput, onKeyDown, inputRef, activeId }: Props) {
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
        aria-controls="results"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellcheck={false}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      {value && (
        <button type="button" class="icon-button" aria-label={t('clearSearch')} onClick={() => onInput('')}>
          ×
        </button>
      )}
    </div>
  );
}
