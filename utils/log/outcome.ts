import { dueDate, toIsoDate } from '../dates';
import type { Interaction, Outcome } from './types';

/** Outcomes that hand something to management: step 3 (the beneficiary) and step 4 (the request). */
export const REFERRAL_OUTCOMES: readonly Outcome[] = ['beneficiary_referred', 'referred'];
export const isReferral = (o: Outcome) => REFERRAL_OUTCOMES.includes(o);

/** The step of the policy's five-step procedure an outcome records (null: outside the steps). */
export function procedureStep(o: Outcome): 1 | 2 | 3 | 4 | 5 | null {
  if (o === 'answered') return 1;
  if (o === 'awaiting_documents') return 2;
  if (o === 'beneficiary_referred') return 3;
  if (o === 'referred') return 4;
  if (o === 'service_delivered') return 5;
  return null;
}

/**
 * A record with its outcome changed and nothing hidden left behind: leaving a referral drops its
 * reason and its still-open follow-up (a done one is history and stays); leaving step 4 drops the
 * "told about the week" tick; entering step 4 gets a follow-up a week out (off the weekend).
 */
export function changeOutcome(r: Interaction, outcome: Outcome): Interaction {
  if (r.outcome === outcome) return r;
  const next: Interaction = { ...r, outcome };
  if (isReferral(r.outcome) && !isReferral(outcome)) {
    delete next.referral_reason;
    if (next.follow_up && !next.follow_up.done_at) delete next.follow_up;
  }
  if (outcome !== 'referred') delete next.informed_reply_within_week;
  else {
    next.informed_reply_within_week ??= false;
    if (!next.follow_up?.due) next.follow_up = { due: toIsoDate(dueDate(new Date(r.occurred_at), 7)) };
  }
  return next;
}
