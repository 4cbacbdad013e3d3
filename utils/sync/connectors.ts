import type { Interaction } from '../log';
import { type Attempt, classify, type Fetch, send } from './http';
import { webhookBody, webhookHeaders } from './webhook';

export type ConnectorKind = 'webhook' | 'civicrm' | 'odoo';

export interface ConnectorConfig {
  kind: ConnectorKind;
  /** Webhook URL; CiviCRM's APIv4 base (…/civicrm/ajax/api4); Odoo's base URL. */
  endpoint: string;
  /** Webhook `whsec_…` secret, CiviCRM API key, or Odoo API key. */
  secret: string;
  civicrm?: { activityType: string; uuidField: string; fields: Record<string, string> };
  odoo?: { api: 'json2' | 'jsonrpc'; model: string; uuidField: string; database?: string; uid?: number; fields: Record<string, string> };
}

export interface DeliveryContext {
  fetch: Fetch;
  now: () => Date;
  timeoutMs: number;
}

export interface Connector {
  /** Delivers one batch; `requestId` stays the same across retries of the same batch. */
  deliver(records: Interaction[], requestId: string): Promise<Attempt>;
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
    async deliver(records, requestId) {
      const body = webhookBody(records);
      const headers = await webhookHeaders(cfg.secret, requestId, body, ctx.now());
      return send(ctx.fetch, cfg.endpoint, { method: 'POST', headers, body }, ctx.timeoutMs, ctx.now);
    },
  };
}

/** CiviCRM APIv4 `Activity.save`, matched on a custom field holding our UUID, so a retry updates instead of duplicating. */
function civicrm(cfg: ConnectorConfig, ctx: DeliveryContext): Connector {
  const c = cfg.civicrm ?? { activityType: 'Meeting', uuidField: 'Murshid.UUID', fields: DEFAULT_CIVICRM_FIELDS };
  return {
    async deliver(records) {
      const params = {
        records: records.map((r) => ({ activity_type_id: c.activityType, ...mapRecord(r, c.fields), [c.uuidField]: r.id })),
        match: [c.uuidField],
      };
      const url = `${cfg.endpoint.replace(/\/$/, '')}/Activity/save`;
      return send(
        ctx.fetch,
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-civi-auth': `Bearer ${cfg.secret}`, 'x-requested-with': 'XMLHttpRequest' },
          body: new URLSearchParams({ params: JSON.stringify(params) }).toString(),
        },
        ctx.timeoutMs,
        ctx.now,
      );
    },
  };
}

/**
 * Odoo: looks up which UUIDs already exist (search_read), then creates the rest — through the
 * JSON-2 API (`/json/2/<model>/<method>`, bearer API key) or the older `/jsonrpc` `execute_kw`.
 */
function odoo(cfg: ConnectorConfig, ctx: DeliveryContext): Connector {
  const o = cfg.odoo ?? { api: 'json2', model: 'x_murshid_interaction', uuidField: 'x_murshid_uuid', fields: DEFAULT_ODOO_FIELDS };
  const base = cfg.endpoint.replace(/\/$/, '');
  let rpcId = 0;
  const call = async (method: string, kwargs: Record<string, unknown>, args: unknown[]): Promise<{ attempt: Attempt; result?: unknown }> => {
    let result: unknown;
    const fetcher: Fetch = async (url, init) => {
      const res = await ctx.fetch(url, init);
      const text = await res.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      // JSON-RPC reports errors inside a 200 answer.
      const rpcError = (json as { error?: { message?: string; data?: { message?: string } } } | undefined)?.error;
      if (o.api === 'jsonrpc' && res.ok && rpcError) return new Response(rpcError.data?.message ?? rpcError.message ?? 'error', { status: 422 });
      result = o.api === 'jsonrpc' ? (json as { result?: unknown } | undefined)?.result : json;
      return new Response(text, { status: res.status, headers: res.headers });
    };
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
              params: { service: 'object', method: 'execute_kw', args: [o.database, o.uid, cfg.secret, o.model, method, ...args] },
            }),
          };
    const url = o.api === 'json2' ? `${base}/json/2/${o.model}/${method}` : `${base}/jsonrpc`;
    const attempt = await send(fetcher, url, request, ctx.timeoutMs, ctx.now);
    return { attempt, result };
  };
  return {
    async deliver(records) {
      const ids = records.map((r) => r.id);
      const domain = [[o.uuidField, 'in', ids]];
      const found = await call('search_read', { domain, fields: [o.uuidField] }, [[domain], { fields: [o.uuidField] }]);
      if (found.attempt.kind !== 'ok') return found.attempt;
      const existing = new Set(((found.result as Record<string, unknown>[] | undefined) ?? []).map((r) => String(r[o.uuidField])));
      const vals = records.filter((r) => !existing.has(r.id)).map((r) => ({ ...mapRecord(r, o.fields), [o.uuidField]: r.id }));
      if (vals.length === 0) return classify(200, '');
      return (await call('create', { vals_list: vals }, [[vals]])).attempt;
    },
  };
}

export function createConnector(cfg: ConnectorConfig, ctx: DeliveryContext): Connector {
  if (cfg.kind === 'civicrm') return civicrm(cfg, ctx);
  if (cfg.kind === 'odoo') return odoo(cfg, ctx);
  return webhook(cfg, ctx);
}
