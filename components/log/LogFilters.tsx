import { parseIsoDate } from '../../utils/dates';
import type { MessageKey } from '../../utils/i18n';
import type { Pack } from '../../utils/knowledge';
import { type FollowUpState, type LogFilter, OUTCOMES, type Outcome } from '../../utils/log';
import { DateField } from '../ui/DateField';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { Select, TextInput } from '../ui/inputs';
import { outcomeLabel } from './labels';

const FOLLOW: [FollowUpState, MessageKey][] = [
  ['any', 'followAny'],
  ['open', 'followOpen'],
  ['overdue', 'followOverdue'],
  ['done', 'followDone'],
  ['none', 'followNone'],
];

/** Text (names, mobiles as staff write them, references), dates in the staff member's order, channel, outcome, follow-up. */
export function LogFilters({ pack, value, onChange }: { pack: Pack; value: LogFilter; onChange: (f: LogFilter) => void }) {
  const { t, lang } = useI18n();
  const set = (patch: Partial<LogFilter>) => onChange({ ...value, ...patch });
  // A half-typed date filters nothing until it reads as a date.
  const day = (text: string) => (parseIsoDate(text) ? text : undefined);
  return (
    <div class="log-filters">
      <TextInput
        type="search"
        dir="auto"
        aria-label={t('filterText')}
        placeholder={t('filterText')}
        value={value.text ?? ''}
        onValue={(text) => set({ text })}
      />
      <div class="row">
        <Field id="filter-from" label={t('filterFrom')} class="compact">
          {(a) => <DateField aria={a} value={value.from ?? ''} onValue={(v) => set({ from: day(v) })} />}
        </Field>
        <Field id="filter-to" label={t('filterTo')} class="compact">
          {(a) => <DateField aria={a} value={value.to ?? ''} onValue={(v) => set({ to: day(v) })} />}
        </Field>
      </div>
      <div class="row">
        <Select
          aria-label={t('channelLabel')}
          value={value.channel ?? ''}
          empty={t('filterAnyChannel')}
          options={pack.channels.map((c) => [c.id, c.label[lang]] as const)}
          onValue={(channel) => set({ channel: channel || undefined })}
        />
        <Select<Outcome | ''>
          aria-label={t('fOutcome')}
          value={value.outcome ?? ''}
          empty={t('filterAnyOutcome')}
          options={OUTCOMES.map((o) => [o, outcomeLabel(t, o)] as const)}
          onValue={(outcome) => set({ outcome: outcome || undefined })}
        />
        <Select<FollowUpState>
          aria-label={t('tabFollowUps')}
          value={value.followUp ?? 'any'}
          options={FOLLOW.map(([id, key]) => [id, t(key)] as const)}
          onValue={(followUp) => set({ followUp })}
        />
      </div>
    </div>
  );
}
