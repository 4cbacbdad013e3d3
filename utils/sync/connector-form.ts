import { type ConnectorConfig, type ConnectorKind, DEFAULT_CIVICRM, DEFAULT_ODOO } from './connectors';
import { checkEndpoint } from './endpoint';
import { isValidSecret } from './webhook';

export const CONNECTOR_KINDS: ConnectorKind[] = ['webhook', 'civicrm', 'odoo'];

/** A fresh connector of one kind, with the CRM's defaults (copies: the form edits them). */
export function connectorDefaults(kind: ConnectorKind): ConnectorConfig {
  return {
    kind,
    endpoint: '',
    secret: '',
    ...(kind === 'civicrm' ? { civicrm: { ...DEFAULT_CIVICRM, fields: { ...DEFAULT_CIVICRM.fields } } } : {}),
    ...(kind === 'odoo' ? { odoo: { ...DEFAULT_ODOO, fields: { ...DEFAULT_ODOO.fields } } } : {}),
  };
}

/** Fills what a saved or policy-set connector leaves out with its kind's defaults. */
export function withDefaults(cfg: Partial<ConnectorConfig> & { kind?: ConnectorKind }): ConnectorConfig {
  const base = connectorDefaults(cfg.kind ?? 'webhook');
  return {
    ...base,
    ...cfg,
    kind: base.kind,
    endpoint: cfg.endpoint ?? '',
    secret: cfg.secret ?? '',
    ...(base.civicrm ? { civicrm: { ...base.civicrm, ...cfg.civicrm } } : {}),
    ...(base.odoo ? { odoo: { ...base.odoo, ...cfg.odoo } } : {}),
  };
}

/** What is wrong with a connector form; each is one message in the interface language. */
export type ConnectorProblem =
  | 'endpointInvalid'
  | 'endpointHttps'
  | 'secretInvalid'
  | 'secretMissing'
  | 'mapInvalid'
  | 'mapNotObject'
  | 'mapEmpty'
  | 'mapValue'
  | 'uuidFieldMissing'
  | 'modelMissing'
  | 'activityTypeMissing';

export type ConnectorCheck = { ok: true; config: ConnectorConfig } | { ok: false; problem: ConnectorProblem; detail?: string };

/** Their field → our field: a JSON object of non-empty strings, nothing else. */
export function parseFieldMap(text: string): { ok: true; fields: Record<string, string> } | { ok: false; problem: ConnectorProblem; detail?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'mapInvalid' };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, problem: 'mapNotObject' };
  const entries = Object.entries(json as Record<string, unknown>);
  if (entries.length === 0) return { ok: false, problem: 'mapEmpty' };
  for (const [theirs, ours] of entries) {
    if (!theirs.trim() || typeof ours !== 'string' || !ours.trim()) return { ok: false, problem: 'mapValue', detail: theirs || '""' };
  }
  return { ok: true, fields: json as Record<string, string> };
}

/** Validates a connector form (the field map as the admin typed it) into a config to save or test. */
export function validateConnector(cfg: ConnectorConfig, mapText: string): ConnectorCheck {
  const endpoint = cfg.endpoint.trim();
  const secret = cfg.secret.trim();
  const where = checkEndpoint(endpoint);
  if (!where.ok) return { ok: false, problem: where.reason === 'https' ? 'endpointHttps' : 'endpointInvalid' };
  if (cfg.kind === 'webhook') {
    if (!isValidSecret(secret)) return { ok: false, problem: 'secretInvalid' };
    return { ok: true, config: { kind: 'webhook', endpoint, secret } };
  }
  if (!secret) return { ok: false, problem: 'secretMissing' };
  const map = parseFieldMap(mapText);
  if (!map.ok) return map;
  if (cfg.kind === 'civicrm') {
    const c = { ...DEFAULT_CIVICRM, ...cfg.civicrm };
    if (!c.uuidField.trim()) return { ok: false, problem: 'uuidFieldMissing' };
    if (!c.activityType.trim()) return { ok: false, problem: 'activityTypeMissing' };
    return {
      ok: true,
      config: { kind: 'civicrm', endpoint, secret, civicrm: { activityType: c.activityType.trim(), uuidField: c.uuidField.trim(), fields: map.fields } },
    };
  }
  const o = { ...DEFAULT_ODOO, ...cfg.odoo };
  if (!o.uuidField.trim()) return { ok: false, problem: 'uuidFieldMissing' };
  if (!o.model.trim()) return { ok: false, problem: 'modelMissing' };
  return { ok: true, config: { kind: 'odoo', endpoint, secret, odoo: { ...o, model: o.model.trim(), uuidField: o.uuidField.trim(), fields: map.fields } } };
}

/** The field map shown in the form for a config. */
export function fieldMapText(cfg: ConnectorConfig): string {
  return JSON.stringify(cfg.civicrm?.fields ?? cfg.odoo?.fields ?? {}, null, 2);
}
