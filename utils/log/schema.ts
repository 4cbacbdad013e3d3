import * as v from 'valibot';
import { DIRECTIONS, OUTCOMES, PLATFORMS } from './types';

const Str = v.string();
const Opt = v.optional(v.string());

/** The structure of an interaction, for records coming from outside (import). */
export const InteractionSchema = v.object({
  id: v.pipe(Str, v.uuid()),
  schema_version: v.pipe(v.number(), v.integer()),
  occurred_at: v.pipe(Str, v.isoTimestamp()),
  created_at: v.pipe(Str, v.isoTimestamp()),
  updated_at: v.pipe(Str, v.isoTimestamp()),
  channel: Str,
  platform: v.optional(v.picklist(PLATFORMS)),
  direction: v.picklist(DIRECTIONS),
  beneficiary: v.object({ name: Str, phone: Opt, national_id: Opt }),
  topic: Str,
  request_ref: Opt,
  info_complete: v.optional(v.boolean()),
  verified: v.boolean(),
  verification_note: Opt,
  outcome: v.picklist(OUTCOMES),
  referral_reason: Opt,
  informed_reply_within_week: v.optional(v.boolean()),
  follow_up: v.optional(v.object({ due: v.pipe(Str, v.isoDate()), done_at: Opt, result: Opt })),
  satisfaction: v.optional(v.object({ score: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)), comment: Opt })),
  template_id: Opt,
  cited_sections: v.optional(v.array(Str)),
  suggestion: v.optional(v.object({ template_id: Str, used: v.boolean() })),
  notes: Opt,
  staff: v.optional(v.object({ name: Str, branch: Opt })),
});
