import { useMemo, useState } from 'preact/hooks';
import { addDays, toIsoDate } from '../../utils/dates';
import { formatNumber, type MessageKey } from '../../utils/i18n';
import type { Pack } from '../../utils/knowledge';
import { computeStats, type Interaction, type Outcome } from '../../utils/log';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { Select } from '../ui/inputs';
import { outcomeLabel } from './labels';

const PERIODS = ['7', '30', '90', 'all'] as const;

function Bars({ title, rows }: { title: string; rows: [string, number][] }) {
  const { lang, digits } = useI18n();
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <section class="chart">
      <h3>{title}</h3>
      <ul>
        {rows.map(([label, n]) => (
          <li key={label}>
            <span class="bar-label" dir="auto">
              {label}
            </span>
            <span class="bar" style={{ inlineSize: `${(100 * n) / max}%` }} role="img" aria-label={`${label}: ${formatNumber(n, lang, digits)}`} />
            <span class="bar-value">{formatNumber(n, lang, digits)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Figures for a chosen period, as bar charts drawn with CSS (they follow RTL by themselves) and printable. */
export function Dashboard({ pack, records }: { pack: Pack; records: Interaction[] }) {
  const { t, tn, lang } = useI18n();
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>('30');
  const stats = useMemo(() => {
    const from = period === 'all' ? undefined : toIsoDate(addDays(new Date(), -Number(period) + 1));
    return computeStats(records, from);
  }, [records, period]);
  const label = (list: { id: string; label: { ar: string; en: string } }[], id: string) => list.find((x) => x.id === id)?.label[lang] ?? id;
  const sorted = (m: Record<string, number>) => Object.entries(m).sort((a, b) => b[1] - a[1]);
  if (records.length === 0) return <p class="empty">{t('dashEmpty')}</p>;
  return (
    <div class="dashboard">
      <div class="row">
        <Field id="dash-period" label={t('period')} class="compact">
          {(a) => <Select {...a} value={period} options={PERIODS.map((p) => [p, t(`period_${p}` as MessageKey)] as const)} onValue={setPeriod} />}
        </Field>
        <button type="button" class="secondary no-print" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
      <p class="big">{t('dashInteractions', stats.total)}</p>
      {stats.total === 0 ? (
        <p class="empty">{t('dashNoneInPeriod')}</p>
      ) : (
        <>
          <section class="chart">
            <h3>{t('dashSatisfaction')}</h3>
            <p>{stats.ratings ? tn('dashAverage', stats.ratings, stats.average, stats.satisfiedShare) : t('dashNoScores')}</p>
          </section>
          <section class="chart">
            <h3>{t('dashFollowUps')}</h3>
            <p>{t('dashOnTime', stats.followUps.onTime, stats.followUps.late, stats.followUps.open)}</p>
          </section>
          <Bars title={t('dashByChannel')} rows={sorted(stats.byChannel).map(([id, n]) => [label(pack.channels, id), n])} />
          <Bars title={t('dashByOutcome')} rows={sorted(stats.byOutcome).map(([id, n]) => [outcomeLabel(t, id as Outcome), n])} />
          <Bars title={t('dashByTopic')} rows={sorted(stats.byTopic).map(([id, n]) => [label(pack.topics, id), n])} />
        </>
      )}
    </div>
  );
}
