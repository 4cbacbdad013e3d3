import * as v from 'valibot';
import { checkEndpoint } from '../sync/endpoint';
import { isValidSecret } from '../sync/webhook';

/** Days a record is kept: at least a month (IT's checks), at most ten years (dates stay representable). */
export const RETENTION_MIN = 30;
export const RETENTION_MAX = 3650;
export const RETENTION_DEFAULT = 180;

/** A stored or typed retention, made safe to compute with: a whole number of days in range. */
export function clampRetention(days: unknown): number {
  const n = typeof days === 'number' && Number.isFinite(days) ? Math.round(days) : RETENTION_DEFAULT;
  return Math.min(RETENTION_MAX, Math.max(RETENTION_MIN, n));
}

export const LangSchema = v.picklist(['ar', 'en'], 'must be "ar" or "en"');
export const DigitsSchema = v.picklist(['latn', 'arab'], 'must be "latn" or "arab"');
export const CalendarsSchema = v.picklist(['both', 'gregorian', 'hijri'], 'must be "both", "gregorian" or "hijri"');
export const RetentionSchema = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number of days'),
  v.minValue(RETENTION_MIN, `must be at least ${RETENTION_MIN}`),
  v.maxValue(RETENTION_MAX, `must be at most ${RETENTION_MAX}`),
);
const Text = (max: number) => v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));
export const SurveyLinkSchema = v.pipe(
  Text(500),
  v.check((s) => s === '' || /^https:\/\//.test(s), 'must start with https://'),
);

const FieldMap = v.record(v.string(), v.string());
export const ConnectorSchema = v.pipe(
  v.object(
    {
      kind: v.optional(v.picklist(['webhook', 'civicrm', 'odoo'], 'kind must be webhook, civicrm or odoo'), 'webhook'),
      endpoint: v.pipe(
        v.string('endpoint is missing'),
        v.check((s) => checkEndpoint(s).ok, 'endpoint must be an https:// address (http only on 127.0.0.1/localhost)'),
      ),
      secret: v.pipe(v.string('secret is missing'), v.minLength(1, 'secret is missing')),
      civicrm: v.optional(v.object({ activityType: v.string(), uuidField: v.string(), fields: FieldMap, ackActivityType: v.optional(v.string()) })),
      odoo: v.optional(
        v.object({
          api: v.picklist(['json2', 'jsonrpc']),
          model: v.string(),
          uuidField: v.string(),
          database: v.optional(v.string()),
          uid: v.optional(v.number()),
          fields: FieldMap,
          ackModel: v.optional(v.string()),
        }),
      ),
      include: v.optional(v.object({ national_id: v.optional(v.boolean()), verification_note: v.optional(v.boolean()) })),
    },
    'must be an object with kind, endpoint and secret',
  ),
  v.check((c) => c.kind !== 'webhook' || isValidSecret(c.secret), 'secret must be whsec_ followed by base64 (at least 16 bytes)'),
);
