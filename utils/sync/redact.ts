import type { Interaction } from '../log';

/** Fields that leave the browser only when IT opts in for the connector. */
export const SENSITIVE_FIELDS = ['national_id', 'verification_note'] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];
export type PayloadOptions = Partial<Record<SensitiveField, boolean>>;

/**
 * The payload filter: a national ID and the verification note stay in the browser unless the
 * connector says otherwise. Works on whatever the record holds, so new fields pass through.
 */
export function withoutSensitive(records: Interaction[], include: PayloadOptions = {}): Interaction[] {
  return records.map((r) => {
    let out = r;
    if (!include.national_id && r.beneficiary?.national_id !== undefined) {
      const { national_id: _, ...beneficiary } = r.beneficiary;
      out = { ...out, beneficiary };
    }
    if (!include.verification_note && r.verification_note !== undefined) {
      const { verification_note: _, ...rest } = out;
      out = rest as Interaction;
    }
    return out;
  });
}
