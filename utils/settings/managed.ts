import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Calendars, Digits } from '../dates';
import type { Lang } from '../i18n';
import type { ConnectorConfig } from '../sync';
import { checkEndpoint } from '../sync/endpoint';
import { CalendarsSchema, ConnectorSchema, DigitsSchema, LangSchema, RetentionSchema, SurveyLinkSchema } from './schema';

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

/** Each managed key checked with the same schema as the staff member's own setting. */
const SCHEMAS: { [K in keyof Required<ManagedSettings>]: v.GenericSchema } = {
  uiLanguage: LangSchema,
  digits: DigitsSchema,
  dates: CalendarsSchema,
  retentionDays: RetentionSchema,
  connector: ConnectorSchema,
  branch: v.pipe(v.string('must be text'), v.maxLength(120, 'must be at most 120 characters')),
  surveyLink: SurveyLinkSchema,
  packUrl: v.pipe(
    v.string('must be text'),
    v.check((s) => checkEndpoint(s).ok, 'must be an https:// address (http only on 127.0.0.1/localhost)'),
  ),
  packPublicKey: v.pipe(v.string('must be text'), v.regex(/^[A-Za-z0-9+/=]{40,48}( [A-Za-z0-9+/=]{40,48})?$/, 'must be one or two base64 Ed25519 public keys')),
};

/** A policy value that was not applied, and why (shown to IT in the options page). */
export interface IgnoredPolicy {
  key: string;
  /** The schema's reasons, joined (English, for logs and tests). */
  reason: string;
  /** The same reasons one by one (the options page shows each in the interface language). */
  reasons: string[];
}

/** A missing key is named (valibot reports it with the object's message); other issues keep their schema message. */
function issueReason(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'object' && issue.received === 'undefined' && issue.path?.length) return `${issue.path.map((p) => String(p.key)).join('.')} is missing`;
  return issue.message;
}

/** Splits raw policy values into those that apply and those ignored with a reason. Pure. */
export function validateManaged(raw: unknown): { settings: ManagedSettings; ignored: IgnoredPolicy[] } {
  const settings: Record<string, unknown> = {};
  const ignored: IgnoredPolicy[] = [];
  if (!raw || typeof raw !== 'object') return { settings, ignored };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    // Own keys only: `constructor`, `toString` or `__proto__` in a policy would otherwise find Object's and throw.
    const schema = Object.hasOwn(SCHEMAS, key) ? (SCHEMAS as Record<string, v.GenericSchema>)[key] : undefined;
    if (!schema) {
      ignored.push({ key, reason: 'not a Murshid policy', reasons: ['not a Murshid policy'] });
      continue;
    }
    const result = v.safeParse(schema, value);
    if (result.success) settings[key] = result.output;
    else {
      const reasons = [...new Set(result.issues.map(issueReason))];
      ignored.push({ key, reason: reasons.join('; '), reasons });
    }
  }
  return { settings: settings as ManagedSettings, ignored };
}

async function readRaw(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {};
  }
}

/** Managed values (browser policy) that passed validation; empty where there is no policy or the browser has none. */
export async function readManaged(): Promise<ManagedSettings> {
  return validateManaged(await readRaw()).settings;
}

/** The policy as applied, with what was ignored and why. */
export async function readManagedReport(): Promise<{ settings: ManagedSettings; ignored: IgnoredPolicy[] }> {
  return validateManaged(await readRaw());
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
