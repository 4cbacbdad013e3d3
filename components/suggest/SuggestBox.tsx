import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Pack } from '../../utils/knowledge';
import { pendingSuggest } from '../../utils/settings';
import type { Suggestion } from '../../utils/suggest';
import type { Template } from '../../utils/templates';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { TextArea } from '../ui/inputs';
import { SuggestionView } from './SuggestionView';
import { useSuggester } from './useSuggester';

const FRESH_MS = 30_000;
/** The last suggestion's time in the panel, as a performance measure (read by `npm run bench:suggest-panel`). */
export const SUGGEST_MEASURE = 'murshid:suggest';

interface Props {
  pack: Pack;
  channel: string;
  onUse: (template: Template, suggestion: Suggestion) => void;
  /** A suggestion was shown: the id of the template it offers first (null when it offers none). */
  onSuggested?: (templateId: string | null) => void;
}

/**
 * Paste a beneficiary's message (or receive one from the context menu) and get a suggested reply.
 * The message lives only in this component's state: it is not stored.
 */
export function SuggestBox({ pack, channel, onUse, onSuggested }: Props) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const [asked, setAsked] = useState('');
  const [open, setOpen] = useState(false);
  const { suggest, error } = useSuggester(pack, open);

  // From the context menu: take the selected message once, then clear it from session storage.
  useEffect(() => {
    const take = (v: { text: string; at: number } | null) => {
      if (!v || Date.now() - v.at > FRESH_MS) return;
      void pendingSuggest.setValue(null);
      setMessage(v.text);
      setEmpty(false);
      setAsked(v.text);
      setOpen(true);
    };
    void pendingSuggest.getValue().then(take);
    return pendingSuggest.watch(take);
  }, []);

  // Computed in the render the click triggers (not in an effect after it): the suggestion is on
  // the next frame.
  const suggestion = useMemo(() => {
    if (!suggest || !asked.trim()) return null;
    const start = performance.now();
    const s = suggest(asked, channel);
    performance.clearMeasures(SUGGEST_MEASURE);
    performance.measure(SUGGEST_MEASURE, { start });
    return s;
  }, [suggest, asked, channel]);
  useEffect(() => {
    if (suggestion) onSuggested?.(suggestion.templates[0]?.template.id ?? null);
  }, [suggestion, onSuggested]);

  const [empty, setEmpty] = useState(false);
  const run = () => {
    setOpen(true);
    setEmpty(!message.trim());
    setAsked(message);
  };

  return (
    <details class="suggest-box" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('suggestTitle')}</summary>
      <Field id="suggest-message" label={t('suggestMessageLabel')}>
        {(a) => (
          <TextArea
            {...a}
            dir="auto"
            rows={3}
            value={message}
            placeholder={t('suggestMessagePlaceholder')}
            onValue={setMessage}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
            }}
          />
        )}
      </Field>
      <div class="actions">
        <button type="button" class="primary" onClick={run}>
          {t('suggestButton')}
        </button>
        {message && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setMessage('');
              setAsked('');
            }}
          >
            {t('suggestClear')}
          </button>
        )}
      </div>
      {error ? (
        <p class="error" role="alert">
          {t('suggestError', error)}
        </p>
      ) : empty ? (
        <p class="hint" role="status">
          {t('suggestEmpty')}
        </p>
      ) : asked.trim() && !suggestion ? (
        <p class="hint" role="status">
          {t('suggestLoading')}
        </p>
      ) : suggestion ? (
        <SuggestionView suggestion={suggestion} onUse={(tpl) => onUse(tpl, suggestion)} />
      ) : null}
    </details>
  );
}
