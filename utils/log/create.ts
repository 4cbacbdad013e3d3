import { dueDate, toIsoDate } from '../dates';
import { type Interaction, type Outcome, SCHEMA_VERSION } from './types';

/** A new, empty record with a client-made UUID; referral outcomes get a follow-up a week out. */
export function newInteraction(
  init: Partial<Interaction> & { channel: string },
  now = new Date(),
  uuid: () => string = () => crypto.randomUUID(),
): Interaction {
  const stamp = now.toISOString();
  const outcome: Outcome = init.outcome ?? 'answered';
  return {
    id: uuid(),
    schema_version: SCHEMA_VERSION,
    occurred_at: stamp,
    created_at: stamp,
    updated_at: stamp,
    direction: 'incoming',
    beneficiary: { name: '' },
    topic: 'inquiry',
    info_complete: false,
    verified: false,
    outcome,
    ...(outcome === 'referred' ? { follow_up: { due: toIsoDate(dueDate(now, 7)) }, informed_reply_within_week: false } : {}),
    ...init,
  };
}

/** The outcome a template implies, to pre-fill the log after inserting it ("request received" is step 4). */
export function outcomeForPurpose(purpose: string): Outcome {
  if (purpose === 'received' || purpose === 'new-request' || purpose === 'complaint') return 'referred';
  if (purpose === 'missing-documents') return 'awaiting_documents';
  if (purpose === 'closing' || purpose === 'survey' || purpose === 'thanks') return 'closed';
  return 'answered';
}
