import type { Acknowledgement, Interaction } from '../log';
import { type Attempt, answerLimit, classify, cutAnswer, type Fetch, readLimited, send } from './http';
import { type PayloadOptions, withoutSensitive } from './redact';
import { webhookBody, webhookHeaders } from './webhook';

export type ConnectorKind = 'webhook' | 'civicrm' | 'odoo';

export interface ConnectorConfig {
  kind: ConnectorKind;
  /** Webhook URL; CiviCRM's APIv4 base (…/civicrm/ajax/api4); Odoo's base URL. */
  endpoint: string;
  /** Webhook `whsec_…` secret, CiviCRM API key, or Odoo API key. */
  secret: string;
  /** `ackActivityType`: the Activity type acknowledgements of pack changes are saved as. */
  civicrm?: { activityType: string; uuidField: string; fields: Record<string, string>; ackActivityType?: string };
  /** `ackModel`: the model acknowledgements of pack changes are created in. */
  odoo?: { api: 'json2' | 'jsonrpc'; model: string; uuidField: string; database?: string; uid?: number; fields: Record<string, string>; ackModel?: string };
  /** Sensitive fields sent only when IT opts in for this connector (off by default). */
  include?: PayloadOptions;
}

export interface DeliveryContext {
  fetch: Fetch;
  now: () => Date;
  timeoutMs: number;
}

export interface Connector {
  /** Delivers one batch; `requestId` stays the same across retries of the same batch. */
  deliver(records: Interaction[], requestId: string, acknowledgements?: Acknowledgement[]): Promise<Attempt>;
}

/** Their field → our field (a dotted path into the interaction). */
export const DEFAULT_CIVICRM_FIELDS: Record<string, string> = {
  subject: 'topic',
  activity_date_time: 'occurred_at',
  details: 'notes',
  'Murshid.Channel': 'channel',
  'Murshid.Outcome': 'outcome',
  'Murshid.Beneficiary': 'beneficiary.name',
  'Murshid.Phone': 'beneficiary.phone',
  'Murshid.Request_Ref': 'request_ref',
  'Murshid.Follow_Up_Due': 'follow_up.due',
  'Murshid.Satisfaction': 'satisfaction.score',
  // Schema 2, the five steps (saved connector settings keep the map they were saved with).
  'Murshid.Info_Complete': 'info_complete',
  'Murshid.Verified': 'verified',
  'Murshid.Verification_Note': 'verification_note',
  'Murshid.Referral_Reason': 'referral_reason',
  'Murshid.Informed_Reply_Week': 'informed_reply_within_week',
};

export const DEFAULT_CIVICRM_ACK_TYPE = 'Murshid Pack Acknowledged';
export const DEFAULT_ODOO_ACK_MODEL = 'x_murshid_acknowledgement';

export const DEFAULT_ODOO_FIELDS: Record<string, string> = {
  x_name: 'beneficiary.name',
  x_occurred_at: 'occurred_at',
  x_channel: 'channel',
  x_topic: 'topic',
  x_outcome: 'outcome',
  x_phone: 'beneficiary.phone',
  x_request_ref: 'request_ref',
  x_follow_up_due: 'follow_up.due',
  x_satisfaction: 'satisfaction.score',
  x_notes: 'notes',
  // Schema 2, the five steps (saved connector settings keep the map they were saved with).
  x_info_complete: 'info_complete',
  x_verified: 'verified',
  x_verification_note: 'verification_note',
  x_referral_reason: 'referral_reason',
  x_informed_reply_week: 'informed_reply_within_week',
};

export const DEFAULT_CIVICRM: NonNullable<ConnectorConfig['civicrm']> = { activityType: 'Meeting', uuidField: 'Murshid.UUID', fields: DEFAULT_CIVICRM_FIELDS };
export const DEFAULT_ODOO: NonNullable<ConnectorConfig['odoo']> = {
  api: 'json2',
  model: 'x_murshid_interaction',
  uuidField: 'x_murshid_uuid',
  fields: DEFAULT_ODOO_FIELDS,
};

/** The start of an answer, for a reason someone can act on. */
const excerpt = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 120);

/**
 * A 2xx that is not the answer the receiver gives is not a delivery: a sign-in page or a proxy's
 * HTML in front of the system is reported as such, with the start of what came back.
 */
export function unexpectedAnswer(text: string, contentType: string | null, json: 'required' | 'optional'): string | null {
  const trimmed = text.trim();
  if (/text\/html/i.test(contentType ?? '') || /^<(!doctype|html|head|body)/i.test(trimmed))
    return `unexpected answer (a web page, not the receiver): ${excerpt(text)}`;
  if (!trimmed) return json === 'required' ? 'unexpected answer (empty)' : null;
  try {
    JSON.parse(trimmed);
    return null;
  } catch {
    return json === 'required' ? `unexpected answer (not JSON): ${excerpt(text)}` : null;
  }
}

/** One request whose 2xx answer is also checked: `inspect` says what is wrong with it, or null. */
async function sendChecked(
  ctx: DeliveryContext,
  url: string,
  init: RequestInit,
  inspect: (text: string, contentType: string | null) => string | null,
  /** The records of a request whose server may say which it stored (a positive acknowledgement). */
  ids?: string[],
  /** A webhook may be a Google Apps Script web app (its one redirect followed); a CRM's request, carrying its key, never. */
  appsScript = false,
): Promise<{ attempt: Attempt; text: string }> {
  let text = '';
  let unread: string | null = null;
  let contentType: string | null = null;
  const fetcher: Fetch = async (u, i) => {
    const res = await ctx.fetch(u, i);
    // A redirect goes back to send() as it came: it is refused there, never followed.
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) return res;
    const answer = await readLimited(res, answerLimit(i.body));
    text = answer.text;
    // An answer read for what it says (an acknowledgement, a CRM's ids) is read whole or not at all.
    unread = cutAnswer(answer, res.headers.get('content-type'));
    contentType = res.headers.get('content-type');
    const empty = res.status === 204 || res.status === 205;
    const copy = new Response(empty ? null : text, { status: res.status, statusText: res.statusText, headers: res.headers });
    // send() checks where a followed answer came from (the Apps Script rule): the copy must say so too.
    return Object.defineProperties(copy, { redirected: { value: res.redirected }, url: { value: res.url } });
  };
  const attempt = await send(fetcher, url, init, ctx.timeoutMs, ctx.now, ids, { appsScript });
  if (attempt.kind !== 'ok') return { attempt, text };
  if (unread) return { attempt: { kind: 'reject', status: 200, error: unread, cut: true }, text };
  const problem = inspect(text, contentType);
  return { attempt: problem ? { kind: 'reject', status: 200, error: problem } : attempt, text };
}

export function valueAt(record: Interaction, path: string): unknown {
  let v: unknown = record;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** Maps a record through a field map, dropping empty values; dates to "YYYY-MM-DD HH:MM:SS" (UTC) as both CRMs expect. */
export function mapRecord(record: Interaction, fields: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [theirs, ours] of Object.entries(fields)) {
    let v = valueAt(record, ours);
    if (v === undefined || v === '') continue;
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) v = v.slice(0, 19).replace('T', ' ');
    out[theirs] = v;
  }
  return out;
}

function webhook(cfg: ConnectorConfig, ctx: DeliveryContext): Connector {
  return {
    async deliver(records, requestId, acknowledgements = []) {
      const body = webhookBody(records, acknowledgements);
      const headers = await webhookHeaders(cfg.secret, requestId, body, ctx.now());
      const { attempt } = await sendChecked(
        ctx,
        cfg.endpoint,
        { method: 'POST', headers, body },
        (text, type) => unexpectedAnswer(text, type, 'optional'),
        [...records.map((r) => r.id), ...acknowledgements.map((a) => a.id)],
        true,
      );
      return attempt;
    },
  };
}

/** CiviCRM APIv4 `Activity.save`, matched on a custom field holding our UUID, so a retry updates instead of duplicating. */
function civicrm(cfg: ConnectorConfig, ctx: DeliveryContext): Connector {
  const c = { ...DEFAULT_CIVICRM, ...cfg.civicrm };
  return {
    async deliver(records, _requestId, acknowledgements = []) {
      const params = {
        records: [
          ...records.map((r) => ({ activity_type_id: c.activityType, ...mapRecord(r, c.fields), [c.uuidField]: r.id })),
          // An Activity of its own type per acknowledgement, matched on the same UUID field.
          ...acknowledgements.map((a) => ({
            activity_type_id: c.ackActivityType ?? DEFAULT_CIVICRM_ACK_TYPE,
            subject: `${a.pack_id} ${a.version}`,
            activity_date_time: a.acknowledged_at.slice(0, 19).replace('T', ' '),
            details: `${a.staff.name}${a.staff.branch ? ` (${a.staff.branch})` : ''} — sha256 ${a.sha256}`,
            [c.uuidField]: a.id,
          })),
        ],
        match: [c.uuidField],
      };
      const url = `${cfg.endpoint.replace(/\/$/, '')}/Activity/save`;
      const init: RequestInit = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-civi-auth': `Bearer ${cfg.secret}`, 'x-requested-with': 'XMLHttpRequest' },
        body: new URLSearchParams({ params: JSON.stringify(params) }).toString(),
      };
      const { attempt } = await sendChecked(ctx, url, init, (text, type) => civicrmAnswer(text, type, params.records.length));
      return attempt;
    },
  };
}

/**
 * APIv4 answers `{"values":[…]}`, one saved Activity per record sent; anything else in a 2xx (an
 * error object, a page, fewer values than records) is reported, so no record counts as saved unseen.
 */
export function civicrmAnswer(text: string, contentType: string | null, records = 0): string | null {
  const odd = unexpectedAnswer(text, contentType, 'required');
  if (odd) return odd;
  const json = JSON.parse(text) as { values?: unknown; error_message?: unknown; is_error?: unknown } | null;
  if (json && typeof json === 'object' && (json.is_error || json.error_message)) return `CiviCRM error: ${excerpt(String(json.error_message ?? 'is_error'))}`;
  if (!json || typeof json !== 'object' || !Array.isArray(json.values)) return `unexpected answer (no "values" list): ${excerpt(text)}`;
  if (json.values.length < records) return `unexpected answer (CiviCRM saved ${json.values.length} of ${records} records): ${excerpt(text)}`;
  return null;
}

/**
 * Odoo: looks up which UUIDs already exist (search_read), then creates the rest — through the
 * JSON-2 API (`/json/2/<model>/<method>`, bearer API key) or the older `/jsonrpc` `execute_kw`.
 */
function odoo(cfg: ConnectorConfig, ctx: DeliveryContext): Connector {
  const o = { ...DEFAULT_ODOO, ...cfg.odoo };
  const base = cfg.endpoint.replace(/\/$/, '');
  let rpcId = 0;
  const call = async (method: string, kwargs: Record<string, unknown>, args: unknown[], model = o.model): Promise<{ attempt: Attempt; result?: unknown }> => {
    const request: RequestInit =
      o.api === 'json2'
        ? {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `bearer ${cfg.secret}`, ...(o.database ? { 'x-odoo-database': o.database } : {}) },
            body: JSON.stringify(kwargs),
          }
        : {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              jsonrpc: '2.0',
              method: 'call',
              id: ++rpcId,
              params: { service: 'object', method: 'execute_kw', args: [o.database, o.uid, cfg.secret, model, method, ...args] },
            }),
          };
    const url = o.api === 'json2' ? `${base}/json/2/${model}/${method}` : `${base}/jsonrpc`;
    let result: unknown;
    const { attempt } = await sendChecked(ctx, url, request, (text, type) => {
      const odd = unexpectedAnswer(text, type, 'required');
      if (odd) return odd;
      const json = JSON.parse(text) as { result?: unknown; error?: { message?: string; data?: { message?: string } } } | null;
      if (o.api === 'json2') {
        result = json;
        return null;
      }
      // JSON-RPC reports errors inside a 200 answer.
      if (json?.error) return `Odoo error: ${excerpt(json.error.data?.message ?? json.error.message ?? 'error')}`;
      if (!json || typeof json !== 'object' || !('result' in json)) return `unexpected answer (no "result"): ${excerpt(text)}`;
      result = json.result;
      return null;
    });
    return { attempt, result };
  };
  /** Creates the records of `model` whose UUIDs it does not hold yet (with no rows, only the look-up: a connection test). */
  const createMissing = async (model: string, rows: { id: string; vals: Record<string, unknown> }[]): Promise<Attempt> => {
    const domain = [[o.uuidField, 'in', rows.map((r) => r.id)]];
    const found = await call('search_read', { domain, fields: [o.uuidField] }, [[domain], { fields: [o.uuidField] }], model);
    if (found.attempt.kind !== 'ok') return found.attempt;
    if (!Array.isArray(found.result) || found.result.some((r) => !r || typeof r !== 'object'))
      return {
        kind: 'reject',
        status: 200,
        error: `unexpected answer to search_read (not a list of records): ${excerpt(JSON.stringify(found.result) ?? '')}`,
      };
    const existing = new Set((found.result as Record<string, unknown>[]).map((r) => String(r[o.uuidField])));
    const vals = rows.filter((r) => !existing.has(r.id)).map((r) => ({ ...r.vals, [o.uuidField]: r.id }));
    if (vals.length === 0) return classify(200, '');
    const created = await call('create', { vals_list: vals }, [[vals]], model);
    if (created.attempt.kind !== 'ok') return created.attempt;
    const made = created.result;
    if (!(Array.isArray(made) ? made.every((id) => typeof id === 'number') : typeof made === 'number'))
      return { kind: 'reject', status: 200, error: `unexpected answer to create (no record ids): ${excerpt(JSON.stringify(made) ?? '')}` };
    // One id per record created: fewer means some were not (the next try looks them up first, so none is made twice).
    const ids = Array.isArray(made) ? made.length : 1;
    if (ids !== vals.length)
      return {
        kind: 'reject',
        status: 200,
        error: `unexpected answer to create (${ids} ids for ${vals.length} records): ${excerpt(JSON.stringify(made) ?? '')}`,
      };
    return created.attempt;
  };
  return {
    async deliver(records, _requestId, acknowledgements = []) {
      const done = await createMissing(
        o.model,
        records.map((r) => ({ id: r.id, vals: mapRecord(r, o.fields) })),
      );
      if (done.kind !== 'ok' || acknowledgements.length === 0) return done;
      // Acknowledgements of pack changes: a record each in a model of their own.
      return createMissing(
        o.ackModel ?? DEFAULT_ODOO_ACK_MODEL,
        acknowledgements.map((a) => ({
          id: a.id,
          vals: {
            x_name: `${a.pack_id} ${a.version}`,
            x_pack_id: a.pack_id,
            x_version: a.version,
            x_sha256: a.sha256,
            x_staff_name: a.staff.name,
            ...(a.staff.branch ? { x_branch: a.staff.branch } : {}),
            x_acknowledged_at: a.acknowledged_at.slice(0, 19).replace('T', ' '),
          },
        })),
      );
    },
  };
}

export function createConnector(cfg: ConnectorConfig, ctx: DeliveryContext): Connector {
  const inner = cfg.kind === 'civicrm' ? civicrm(cfg, ctx) : cfg.kind === 'odoo' ? odoo(cfg, ctx) : webhook(cfg, ctx);
  return { deliver: (records, requestId, acknowledgements) => inner.deliver(withoutSensitive(records, cfg.include), requestId, acknowledgements) };
}
