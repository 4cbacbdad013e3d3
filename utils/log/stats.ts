import type { Interaction } from './types';

export interface Stats {
  total: number;
  byChannel: Record<string, number>;
  byOutcome: Record<string, number>;
  byTopic: Record<string, number>;
  ratings: number;
  average: number;
  satisfiedShare: number;
  followUps: { onTime: number; late: number; open: number };
}

const bump = (m: Record<string, number>, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};

/** Dashboard figures for records whose date falls in [from, to] (YYYY-MM-DD, inclusive). */
export function computeStats(records: Interaction[], from?: string, to?: string): Stats {
  const s: Stats = {
    total: 0,
    byChannel: {},
    byOutcome: {},
    byTopic: {},
    ratings: 0,
    average: 0,
    satisfiedShare: 0,
    followUps: { onTime: 0, late: 0, open: 0 },
  };
  let sum = 0;
  let satisfied = 0;
  for (const r of records) {
    const day = r.occurred_at.slice(0, 10);
    if ((from && day < from) || (to && day > to)) continue;
    s.total++;
    bump(s.byChannel, r.channel);
    bump(s.byOutcome, r.outcome);
    bump(s.byTopic, r.topic);
    if (r.satisfaction) {
      s.ratings++;
      sum += r.satisfaction.score;
      if (r.satisfaction.score >= 4) satisfied++;
    }
    if (r.follow_up) {
      if (!r.follow_up.done_at) s.followUps.open++;
      else if (r.follow_up.done_at.slice(0, 10) <= r.follow_up.due) s.followUps.onTime++;
      else s.followUps.late++;
    }
  }
  s.average = s.ratings ? Math.round((sum / s.ratings) * 10) / 10 : 0;
  s.satisfiedShare = s.ratings ? Math.round((100 * satisfied) / s.ratings) : 0;
  return s;
}
