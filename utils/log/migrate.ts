import { type Interaction, SCHEMA_VERSION } from './types';

/** A record as an older version stored it: any field may be missing. */
export type StoredRecord = Partial<Interaction> & Pick<Interaction, 'id'>;

/**
 * Maps a record of any earlier schema to the current one, keeping every field it had:
 * 1 → 2 — step 2's first duty (`info_complete`) was not recorded before: false; `referred`
 * always meant step 4 (the request raised to management with a follow-up a week out) and keeps
 * its code; whether the beneficiary was told about the week was not recorded and stays absent.
 * Also fills `updated_at` on records from before it existed. A current record comes back as is.
 */
export function upgradeInteraction(r: StoredRecord): Interaction {
  if (r.schema_version === SCHEMA_VERSION && r.updated_at && typeof r.info_complete === 'boolean') return r as Interaction;
  const occurred = r.occurred_at ?? r.created_at ?? new Date(0).toISOString();
  return {
    ...r,
    occurred_at: occurred,
    created_at: r.created_at ?? occurred,
    updated_at: r.updated_at ?? r.created_at ?? occurred,
    info_complete: typeof r.info_complete === 'boolean' ? r.info_complete : false,
    verified: r.verified === true,
    schema_version: SCHEMA_VERSION,
  } as Interaction;
}
