import type { MessageKey } from '../../utils/i18n';
import { useI18n } from './I18nContext';

export interface TabDef<T extends string> {
  id: T;
  label: MessageKey;
}

export type PanelTab = 'search' | 'replies' | 'log';
/** The side panel's tabs (its app, and the first answer shown before it: components/first). */
export const PANEL_TABS = [
  { id: 'search', label: 'tabSearch' },
  { id: 'replies', label: 'tabReplies' },
  { id: 'log', label: 'tabLog' },
] as const satisfies TabDef<PanelTab>[];

/** A tab bar with arrow-key navigation (WAI-ARIA tabs pattern). */
export function Tabs<T extends string>({ tabs, value, onChange }: { tabs: TabDef<T>[]; value: T; onChange: (id: T) => void }) {
  const { t, lang } = useI18n();
  const move = (e: KeyboardEvent, i: number) => {
    const forward = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const back = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
    const next = e.key === forward ? i + 1 : e.key === back ? i - 1 : null;
    if (next === null) return;
    const tab = tabs[(next + tabs.length) % tabs.length];
    if (tab) {
      onChange(tab.id);
      (document.getElementById(`tab-${tab.id}`) as HTMLElement | null)?.focus();
    }
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('tabsLabel')}>
      {tabs.map((tab, i) => (
        <button
          type="button"
          role="tab"
          key={tab.id}
          id={`tab-${tab.id}`}
          aria-selected={tab.id === value}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === value ? 0 : -1}
          onClick={() => onChange(tab.id)}
          onKeyDown={(e) => move(e, i)}
        >
          {t(tab.label)}
        </button>
      ))}
    </div>
  );
}
