import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import { newInteraction, openLogDb, saveInteraction } from '../../utils/log';
import {
  type ConnectorConfig,
  connectorDefaults,
  createConnector,
  DEFAULT_CIVICRM,
  DEFAULT_ODOO,
  deliveryProblem,
  deliveryState,
  drainOutbox,
  outboxCounts,
  summarizeOutbox,
  testConnection,
  validateConnector,
  withDefaults,
} from '../../utils/sync';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const delivery = { fetch: (u: string, i: RequestInit) => fetch(u, i), now: () => new Date(), timeoutMs: 5000 };
const logCtx = { channels: ['phone'], topics: ['inquiry'], today: new Date(), isNew: true };

async function server(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const s = createServer((req, res) => {
    req.resume();
    req.on('end', () => handle(req, res));
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => s.close(() => r())) };
}

describe('connector defaults and validation', () => {
  it('gives each kind its defaults, as copies the form may edit', () => {
    const a = connectorDefaults('odoo');
    expect(a.odoo).toEqual(DEFAULT_ODOO);
    if (a.odoo) a.odoo.fields.x_name = 'changed';
    expect(DEFAULT_ODOO.fields.x_name).toBe('beneficiary.name');
    expect(connectorDefaults('civicrm').civicrm).toEqual(DEFAULT_CIVICRM);
    expect(connectorDefaults('webhook')).toEqual({ kind: 'webhook', endpoint: '', secret: '' });
  });

  it('fills a policy-set connector that names only kind, endpoint and secret', () => {
    expect(withDefaults({ kind: 'odoo', endpoint: 'https://o.example', secret: 'k' }).odoo?.uuidField).toBe('x_murshid_uuid');
    expect(withDefaults({ endpoint: 'https://h.example', secret: SECRET }).kind).toBe('webhook');
  });

  it.each([
    ['a CiviCRM mapping of null', 'civicrm', 'null', 'mapNotObject'],
    ['a mapping that is a list', 'civicrm', '["subject"]', 'mapNotObject'],
    ['an empty mapping', 'odoo', '{}', 'mapEmpty'],
    ['a mapping to a number', 'odoo', '{"x_name": 3}', 'mapValue'],
    ['a mapping that is not JSON', 'civicrm', '{subject: topic}', 'mapInvalid'],
  ] as const)('refuses %s with its own message', (_name, kind, map, problem) => {
    const cfg = { ...connectorDefaults(kind), endpoint: 'https://crm.example.org', secret: 'key' };
    expect(validateConnector(cfg, map)).toEqual(expect.objectContaining({ ok: false, problem }));
  });

  it('refuses plain http away from this computer, a bad secret and an empty UUID field', () => {
    expect(validateConnector({ kind: 'webhook', endpoint: 'http://example.org/h', secret: SECRET }, '')).toEqual({ ok: false, problem: 'endpointHttps' });
    expect(validateConnector({ kind: 'webhook', endpoint: 'https://example.org/h', secret: 'whsec_x' }, '')).toEqual({ ok: false, problem: 'secretInvalid' });
    const odoo = connectorDefaults('odoo');
    const blank = { ...odoo, endpoint: 'https://o.example', secret: 'k', odoo: { ...DEFAULT_ODOO, uuidField: ' ' } };
    expect(validateConnector(blank, '{"x_name":"beneficiary.name"}')).toEqual({ ok: false, problem: 'uuidFieldMissing' });
  });

  it('keeps an edited Odoo UUID field and the typed mapping', () => {
    const cfg: ConnectorConfig = {
      ...connectorDefaults('odoo'),
      endpoint: ' https://o.example ',
      secret: 'k',
      odoo: { ...DEFAULT_ODOO, uuidField: 'x_studio_uuid' },
    };
    const r = validateConnector(cfg, '{"x_name":"beneficiary.name"}');
    expect(r.ok && r.config).toEqual(
      expect.objectContaining({
        endpoint: 'https://o.example',
        odoo: expect.objectContaining({ uuidField: 'x_studio_uuid', fields: { x_name: 'beneficiary.name' } }),
      }),
    );
  });
});

describe('the delivery state the panel and the options page show', () => {
  const base = { endpoint: 'https://crm.example.org/hook', source: 'policy' as const, granted: false, reachedWithoutAccess: false, pending: 0, attention: 0 };
  it.each([
    ['no connector', { ...base, endpoint: null }, 'not-set-up'],
    ['a policy connector without host access', base, 'needs-access'],
    ['a receiver that answered without access (CORS)', { ...base, reachedWithoutAccess: true }, 'delivering'],
    ['granted access', { ...base, granted: true, pending: 2 }, 'delivering'],
    ['records needing attention', { ...base, granted: true, attention: 1, attentionError: 'HTTP 401: no' }, 'attention'],
  ])('%s → %s', (_name, input, kind) => {
    expect(deliveryState(input).kind).toBe(kind);
  });

  it('names the host and the origin to ask for', () => {
    expect(deliveryState(base)).toEqual({ kind: 'needs-access', host: 'crm.example.org', origin: 'https://crm.example.org/*', source: 'policy', pending: 0 });
  });

  it('gives the reason a record needs attention', () => {
    const s = deliveryState({ ...base, granted: true, attention: 1, attentionError: 'unexpected answer to search_read (not a list of records): {}' });
    expect(s.kind === 'attention' && s.problem.key).toBe('problemAnswer');
    expect(deliveryProblem('timeout after 15000 ms').key).toBe('problemTimeout');
    expect(deliveryProblem('HTTP 403: forbidden').key).toBe('problemAuth');
    expect(summarizeOutbox([{ state: 'pending', last_error: 'network: x' }, { state: 'attention', last_error: 'HTTP 400' }, { state: 'sent' }])).toEqual({
      pending: 1,
      attention: 1,
      retryError: 'network: x',
      attentionError: 'HTTP 400',
    });
  });
});

describe('test connection says what came back', () => {
  const webhook = (endpoint: string): ConnectorConfig => ({ kind: 'webhook', endpoint, secret: SECRET });

  it('a 200 sign-in page is not success', async () => {
    const s = await server((_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>'));
    expect(await testConnection(webhook(`${s.url}/hook`), delivery)).toEqual(expect.objectContaining({ ok: false, reason: 'unexpected' }));
    await s.close();
  });

  it('a redirect is reported as a redirect, with where it points', async () => {
    const s = await server((req, res) => {
      if (req.url === '/hook') res.writeHead(302, { location: '/login' }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>');
    });
    const r = await testConnection(webhook(`${s.url}/hook`), delivery);
    expect(r).toEqual(expect.objectContaining({ ok: false, reason: 'redirect' }));
    expect(!r.ok && r.detail).toMatch(/login/);
    await s.close();
  });

  it('a server that does not answer in time is a timeout, not "unreachable"', async () => {
    const s = await server((_q, res) => setTimeout(() => res.writeHead(200).end(), 1500));
    expect(await testConnection(webhook(`${s.url}/hook`), { ...delivery, timeoutMs: 300 })).toEqual({ ok: false, reason: 'timeout', detail: '0.3' });
    await s.close();
  });

  it('an Odoo answering an object to search_read: a reason, never a thrown error', async () => {
    const s = await server((_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"records": []}'));
    const odoo = { kind: 'odoo' as const, endpoint: s.url, secret: 'k' };
    const r = await testConnection(odoo, delivery);
    expect(r).toEqual(expect.objectContaining({ ok: false, reason: 'unexpected', detail: expect.stringContaining('search_read') }));
    await s.close();
  });

  it('a CiviCRM answering a web page in a 200 is not success', async () => {
    const s = await server((_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body>Log in</body></html>'));
    expect(await testConnection({ kind: 'civicrm', endpoint: `${s.url}/civicrm/ajax/api4`, secret: 'k' }, delivery)).toEqual(
      expect.objectContaining({ ok: false, reason: 'unexpected' }),
    );
    await s.close();
  });
});

describe('malformed CRM answers make records need attention, with the reason', () => {
  it('Odoo search_read answering an object: the record needs attention, the drain finishes', async () => {
    const s = await server((_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"result": {}}'));
    const db = await openLogDb('connector-odoo-malformed');
    expect((await saveInteraction(db, newInteraction({ channel: 'phone', beneficiary: { name: 'نورة' } }), logCtx)).ok).toBe(true);
    const report = await drainOutbox(db, createConnector({ kind: 'odoo', endpoint: s.url, secret: 'k' }, delivery));
    expect(report.attention).toBe(1);
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 1, sent: 0 });
    const [entry] = await db.getAll('outbox');
    expect(entry?.last_error).toMatch(/search_read/);
    db.close();
    await s.close();
  });

  it('a connector that throws does not leave records waiting forever', async () => {
    const db = await openLogDb('connector-throws');
    expect((await saveInteraction(db, newInteraction({ channel: 'phone', beneficiary: { name: 'سعد' } }), logCtx)).ok).toBe(true);
    const report = await drainOutbox(db, {
      deliver: async () => {
        throw new TypeError('(i.result ?? []).map is not a function');
      },
    });
    expect(report.attention).toBe(1);
    const [entry] = await db.getAll('outbox');
    expect(entry?.last_error).toContain('is not a function');
    db.close();
  });
});

describe('hints use the digits the staff member chose', () => {
  it('«١٦» in a message becomes 16 with Latin digits, and back', () => {
    expect(translator('ar', 'latn')('secretInvalid')).toContain('16');
    expect(translator('ar', 'arab')('secretInvalid')).toContain('١٦');
  });
});
