import { useMemo, useState } from 'preact/hooks';
import { dueDate, formatHijri, parseIsoDate, toIsoDate } from '../../utils/dates';
import { formatNumber, type MessageKey } from '../../utils/i18n';
import type { Pack } from '../../utils/knowledge';
import { DIRECTIONS, type FieldError, type Interaction, normalizeSaudiId, normalizeSaudiMobile, OUTCOMES, type Outcome, PLATFORMS } from '../../utils/log';
import { useI18n } from '../ui/I18nContext';
import { errorText, outcomeLabel } from './labels';

interface Props {
  pack: Pack;
  initial: Interaction;
  isNew: boolean;
  onSave: (record: Interaction) => Promise<FieldError[]>;
  onCancel: () => void;
}

/** The log form, in the order of the policy's five-step procedure. */
export function LogForm({ pack, initial, isNew, onSave, onCancel }: Props) {
  const { t, tn, lang, digits } = useI18n();
  const [r, setR] = useState<Interaction>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const set = (patch: Partial<Interaction>) => setR((x) => ({ ...x, ...patch }));
  const setB = (patch: Partial<Interaction['beneficiary']>) => setR((x) => ({ ...x, beneficiary: { ...x.beneficiary, ...patch } }));

  const setOutcome = (outcome: Outcome) => {
    const needsDue = outcome === 'referred' && !r.follow_up?.due;
    set({ outcome, ...(needsDue ? { follow_up: { due: toIsoDate(dueDate(new Date(r.occurred_at), 7)) } } : {}) });
  };

  const dueHijri = useMemo(() => {
    const d = r.follow_up?.due ? parseIsoDate(r.follow_up.due) : null;
    return d ? formatHijri(d, lang, digits) : '';
  }, [r.follow_up?.due, lang, digits]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    const phone = r.beneficiary.phone?.trim() ? (normalizeSaudiMobile(r.beneficiary.phone) ?? r.beneficiary.phone) : undefined;
    const national_id = r.beneficiary.national_id?.trim() ? normalizeSaudiId(r.beneficiary.national_id) : undefined;
    const clean: Interaction = { ...r, beneficiary: { name: r.beneficiary.name.trim(), phone, national_id } };
    const errs = await onSave(clean);
    setErrors(errs);
    setSaving(false);
    if (errs.length) document.getElementById(`log-${errs[0]?.field.replace(/\./g, '-')}`)?.focus();
  };

  const field = (id: string, label: string, control: preact.JSX.Element, hint?: string) => {
    const err = errorOf(id);
    const domId = `log-${id.replace(/\./g, '-')}`;
    return (
      <div class={`field${err ? ' invalid' : ''}`}>
        <label for={domId}>{label}</label>
        {control}
        {hint && <small class="hint">{hint}</small>}
        {err && (
          <small class="field-error" id={`${domId}-error`} role="alert">
            {errorText(t, err, tn)}
          </small>
        )}
      </div>
    );
  };
  /** A select over `options` ([value, label]); `onPick` gets the chosen value. */
  const choose = (id: string, value: string, options: [string, string][], onPick: (v: string) => void) => (
    <select {...aria(id)} value={value} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value)}>
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
  const aria = (id: string) => ({
    id: `log-${id.replace(/\./g, '-')}`,
    'aria-invalid': !!errorOf(id),
    'aria-describedby': errorOf(id) ? `log-${id.replace(/\./g, '-')}-error` : undefined,
  });

  return (
    <form class="log-form" onSubmit={submit} noValidate>
      <h2>{isNew ? t('newRecord') : t('edit')}</h2>
      {r.template_id && <p class="hint">{t('fTemplate', pack.templates.find((x) => x.id === r.template_id)?.title ?? r.template_id)}</p>}
      <fieldset>
        <legend>{t('stepReceive')}</legend>
        {field(
          'channel',
          t('channelLabel'),
          choose(
            'channel',
            r.channel,
            pack.channels.map((c) => [c.id, c.label[lang]]),
            (channel) => set({ channel }),
          ),
        )}
        {r.channel === 'social-media' &&
          field(
            'platform',
            t('platformLabel'),
            <select
              {...aria('platform')}
              value={r.platform ?? ''}
              onChange={(e) => set({ platform: ((e.currentTarget as HTMLSelectElement).value || undefined) as Interaction['platform'] })}
            >
              <option value="">—</option>
              {PLATFORMS.filter((p) => p !== 'plain').map((p) => (
                <option key={p} value={p}>
                  {t(`platform_${p}` as MessageKey)}
                </option>
              ))}
            </select>,
          )}
        {field(
          'direction',
          t('fDirection'),
          choose(
            'direction',
            r.direction,
            DIRECTIONS.map((d) => [d, t(`direction_${d}` as MessageKey)]),
            (d) => set({ direction: d as Interaction['direction'] }),
          ),
        )}
        {field(
          'beneficiary.name',
          t('fName'),
          <input
            {...aria('beneficiary.name')}
            dir="auto"
            value={r.beneficiary.name}
            onInput={(e) => setB({ name: (e.currentTarget as HTMLInputElement).value })}
          />,
        )}
        {field(
          'beneficiary.phone',
          t('fPhone'),
          <input
            {...aria('beneficiary.phone')}
            dir="ltr"
            inputMode="tel"
            value={r.beneficiary.phone ?? ''}
            onInput={(e) => setB({ phone: (e.currentTarget as HTMLInputElement).value })}
          />,
        )}
        {field(
          'topic',
          t('fTopic'),
          choose(
            'topic',
            r.topic,
            pack.topics.map((c) => [c.id, c.label[lang]]),
            (topic) => set({ topic }),
          ),
        )}
        {field(
          'request_ref',
          t('fRef'),
          <input
            {...aria('request_ref')}
            dir="auto"
            value={r.request_ref ?? ''}
            onInput={(e) => set({ request_ref: (e.currentTarget as HTMLInputElement).value })}
          />,
        )}
      </fieldset>
      <fieldset>
        <legend>{t('stepVerify')}</legend>
        <label class="check">
          <input type="checkbox" checked={r.verified} onChange={(e) => set({ verified: (e.currentTarget as HTMLInputElement).checked })} />
          {t('fVerified')}
        </label>
        {field(
          'beneficiary.national_id',
          t('fNationalId'),
          <input
            {...aria('beneficiary.national_id')}
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            value={r.beneficiary.national_id ?? ''}
            onInput={(e) => setB({ national_id: (e.currentTarget as HTMLInputElement).value })}
          />,
        )}
      </fieldset>
      <fieldset>
        <legend>{t('stepOutcome')}</legend>
        {field(
          'outcome',
          t('fOutcome'),
          choose(
            'outcome',
            r.outcome,
            OUTCOMES.map((o) => [o, outcomeLabel(t, o)]),
            (o) => setOutcome(o as Outcome),
          ),
        )}
        {r.outcome === 'referred' &&
          field(
            'referral_reason',
            t('fReferralReason'),
            <input
              {...aria('referral_reason')}
              dir="auto"
              value={r.referral_reason ?? ''}
              onInput={(e) => set({ referral_reason: (e.currentTarget as HTMLInputElement).value })}
            />,
          )}
        {field(
          'follow_up.due',
          t('fDue'),
          <input
            {...aria('follow_up.due')}
            type="date"
            value={r.follow_up?.due ?? ''}
            onInput={(e) => {
              const due = (e.currentTarget as HTMLInputElement).value;
              set({ follow_up: due ? { ...r.follow_up, due } : undefined });
            }}
          />,
          dueHijri,
        )}
        {field(
          'satisfaction.score',
          t('fSatisfaction'),
          <select
            {...aria('satisfaction.score')}
            value={String(r.satisfaction?.score ?? '')}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              set({ satisfaction: v ? { ...r.satisfaction, score: Number(v) } : undefined });
            }}
          >
            <option value="">{t('noScore')}</option>
            {[5, 4, 3, 2, 1].map((s) => (
              <option key={s} value={s}>
                {'★'.repeat(s)} {formatNumber(s, lang, digits)}
              </option>
            ))}
          </select>,
        )}
        {r.satisfaction &&
          field(
            'satisfaction.comment',
            t('fSatisfactionComment'),
            <input
              {...aria('satisfaction.comment')}
              dir="auto"
              value={r.satisfaction.comment ?? ''}
              onInput={(e) => set({ satisfaction: { score: r.satisfaction?.score ?? 5, comment: (e.currentTarget as HTMLInputElement).value } })}
            />,
          )}
        {field(
          'notes',
          t('fNotes'),
          <textarea
            {...aria('notes')}
            dir="auto"
            rows={3}
            value={r.notes ?? ''}
            onInput={(e) => set({ notes: (e.currentTarget as HTMLTextAreaElement).value })}
          />,
        )}
      </fieldset>
      {errors.length > 0 && (
        <p class="field-error" role="alert">
          {t('saveFailed')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
