import { useI18n } from '../ui/I18nContext';

const EXAMPLES = ['مدة الرد على الطلب', 'المستندات المطلوبة لفتح ملف', 'قنوات التواصل مع المستفيدين', 'مدة مجلس الإدارة'];

export function EmptyState({ kind, onExample }: { kind: 'start' | 'none'; onExample: (q: string) => void }) {
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
      <p class="hint">{t('keyboardHint')}</p>
    </div>
  );
}
