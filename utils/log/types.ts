/** One interaction with a beneficiary: what is stored locally and what the organisation receives. */
export const SCHEMA_VERSION = 1;

export const DIRECTIONS = ['incoming', 'outgoing'] as const;
export const OUTCOMES = ['answered', 'service_delivered', 'referred', 'awaiting_documents', 'closed'] as const;
export const PLATFORMS = ['whatsapp', 'x', 'instagram', 'messenger', 'email', 'plain'] as const;

export type Direction = (typeof DIRECTIONS)[number];
export type Outcome = (typeof OUTCOMES)[number];

export interface FollowUp {
  /** YYYY-MM-DD. */
  due: string;
  done_at?: string;
  result?: string;
}

export interface Interaction {
  id: string;
  schema_version: number;
  occurred_at: string;
  created_at: string;
  updated_at: string;
  channel: string;
  platform?: (typeof PLATFORMS)[number];
  direction: Direction;
  beneficiary: { name: string; phone?: string; national_id?: string };
  topic: string;
  request_ref?: string;
  /** Step 2 of the procedure: the data was checked against the documents at submission. */
  verified: boolean;
  verification_note?: string;
  outcome: Outcome;
  referral_reason?: string;
  follow_up?: FollowUp;
  satisfaction?: { score: number; comment?: string };
  template_id?: string;
  cited_sections?: string[];
  notes?: string;
  staff?: { name: string; branch?: string };
}

/** A staff member read a pack's changes (sent to the organisation next to interactions). */
export interface Acknowledgement {
  id: string;
  type: 'pack_acknowledged';
  pack_id: string;
  version: string;
  /** SHA-256 (hex) of the published pack.json when followed; of the pack's files otherwise. */
  sha256: string;
  staff: { name: string; branch?: string };
  acknowledged_at: string;
}

/** A validation problem: which field, and a message key the UI shows in the user's language. */
export interface FieldError {
  field: string;
  code:
    | 'required'
    | 'phone'
    | 'national_id'
    | 'too_long'
    | 'due_before_today'
    | 'due_too_soon'
    | 'due_weekend'
    | 'due_required'
    | 'score'
    | 'unknown_channel'
    | 'unknown_topic'
    | 'date';
  /** Limit for too_long. */
  max?: number;
}

export const LIMITS = { name: 120, notes: 2000, comment: 500, reason: 500, ref: 60 } as const;
