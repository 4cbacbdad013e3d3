import { useI18n } from '../ui/I18nContext';

const EXAMPLES = ['مدة الرد على الطلب', 'المستندات المطلوبة لفتح ملف', 'قنوات التواصل مع المستفيدين', 'مدة مجلس الإدارة'];

interface Props {
  kind: 'start' | 'none';
  onExample: (q: string) => void;
  recent?: string[];
  pinned?: { key: string; title: string; docTitle: string }[];
  onOpenPinned?: (key: string) => void;
}

export function EmptyState({ kind, onExample, recent = [], pinned = [], onOpenPinned }: Props) {
  const { t } = useI18n();
  if (kind === 'none') {
    return (
      <div class="empty" role="status">
        <h2>{t('noResultsTitle')}</h2>
        <p>{t('noResultsHint')}</p>
      </div>
    );
  }
  return (
    <div class="empty">
      {pinned.length > 0 && (
        <section class="start-list">
          <h2>{t('pinnedSections')}</h2>
          <ul>
            {pinned.map((p) => (
              <li key={p.key}>
                <button type="button" class="link-button" onClick={() => onOpenPinned?.(p.key)} dir="auto">
                  {p.title} <span class="result-path">— {p.docTitle}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {recent.length > 0 && (
        <section class="start-list">
          <h2>{t('recentSearches')}</h2>
          <ul class="examples">
            {recent.map((q) => (
              <li key={q}>
                <button type="button" class="chip" dir="auto" onClick={() => onExample(q)}>
                  {q}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyHint')}</p>
      <ul class="examples">
        {EXAMPLES.map((q) => (
          <li key={q}>
            <button type="button" class="chip" onClick={() => onExample(q)}>
              {q}
            </button>
          </li>
        ))}
      </ul>
      <p class="hint">{t('emptyStyles')}</p>
      <p class="hint">{t('keyboardHint')}</p>
    </div>
  );
}
