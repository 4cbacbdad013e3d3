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
 * A record with its outcome changed and nothing hidden left behind: leaving a referral whose
 * follow-up is still open (a referral chosen by mistake, or not carried out) drops its reason, the
 * open follow-up and the "told about the week" tick. Once the follow-up is done the referral
 * happened: its reason, tick and follow-up are history and stay (a request raised at step 4 and
 * then served at step 5). Entering step 4 gets a follow-up a week out (off the weekend).
 */
export function changeOutcome(r: Interaction, outcome: Outcome): Interaction {
  if (r.outcome === outcome) return r;
  const next: Interaction = { ...r, outcome };
  const happened = !!r.follow_up?.done_at;
  if (isReferral(r.outcome) && !isReferral(outcome) && !happened) {
    delete next.referral_reason;
    delete next.follow_up;
  }
  if (outcome === 'beneficiary_referred' || (outcome !== 'referred' && !happened)) delete next.informed_reply_within_week;
  if (outcome === 'referred') {
    next.informed_reply_within_week ??= false;
    if (!next.follow_up?.due) next.follow_up = { due: toIsoDate(dueDate(new Date(r.occurred_at), 7)) };
  }
  return next;
}
