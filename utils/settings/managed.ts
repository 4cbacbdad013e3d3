import { browser } from 'wxt/browser';
import type { Calendars, Digits } from '../dates';
import type { Lang } from '../i18n';
import type { ConnectorConfig } from '../sync';

/** What the association's IT may preset for every staff member (public/managed_schema.json). */
export interface ManagedSettings {
  uiLanguage?: Lang;
  digits?: Digits;
  dates?: Calendars;
  retentionDays?: number;
  connector?: ConnectorConfig;
  branch?: string;
  surveyLink?: string;
  /** URL of the association's published pack.json, followed by every browser (see docs/pack-distribution.md). */
  packUrl?: string;
  /** Base64 of the raw Ed25519 public key(s) its signature is checked with; two, space-separated, during a key rotation. */
  packPublicKey?: string;
}

/** Managed values (browser policy); empty where there is no policy or the browser has none. */
export async function readManaged(): Promise<ManagedSettings> {
  try {
    return ((await browser.storage.managed.get()) ?? {}) as ManagedSettings;
  } catch {
    return {};
  }
}

/** A managed value wins over the staff member's own. */
export function effective<K extends keyof ManagedSettings>(
  managed: ManagedSettings,
  key: K,
  own: NonNullable<ManagedSettings[K]>,
): NonNullable<ManagedSettings[K]> {
  const v = managed[key];
  return v === undefined || v === null ? own : (v as NonNullable<ManagedSettings[K]>);
}
