import type { Suggestion } from '../../utils/suggest';
import { useI18n } from '../ui/I18nContext';

/** Why this was suggested: the words the message shares with the closest example, and that example. */
export function SuggestionReason({ reason }: { reason: Suggestion['reason'] }) {
  const { t, lang } = useI18n();
  return (
    <div class="suggest-reason" data-testid="suggest-reason">
      <h3>{t('suggestReason')}</h3>
      {reason.example ? (
        <>
          {reason.words.length > 0 && (
            <p dir="auto">
              {t('suggestMatched', '')}
              {reason.words.map((w, i) => (
                <span key={w}>
                  {i > 0 && (lang === 'ar' ? '، ' : ', ')}
                  <mark dir="auto">{w}</mark>
                </span>
              ))}
            </p>
          )}
          <p class="hint" dir="auto">
            {t('suggestClosest', reason.example)}
          </p>
        </>
      ) : (
        <p class="hint">{t('suggestNoReason')}</p>
      )}
    </div>
  );
}
