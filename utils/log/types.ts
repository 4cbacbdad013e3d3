/** One interaction with a beneficiary: what is stored locally and what the organisation receives. */
/** 2: the five steps recorded apart (step 2's two duties, step 3 and step 4 as their own outcomes). */
export const SCHEMA_VERSION = 2;

export const DIRECTIONS = ['incoming', 'outgoing'] as const;
/**
 * What was done, in the order of the policy's procedure: `answered` (step 1: questions answered),
 * `beneficiary_referred` (step 3: the procedures were unclear to the beneficiary, who is referred
 * to management), `referred` (step 4: the request is raised to management for study, reply within
 * not less than a week — the code it always had, so receivers keep working), `service_delivered`
 * (step 5), `awaiting_documents` (step 2 not complete), `closed` (the contact ended).
 */
export const OUTCOMES = ['answered', 'beneficiary_referred', 'referred', 'service_delivered', 'awaiting_documents', 'closed'] as const;
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
  /** Step 2, first duty: the beneficiary provided all the required information (schema 2; false on older records). */
  info_complete: boolean;
  /** Step 2, second duty: the data was matched against the documents at submission. */
  verified: boolean;
  /** What was missing or did not match at step 2. */
  verification_note?: string;
  outcome: Outcome;
  /** Step 3: what was unclear to the beneficiary; step 4: what management is asked to study. */
  referral_reason?: string;
  /** Step 4: the beneficiary was told the reply comes within not less than a week (only with outcome `referred`). */
  informed_reply_within_week?: boolean;
  follow_up?: FollowUp;
  satisfaction?: { score: number; comment?: string };
  template_id?: string;
  cited_sections?: string[];
  /**
   * The template a reply suggestion offered first, and whether the reply used it. Only the id and
   * the flag: the beneficiary's message is never stored.
   */
  suggestion?: { template_id: string; used: boolean };
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
    | 'national_id_check'
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
