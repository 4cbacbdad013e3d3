import type { MessageKey } from '../../utils/i18n';
import type { Suggestion } from '../../utils/suggest';
import type { Template } from '../../utils/templates';
import { useI18n } from '../ui/I18nContext';
import { SuggestionReason } from './SuggestionReason';
import { SuggestionTemplates } from './SuggestionTemplates';

interface Props {
  suggestion: Suggestion;
  onUse: (template: Template) => void;
}

/** One suggestion: honestly labelled, with the intent, the templates, the reason, the citation and the stated values. */
export function SuggestionView({ suggestion: s, onUse }: Props) {
  const { t } = useI18n();
  const cite = s.citations[0];
  const preselected = s.confident ? (s.templates[0]?.template.id ?? null) : null;
  return (
    <section class="suggestion" aria-labelledby="suggest-intent" data-intent={s.intent} data-confident={String(s.confident)}>
      <p class="badge badge-sample" title={t('suggestHonestHint')}>
        {t('suggestHonest')}
      </p>
      <h3 id="suggest-intent">{t('suggestIntent', t(`intent_${s.intent.replace('-', '_')}` as MessageKey))}</h3>
      <p class="hint" role="status">
        {s.confident ? t('suggestConfident') : t('suggestNotSure')}
      </p>
      <SuggestionTemplates templates={s.templates} preselected={preselected} onUse={onUse} />
      <SuggestionReason reason={s.reason} />
      <div class="suggest-citation" data-testid="suggest-citation">
        <h3>{t('suggestCitation')}</h3>
        {cite ? (
          <p dir="auto" data-section={`${cite.doc}#${cite.section}`}>
            {cite.title} — {cite.docTitle}
          </p>
        ) : (
          <p class="hint">{t('suggestNoCitation')}</p>
        )}
      </div>
      {(s.values.request_number || s.values.date || s.values.name) && (
        <div class="suggest-values" data-testid="suggest-values">
          <h3>{t('suggestValues')}</h3>
          <ul>
            {s.values.request_number && <li dir="auto">{t('suggestValueRequest', s.values.request_number)}</li>}
            {s.values.date && <li dir="auto">{t('suggestValueDate', s.values.date)}</li>}
            {s.values.name && <li dir="auto">{t('suggestValueName', s.values.name)}</li>}
          </ul>
        </div>
      )}
    </section>
  );
}
