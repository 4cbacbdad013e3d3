import type { MessageKey, PluralKey } from '../i18n';

/**
 * Why a policy value was ignored, in the interface's language: each reason the schemas give
 * (utils/settings/schema.ts, managed.ts) has a message; one that names a number (days,
 * characters) is counted with the language's plural forms.
 * A reason not listed here (a nested CRM field) is shown as the schema wrote it.
 */
const REASONS: [RegExp, MessageKey | PluralKey][] = [
  [/^not a Murshid policy$/, 'policyReasonUnknownKey'],
  [/^must be "ar" or "en"$/, 'policyReasonLang'],
  [/^must be "latn" or "arab"$/, 'policyReasonDigits'],
  [/^must be "both", "gregorian" or "hijri"$/, 'policyReasonDates'],
  [/^must be a number$/, 'policyReasonNumber'],
  [/^must be a whole number of days$/, 'policyReasonWhole'],
  [/^must be at least (\d+)$/, 'policyReasonMin'],
  [/^must be at most (\d+)$/, 'policyReasonMax'],
  [/^must be text$/, 'policyReasonText'],
  [/^must be at most (\d+) characters$/, 'policyReasonLength'],
  [/^must start with https:\/\/$/, 'policyReasonHttps'],
  [/^kind must be webhook, civicrm or odoo$/, 'policyReasonKind'],
  [/^endpoint is missing$/, 'policyReasonNoEndpoint'],
  [/^(?:endpoint )?must be an https:\/\/ address/, 'endpointHttps'],
  [/^secret is missing$/, 'policyReasonNoSecret'],
  [/^secret must be whsec_/, 'secretInvalid'],
  [/^must be an object with kind, endpoint and secret$/, 'policyReasonObject'],
  [/^must be one or two base64 Ed25519 public keys$/, 'policyReasonPublicKey'],
];

export type PolicyReasonText = { key: MessageKey; count?: undefined } | { key: PluralKey; count: number };

/** One schema reason as a message (with its count), or null when it has no message of its own. */
export function policyReason(reason: string): PolicyReasonText | null {
  for (const [re, key] of REASONS) {
    const m = re.exec(reason);
    if (!m) continue;
    return m[1] === undefined ? { key: key as MessageKey } : { key: key as PluralKey, count: Number(m[1]) };
  }
  return null;
}
