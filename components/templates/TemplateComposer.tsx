import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { quotesSample } from '../../utils/knowledge';
import type { InsertReply } from '../../utils/messaging';
import { askPageAccess, hasPageAccess, requestInsert } from '../../utils/relay';
import {
  formatFor,
  type Gender,
  type PlaceholderName,
  type Platform,
  renderTemplate,
  type Template,
  type Values,
  X_LIMIT,
  xLength,
} from '../../utils/templates';
import { useI18n } from '../ui/I18nContext';
import { SampleConfirm } from './SampleConfirm';
import { TemplateFields } from './TemplateFields';

interface Props {
  template: Template;
  known: Values;
  initial: Values;
  /** The form of address when it is known (a restored draft); otherwise none is chosen until the staff member picks one. */
  initialGender?: Gender | null;
  platform: Platform;
  onBack: () => void;
  onUsed: (template: Template, text: string, how: 'inserted' | 'copied') => void;
  /** Opens the log form pre-filled from this reply. */
  onLog: (template: Template, values: Values) => void;
  /** Called as the staff member types or changes the form of address, so the draft outlives the tab. */
  onDraft?: (values: Values, gender: Gender | null) => void;
}

/**
 * Why the text went to the clipboard instead, as the staff member needs to know it: the page could
 * not be written to, its field refused the text, its editor took only part of it or changed it
 * (something is in the page already: to be checked), the field was a password's, there was no
 * field — or the page did not answer (the text may have gone in all the same: to be checked).
 */
function copiedBecause(reply: InsertReply): Status {
  if (reply.noAccess) return 'copiedNoAccess';
  if (reply.error === 'partial') return 'copiedPartial';
  if (reply.error === 'rejected' || reply.error === 'read-only') return 'copiedRefused';
  if (reply.error === 'password-field') return 'copiedPassword';
  if (reply.error === 'no-editable') return 'copiedFallback';
  return 'copiedUnsure';
}

type Status =
  | ''
  | 'inserting'
  | 'inserted'
  | 'copiedFallback'
  | 'copiedNoAccess'
  | 'copiedPartial'
  | 'copiedRefused'
  | 'copiedPassword'
  | 'copiedUnsure'
  | 'copyFailed'
  | 'copiedOnly';

export function TemplateComposer({ template, known, initial, initialGender = null, platform, onBack, onUsed, onLog, onDraft }: Props) {
  const { t, lang, digits } = useI18n();
  const [values, setValues] = useState<Values>(initial);
  const [gender, setGender] = useState<Gender | null>(initialGender);
  const [status, setStatus] = useState<Status>('');
  const [host, setHost] = useState('');
  const [needsAccess, setNeedsAccess] = useState(false);
  const [pending, setPending] = useState<null | 'insert' | 'copy'>(null);

  useEffect(() => {
    void hasPageAccess().then((granted) => setNeedsAccess(!granted));
  }, []);
  useEffect(() => onDraft?.(values, gender), [values, gender]);
  // The copied citation is read from storage after the composer may already be open: offer it when it arrives.
  useEffect(() => {
    if (initial.citation && !values.citation) setValues((v) => ({ ...v, citation: initial.citation }));
  }, [initial.citation]);

  const label = (n: PlaceholderName) => t(`field_${n}` as MessageKey);
  const rendered = useMemo(() => renderTemplate(template.body, { ...known, ...values }, gender, label, digits), [template, known, values, gender, t, digits]);
  const text = useMemo(() => formatFor(rendered.text, platform), [rendered, platform]);
  const xLen = platform === 'x' ? xLength(text) : 0;
  // The form of address is missing like any value: the same list blocks sending and says what to give.
  const blocked = rendered.missing.length > 0;
  const formMissing = rendered.missing.includes('form');
  const unfilled = rendered.missing.filter((m): m is PlaceholderName => m !== 'form');
  // A citation of a sample document carries «(نص تجريبي)»: never sent on without a second look.
  const sample = template.placeholders.includes('citation') && quotesSample(values.citation ?? known.citation);

  const copy = async (): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  };

  const insert = async (confirmed = false) => {
    if (sample && !confirmed) return setPending('insert');
    setPending(null);
    setStatus('inserting');
    const reply = await requestInsert(text);
    if (reply.ok) {
      setHost(reply.host ?? '');
      setStatus('inserted');
      onUsed(template, text, 'inserted');
      return;
    }
    const copied = await copy();
    setStatus(!copied ? 'copyFailed' : copiedBecause(reply));
    if (copied) onUsed(template, text, 'copied');
  };

  const copyOnly = async (confirmed = false) => {
    if (sample && !confirmed) return setPending('copy');
    setPending(null);
    const copied = await copy();
    setStatus(copied ? 'copiedOnly' : 'copyFailed');
    if (copied) onUsed(template, text, 'copied');
  };

  const [access, setAccess] = useState<'' | 'granted' | 'refused'>('');
  const allow = async () => {
    const granted = await askPageAccess();
    setNeedsAccess(!granted);
    setAccess(granted ? 'granted' : 'refused');
  };

  return (
    <article class="composer" aria-labelledby="composer-title">
      <div class="section-toolbar">
        <button type="button" class="link-button" onClick={onBack}>
          {t('backToTemplates')}
        </button>
      </div>
      <h2 id="composer-title" dir="auto">
        {template.title}
      </h2>
      <TemplateFields
        names={template.placeholders}
        values={values}
        known={known}
        gender={gender}
        onGender={setGender}
        formMissing={formMissing}
        onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
      />
      <h3 class="preview-label">{t('previewLabel')}</h3>
      <pre class="preview" dir="auto" aria-live="polite" data-testid="preview">
        {text}
      </pre>
      {platform === 'x' && (
        <p class={`counter${xLen > X_LIMIT ? ' over' : ''}`} role="status">
          {t('xCounter', xLen)} {xLen > X_LIMIT && `— ${t('xTooLong')}`}
        </p>
      )}
      {blocked && (
        <p class="hint" role="status" data-testid="blocked">
          {formMissing && t('formMissing')}
          {formMissing && unfilled.length > 0 && ' '}
          {unfilled.length > 0 && t('missingValues', unfilled.map(label).join(lang === 'ar' ? '، ' : ', '))}
        </p>
      )}
      {sample && (
        <p class="notice warning" data-testid="sample-notice">
          {t('sampleCitationNotice')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={blocked || status === 'inserting'} onClick={() => void insert()}>
          {status === 'inserting' ? t('inserting') : t('insert')}
        </button>
        <button type="button" class="secondary" disabled={blocked} onClick={() => void copyOnly()}>
          {t('copyText')}
        </button>
        {(status === 'inserted' || status.startsWith('copied')) && (
          <button type="button" class="secondary" onClick={() => onLog(template, values)}>
            {t('logThis')}
          </button>
        )}
      </div>
      {pending && <SampleConfirm onConfirm={() => void (pending === 'insert' ? insert(true) : copyOnly(true))} onCancel={() => setPending(null)} />}
      <p class="toast" role="status" aria-live="polite" data-status={status}>
        {status === 'inserted' && host ? (
          <>
            {t('insertedOn')}{' '}
            <bdi dir="ltr" data-testid="inserted-host">
              {host}
            </bdi>
          </>
        ) : status && status !== 'inserting' ? (
          t(status)
        ) : (
          ''
        )}
      </p>
      {access && (
        <p class="hint" role="status" data-access={access}>
          {t(access === 'granted' ? 'allowInsertGranted' : 'allowInsertRefused')}
        </p>
      )}
      {needsAccess && status === 'copiedNoAccess' && (
        <div class="notice">
          <p>{t('allowInsertWhy')}</p>
          <button type="button" class="secondary" onClick={allow}>
            {t('allowInsert')}
          </button>
        </div>
      )}
    </article>
  );
}
