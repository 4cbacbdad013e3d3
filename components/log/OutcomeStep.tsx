import { formatDayMonthYear } from '../../utils/dates';
import { formatNumber, type MessageKey } from '../../utils/i18n';
import { OUTCOMES, type Outcome, procedureStep } from '../../utils/log';
import { DateField } from '../ui/DateField';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { Checkbox, Select, TextArea, TextInput } from '../ui/inputs';
import { outcomeLabel } from './labels';
import type { RecordForm } from './useRecordForm';

const SCORES = ['5', '4', '3', '2', '1'] as const;

/** Steps 3 to 5: what was done — the beneficiary referred, the request raised, the service delivered — then follow-up and satisfaction. */
export function OutcomeStep({ f }: { f: RecordForm }) {
  const { t, lang, digits } = useI18n();
  const { r } = f;
  const step = procedureStep(r.outcome);
  const hint = step && step >= 3 ? t(`outcomeHint_${r.outcome}` as MessageKey) : undefined;
  return (
    <fieldset>
      <legend>{t('stepOutcome')}</legend>
      <Field id={f.id('outcome')} label={t('fOutcome')} hint={hint} error={f.error('outcome')}>
        {(a) => <Select<Outcome> {...a} value={r.outcome} options={OUTCOMES.map((o) => [o, outcomeLabel(t, o)] as const)} onValue={f.setOutcome} />}
      </Field>
      {(r.outcome === 'beneficiary_referred' || r.outcome === 'referred') && (
        <Field id={f.id('referral_reason')} label={t(r.outcome === 'referred' ? 'fRaisedReason' : 'fUnclearReason')} error={f.error('referral_reason')}>
          {(a) => <TextInput {...a} dir="auto" value={r.referral_reason ?? ''} onValue={(referral_reason) => f.set({ referral_reason })} />}
        </Field>
      )}
      {r.outcome === 'referred' && (
        <Checkbox
          id={f.id('informed_reply_within_week')}
          checked={r.informed_reply_within_week === true}
          label={t('fInformedWeek')}
          onValue={(informed_reply_within_week) => f.set({ informed_reply_within_week })}
        />
      )}
      <Field id={f.id('follow_up.due')} label={t('fDue')} hint={t('dateHint', formatDayMonthYear('2026-12-08', digits))} error={f.error('follow_up.due')}>
        {(a) => <DateField aria={a} value={r.follow_up?.due ?? ''} onValue={(due) => f.set({ follow_up: due ? { ...r.follow_up, due } : undefined })} />}
      </Field>
      <Field id={f.id('satisfaction.score')} label={t('fSatisfaction')} error={f.error('satisfaction.score')}>
        {(a) => (
          <Select<(typeof SCORES)[number] | ''>
            {...a}
            value={r.satisfaction ? (String(r.satisfaction.score) as (typeof SCORES)[number]) : ''}
            empty={t('noScore')}
            options={SCORES.map((s) => [s, `${'★'.repeat(Number(s))} ${formatNumber(Number(s), lang, digits)}`] as const)}
            onValue={(s) => f.set({ satisfaction: s ? { ...r.satisfaction, score: Number(s) } : undefined })}
          />
        )}
      </Field>
      {r.satisfaction && (
        <Field id={f.id('satisfaction.comment')} label={t('fSatisfactionComment')} error={f.error('satisfaction.comment')}>
          {(a) => (
            <TextInput
              {...a}
              dir="auto"
              value={r.satisfaction?.comment ?? ''}
              onValue={(comment) => f.set({ satisfaction: { score: r.satisfaction?.score ?? 5, comment } })}
            />
          )}
        </Field>
      )}
      <Field id={f.id('notes')} label={t('fNotes')} error={f.error('notes')}>
        {(a) => <TextArea {...a} dir="auto" rows={3} value={r.notes ?? ''} onValue={(notes) => f.set({ notes })} />}
      </Field>
    </fieldset>
  );
}
