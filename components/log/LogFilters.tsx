import type { MessageKey } from '../../utils/i18n';
import type { Pack } from '../../utils/knowledge';
import { type LogFilter, OUTCOMES, type Outcome } from '../../utils/log';
import { useI18n } from '../ui/I18nContext';
import { outcomeLabel } from './labels';

const FOLLOW = [
  ['any', 'followAny'],
  ['open', 'followOpen'],
  ['overdue', 'followOverdue'],
  ['done', 'followDone'],
  ['none', 'followNone'],
] as const;

export function LogFilters({ pack, value, onChange }: { pack: Pack; value: LogFilter; onChange: (f: LogFilter) => void }) {
  const { t, lang } = useI18n();
  const set = (patch: Partial<LogFilter>) => onChange({ ...value, ...patch });
  return (
    <div class="log-filters">
      <input
        type="search"
        dir="auto"
        aria-label={t('filterText')}
        placeholder={t('filterText')}
        value={value.text ?? ''}
        onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
      />
      <div class="row">
        <label class="field compact">
          <span>{t('filterFrom')}</span>
          <input type="date" value={value.from ?? ''} onInput={(e) => set({ from: (e.currentTarget as HTMLInputElement).value || undefined })} />
        </label>
        <label class="field compact">
          <span>{t('filterTo')}</span>
          <input type="date" value={value.to ?? ''} onInput={(e) => set({ to: (e.currentTarget as HTMLInputElement).value || undefined })} />
        </label>
      </div>
      <div class="row">
        <select
          aria-label={t('channelLabel')}
          value={value.channel ?? ''}
          onChange={(e) => set({ channel: (e.currentTarget as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('filterAnyChannel')}</option>
          {pack.channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label[lang]}
            </option>
          ))}
        </select>
        <select
          aria-label={t('fOutcome')}
          value={value.outcome ?? ''}
          onChange={(e) => set({ outcome: ((e.currentTarget as HTMLSelectElement).value || undefined) as Outcome | undefined })}
        >
          <option value="">{t('filterAnyOutcome')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {outcomeLabel(t, o)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('tabFollowUps')}
          value={value.followUp ?? 'any'}
          onChange={(e) => set({ followUp: (e.currentTarget as HTMLSelectElement).value as LogFilter['followUp'] })}
        >
          {FOLLOW.map(([id, key]) => (
            <option key={id} value={id}>
              {t(key as MessageKey)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
