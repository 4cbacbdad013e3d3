import { normalize } from '../arabic';
import { toIsoDate } from '../dates';
import { mobileQuery } from './phone';
import type { Interaction, Outcome } from './types';

export type FollowUpState = 'any' | 'open' | 'overdue' | 'done' | 'none';

export interface LogFilter {
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  channel?: string;
  outcome?: Outcome;
  followUp?: FollowUpState;
  text?: string;
}

export function followUpState(r: Interaction, today: string): Exclude<FollowUpState, 'any'> {
  if (!r.follow_up) return 'none';
  if (r.follow_up.done_at) return 'done';
  return r.follow_up.due < today ? 'overdue' : 'open';
}

/** In-memory filtering of the loaded log (the panel keeps it in memory once loaded). */
export function filterInteractions(records: Interaction[], f: LogFilter, now = new Date()): Interaction[] {
  const today = toIsoDate(now);
  const text = f.text ? normalize(f.text.trim()) : '';
  // A number is looked for in the mobile as staff write it too (05…, 5…, +9665…, Arabic-Indic digits).
  const mobile = f.text ? mobileQuery(f.text.trim()) : null;
  return records.filter((r) => {
    const day = r.occurred_at.slice(0, 10);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    if (f.channel && r.channel !== f.channel) return false;
    if (f.outcome && r.outcome !== f.outcome) return false;
    if (f.followUp && f.followUp !== 'any') {
      const s = followUpState(r, today);
      if (f.followUp === 'open' ? s !== 'open' && s !== 'overdue' : s !== f.followUp) return false;
    }
    if (text) {
      const hay = normalize([r.beneficiary.name, r.beneficiary.phone, r.request_ref, r.notes, r.referral_reason].filter(Boolean).join(' '));
      const phoneHit = mobile?.(r.beneficiary.phone) ?? false;
      if (!phoneHit && !hay.includes(text)) return false;
    }
    return true;
  });
}

export function overdueCount(records: Interaction[], now = new Date()): number {
  const today = toIsoDate(now);
  return records.filter((r) => followUpState(r, today) === 'overdue').length;
}
