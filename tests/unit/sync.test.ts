import 'fake-indexeddb/auto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type Fault, type Receiver, startReceiver } from '../../scripts/lib/receiver';
import { allInteractions, type Interaction, newInteraction, openLogDb, saveInteraction } from '../../utils/log';
import {
  type ConnectorConfig,
  createConnector,
  deliveryProblem,
  drainOutbox,
  MAX_RESPONSE_BYTES,
  outboxCounts,
  parseRetryAfter,
  retryNow,
  sign,
  summarizeOutbox,
  testConnection,
  verify,
} from '../../utils/sync';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ctx = { channels: ['phone'], topics: ['inquiry'], today: new Date(), isNew: true };
const delivery = { fetch: (u: string, i: RequestInit) => fetch(u, i), now: () => new Date(), timeoutMs: 300 };
let dbs = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function seed(n: number) {
  const db = await openLogDb(`sync-${++dbs}`);
  for (let i = 0; i < n; i++) await saveInteraction(db, newInteraction({ channel: 'phone', beneficiary: { name: `مستفيد ${i}` } }), ctx);
  return db;
}

let receiver: Receiver | null = null;
afterEach(async () => {
  await receiver?.close();
  receiver = null;
});

describe('Standard Webhooks signing', () => {
  it('matches the specification example', async () => {
    const sig = await sign(SECRET, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(sig).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    expect(await verify(SECRET, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}', `v1,bad ${sig}`)).toBe(true);
    expect(await verify(SECRET, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265331, '{"test": 2432232314}', sig)).toBe(false);
  });

  it('reads Retry-After as seconds or a date', () => {
    const now = new Date('2026-11-28T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('outbox against a real local HTTP server with faults', () => {
  it('delivers 300 of 300 through 5xx, 429 + Retry-After, drops, accepted-but-failed and slow answers', async () => {
    const faults: Fault[] = [
      { kind: 'status', status: 500 },
      { kind: 'ok' },
      { kind: 'status', status: 429, retryAfter: '1' },
      { kind: 'drop' },
      { kind: 'ok' },
      { kind: 'accept-then-fail' },
      { kind: 'slow', ms: 600 },
      { kind: 'status', status: 503 },
      { kind: 'ok' },
    ];
    receiver = await startReceiver(SECRET, (n) => faults[n % faults.length] ?? { kind: 'ok' });
    const db = await seed(300);
    const connector = createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery);
    const deadline = Date.now() + 40_000;
    while ((await outboxCounts(db)).pending > 0 && Date.now() < deadline) {
      await drainOutbox(db, connector, { baseMs: 20, capMs: 200 });
      await sleep(30);
    }
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 0, sent: 300 });
    expect(receiver.received.size).toBe(300);
    const ids = new Set((await allInteractions(db)).map((r) => r.id));
    expect([...receiver.received.keys()].every((id) => ids.has(id))).toBe(true);
    expect(receiver.deliveries.every((d) => d.validSignature)).toBe(true);
    expect(receiver.deliveries.every((d) => d.count <= 50)).toBe(true);
    // A failed request is retried with the same webhook-id, and never before its Retry-After.
    for (const [i, d] of receiver.deliveries.entries()) {
      if (d.answered === 200) continue;
      const next = receiver.deliveries.slice(i + 1).find((x) => x.webhookId === d.webhookId);
      expect(next, `retry of ${d.webhookId}`).toBeDefined();
      if (d.answered === 429) expect((next?.at ?? 0) - d.at).toBeGreaterThanOrEqual(1000);
    }
  }, 60_000);

  it('400 and 422 leave records "needs attention" with the server message, not retried', async () => {
    receiver = await startReceiver(SECRET, (n) => ({ kind: 'status', status: n === 0 ? 422 : 400, body: 'channel is not allowed' }));
    const db = await seed(60);
    const connector = createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery);
    await drainOutbox(db, connector, { baseMs: 1, capMs: 1 });
    await drainOutbox(db, connector, { baseMs: 1, capMs: 1 });
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 60, sent: 0 });
    expect(receiver.deliveries.length).toBe(2); // 50 + 10, each once
    const entry = (await db.getAll('outbox'))[0];
    expect(entry?.last_error).toMatch(/^HTTP 4(00|22): channel is not allowed/);
    expect(await retryNow(db)).toBe(60);
    expect((await outboxCounts(db)).pending).toBe(60);
  });

  it('a refusal padded past the read limit is not taken for a delivery: the records wait, with the reason', async () => {
    const body = JSON.stringify({ ok: false, error: 'quota exceeded', padding: ' '.repeat(MAX_RESPONSE_BYTES) });
    receiver = await startReceiver(SECRET, () => ({ kind: 'status', status: 200, body }));
    const db = await seed(3);
    await drainOutbox(db, createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery), { baseMs: 1, capMs: 1 });
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 3, sent: 0 });
    expect((await db.getAll('outbox'))[0]?.last_error).toMatch(/not read whole/);
  });

  it('an edit during delivery is queued again and delivered in its new form', async () => {
    receiver = await startReceiver(SECRET, () => ({ kind: 'slow', ms: 50 }));
    const db = await seed(1);
    const [record] = await allInteractions(db);
    const connector = createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery);
    const draining = drainOutbox(db, connector);
    await sleep(10);
    await saveInteraction(db, { ...(record as Interaction), notes: 'تعديل' }, { ...ctx, isNew: false });
    await draining;
    // The first request carried the old version; the edit was not marked sent by it, but delivered after it.
    expect(receiver.deliveries.length).toBe(2);
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 0, sent: 1 });
    expect(receiver.received.get((record as Interaction).id)?.notes).toBe('تعديل');
  });
});

describe('a batch whose acknowledgement is longer than the read limit is sent again in halves', () => {
  const connect = (r: Receiver) => createConnector({ kind: 'webhook', endpoint: r.url, secret: SECRET }, delivery);
  /** A receiver acknowledging each record at length: each record's part of the answer is about 1/share of the read limit. */
  const perRecord = (share: number): Fault => ({ kind: 'per-record', detail: Math.floor(MAX_RESPONSE_BYTES / share) });
  const sorted = (ids: Iterable<string>) => [...ids].sort();

  it.each([
    ['over the limit for 50 records, under for 25', 35, 2, 3],
    ['over the limit for 50 and for 25 records, under for 13', 17, 3, 7],
  ])('%s: every record delivered, stored once after the receiver dedupes', async (_name, share, sends, requests) => {
    receiver = await startReceiver(SECRET, () => perRecord(share));
    const db = await seed(50);
    const report = await drainOutbox(db, connect(receiver));
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 0, sent: 50 });
    expect(report).toEqual(expect.objectContaining({ requests, sent: 50, attention: 0 }));
    const ids = sorted((await allInteractions(db)).map((r) => r.id));
    expect(sorted(receiver.received.keys())).toEqual(ids);
    const [first, ...later] = receiver.deliveries;
    expect(sorted(first?.ids ?? [])).toEqual(ids);
    // Each later request is a half of an earlier one: its records (same ids) under a webhook-id never used before.
    for (const [i, d] of later.entries()) {
      const whole = receiver.deliveries.slice(0, i + 1).find((w) => d.ids.every((id) => w.ids.includes(id)) && w.count > d.count);
      expect(whole, `request ${i + 1} is a half of an earlier one`).toBeDefined();
      expect(d.count).toBeLessThanOrEqual(Math.ceil((whole?.count ?? 0) / 2));
    }
    expect(new Set(receiver.deliveries.map((d) => d.webhookId)).size).toBe(requests);
    expect(receiver.deliveries.every((d) => d.validSignature && d.answered === 200)).toBe(true);
    // Every record went the same number of times (once per level); the receiver stored the repeats once.
    for (const id of ids) expect(receiver.deliveries.filter((d) => d.ids.includes(id)).length).toBe(sends);
    expect(receiver.duplicates).toBe(50 * (sends - 1));
  });

  it('between drains the records wait in two halves, with the reason, none counted delivered', async () => {
    receiver = await startReceiver(SECRET, () => perRecord(35));
    const db = await seed(50);
    const connector = connect(receiver);
    await drainOutbox(db, connector, { maxRequests: 1 });
    const entries = await db.getAll('outbox');
    expect(await outboxCounts(db)).toEqual({ pending: 50, attention: 0, sent: 0 });
    const halves = new Map<string, number>();
    for (const e of entries) halves.set(e.batch ?? '', (halves.get(e.batch ?? '') ?? 0) + 1);
    expect([...halves.values()]).toEqual([25, 25]);
    expect(halves.has(receiver.deliveries[0]?.webhookId ?? '')).toBe(false);
    // What the log tab shows: still being delivered, and why it took another try.
    const summary = summarizeOutbox(entries);
    expect(summary).toEqual(expect.objectContaining({ pending: 50, attention: 0 }));
    expect(summary.retryError).toMatch(/not read whole/);
    expect(deliveryProblem(summary.retryError ?? '').key).toBe('problemAnswer');
    await drainOutbox(db, connector);
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 0, sent: 50 });
    expect(receiver.received.size).toBe(50);
  });

  it('a half that meets a 503 is retried under its own webhook-id, and then delivered', async () => {
    receiver = await startReceiver(SECRET, (n) => (n === 1 ? { kind: 'status', status: 503 } : perRecord(35)));
    const db = await seed(50);
    const connector = connect(receiver);
    const deadline = Date.now() + 10_000;
    while ((await outboxCounts(db)).pending > 0 && Date.now() < deadline) {
      await drainOutbox(db, connector, { baseMs: 20, capMs: 100 });
      await sleep(30);
    }
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 0, sent: 50 });
    expect(receiver.received.size).toBe(50);
    const failed = receiver.deliveries[1];
    expect(failed?.answered).toBe(503);
    const retry = receiver.deliveries.slice(2).find((d) => d.webhookId === failed?.webhookId);
    expect(sorted(retry?.ids ?? [])).toEqual(sorted(failed?.ids ?? []));
    expect(receiver.deliveries.length).toBe(4);
  });

  it('an answer cut even for one record leaves every record needing attention with the reason, none lost', async () => {
    // Longer than the limit for a single record: no half can ever be read whole.
    receiver = await startReceiver(SECRET, () => ({ kind: 'per-record', detail: MAX_RESPONSE_BYTES + 1 }));
    const db = await seed(5);
    const report = await drainOutbox(db, connect(receiver));
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 5, sent: 0 });
    expect(report).toEqual(expect.objectContaining({ sent: 0, attention: 5, requests: 9 }));
    const entries = await db.getAll('outbox');
    for (const e of entries) expect(e.last_error).toMatch(/not read whole/);
    const summary = summarizeOutbox(entries);
    expect(deliveryProblem(summary.attentionError ?? '').key).toBe('problemAnswer');
    // Each record was last tried alone; the receiver did store them, but nothing said so readably.
    expect(receiver.deliveries.filter((d) => d.count === 1).length).toBe(5);
    expect(receiver.received.size).toBe(5);
    // A later drain sends nothing more until someone presses retry.
    await drainOutbox(db, connect(receiver));
    expect(receiver.deliveries.length).toBe(9);
  });
});

describe('test connection', () => {
  it('says ok, bad secret, wrong URL, unreachable', async () => {
    receiver = await startReceiver(SECRET);
    const cfg = (endpoint: string, secret = SECRET): ConnectorConfig => ({ kind: 'webhook', endpoint, secret });
    expect(await testConnection(cfg(receiver.url), delivery)).toEqual({ ok: true });
    expect(await testConnection(cfg(receiver.url, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAA'), delivery)).toEqual(
      expect.objectContaining({ ok: false, reason: 'unauthorized' }),
    );
    expect(await testConnection(cfg(receiver.url.replace('/hooks/murshid', '/wrong')), delivery)).toEqual(
      expect.objectContaining({ ok: false, reason: 'not_found' }),
    );
    expect(await testConnection(cfg('http://127.0.0.1:9/'), delivery)).toEqual(expect.objectContaining({ ok: false, reason: 'network' }));
  });
});

/** A server that records requests and answers with `reply`. */
async function crmServer(reply: (path: string, body: string) => unknown) {
  const requests: { path: string; headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    requests.push({ path: req.url ?? '', headers: req.headers, body });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply(req.url ?? '', body)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('CRM connectors send the documented request shapes', () => {
  const record = newInteraction(
    { channel: 'phone', beneficiary: { name: 'نورة', phone: '+966551234567' }, outcome: 'referred', notes: 'ملاحظة' },
    new Date('2026-11-29T08:30:00Z'),
  );

  it('CiviCRM APIv4 Activity.save, matched on the UUID custom field, X-Civi-Auth', async () => {
    const crm = await crmServer(() => ({ values: [{ id: 1 }], count: 1 }));
    const connector = createConnector({ kind: 'civicrm', endpoint: `${crm.url}/civicrm/ajax/api4`, secret: 'KEY123' }, delivery);
    expect(await connector.deliver([record], 'x')).toEqual({ kind: 'ok' });
    const req = crm.requests[0];
    expect(req?.path).toBe('/civicrm/ajax/api4/Activity/save');
    expect(req?.headers['x-civi-auth']).toBe('Bearer KEY123');
    const params = JSON.parse(new URLSearchParams(req?.body).get('params') ?? '{}');
    expect(params.match).toEqual(['Murshid.UUID']);
    expect(params.records[0]).toEqual(
      expect.objectContaining({
        activity_type_id: 'Meeting',
        'Murshid.UUID': record.id,
        activity_date_time: '2026-11-29 08:30:00',
        details: 'ملاحظة',
        'Murshid.Outcome': 'referred',
        'Murshid.Phone': '+966551234567',
      }),
    );
    await crm.close();
  });

  it('Odoo JSON-2: search_read for existing UUIDs, then create only the new ones', async () => {
    const other = newInteraction({ channel: 'phone', beneficiary: { name: 'سعد' } });
    const crm = await crmServer((path) => (path.endsWith('/search_read') ? [{ id: 7, x_murshid_uuid: other.id }] : [42]));
    const connector = createConnector({ kind: 'odoo', endpoint: crm.url, secret: 'odoo-key' }, delivery);
    expect(await connector.deliver([record, other], 'x')).toEqual({ kind: 'ok' });
    expect(crm.requests.map((r) => r.path)).toEqual(['/json/2/x_murshid_interaction/search_read', '/json/2/x_murshid_interaction/create']);
    expect(crm.requests[0]?.headers.authorization).toBe('bearer odoo-key');
    expect(JSON.parse(crm.requests[0]?.body ?? '{}')).toEqual({ domain: [['x_murshid_uuid', 'in', [record.id, other.id]]], fields: ['x_murshid_uuid'] });
    const created = JSON.parse(crm.requests[1]?.body ?? '{}').vals_list;
    expect(created).toEqual([expect.objectContaining({ x_murshid_uuid: record.id, x_name: 'نورة', x_outcome: 'referred' })]);
    await crm.close();
  });

  it('Odoo /jsonrpc execute_kw, and an RPC error becomes "needs attention"', async () => {
    let fail = false;
    const crm = await crmServer((_p, body) => {
      const method = JSON.parse(body).params.args[4];
      if (fail) return { jsonrpc: '2.0', id: 1, error: { message: 'Odoo Server Error', data: { message: 'x_outcome: wrong value' } } };
      return { jsonrpc: '2.0', id: 1, result: method === 'search_read' ? [] : [5] };
    });
    const cfg: ConnectorConfig = {
      kind: 'odoo',
      endpoint: crm.url,
      secret: 'pw',
      odoo: { api: 'jsonrpc', model: 'x_murshid_interaction', uuidField: 'x_murshid_uuid', database: 'wa3i', uid: 2, fields: { x_name: 'beneficiary.name' } },
    };
    const connector = createConnector(cfg, delivery);
    expect(await connector.deliver([record], 'x')).toEqual({ kind: 'ok' });
    const call = JSON.parse(crm.requests[1]?.body ?? '{}');
    expect(crm.requests[1]?.path).toBe('/jsonrpc');
    expect(call.params).toEqual({
      service: 'object',
      method: 'execute_kw',
      args: ['wa3i', 2, 'pw', 'x_murshid_interaction', 'create', [[{ x_name: 'نورة', x_murshid_uuid: record.id }]]],
    });
    fail = true;
    expect(await connector.deliver([record], 'x')).toEqual(
      expect.objectContaining({ kind: 'reject', error: expect.stringContaining('x_outcome: wrong value') }),
    );
    await crm.close();
  });
});

describe('the documented webhook schema', () => {
  it('describes every field the client sends, with the same required ones', async () => {
    const { readFileSync } = await import('node:fs');
    const { InteractionSchema } = await import('../../utils/log');
    const doc = JSON.parse(readFileSync('docs/webhook.schema.json', 'utf8'));
    const props = doc.$defs.interaction.properties as Record<string, unknown>;
    const ours = Object.keys(InteractionSchema.entries);
    expect(Object.keys(props).sort()).toEqual([...ours].sort());
    const required = ours.filter((k) => !String((InteractionSchema.entries as Record<string, { type: string }>)[k]?.type).includes('optional'));
    expect([...doc.$defs.interaction.required].sort()).toEqual(required.sort());
    expect(doc.properties.interactions.maxItems).toBe(50);
  });
});
