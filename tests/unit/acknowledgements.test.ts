import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type Receiver, startReceiver } from '../../scripts/lib/receiver';
import { type Acknowledgement, newInteraction, openLogDb, saveAcknowledgement, saveInteraction } from '../../utils/log';
import { createConnector, drainOutbox, outboxCounts, webhookBody } from '../../utils/sync';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ctx = { channels: ['phone'], topics: ['inquiry'], today: new Date(), isNew: true };
const delivery = { fetch: (u: string, i: RequestInit) => fetch(u, i), now: () => new Date(), timeoutMs: 2000 };
let dbs = 0;

const ack = (version: string, name = 'سارة'): Acknowledgement => ({
  id: crypto.randomUUID(),
  type: 'pack_acknowledged',
  pack_id: 'wa3i',
  version,
  sha256: 'a'.repeat(64),
  staff: { name, branch: 'فرع الرياض' },
  acknowledged_at: new Date('2026-12-02T08:00:00Z').toISOString(),
});

let receiver: Receiver | null = null;
afterEach(async () => {
  await receiver?.close();
  receiver = null;
});

describe('acknowledgements go through the outbox', () => {
  it('the webhook body keeps {"interactions":[…]} and adds acknowledgements only when there are some', () => {
    const r = newInteraction({ channel: 'phone', beneficiary: { name: 'مستفيد' } });
    expect(JSON.parse(webhookBody([r]))).toEqual({ interactions: [r] });
    const a = ack('1.2');
    expect(JSON.parse(webhookBody([], [a]))).toEqual({ interactions: [], acknowledgements: [a] });
  });

  it('are delivered signed, with interactions in the same batch, never more than 50 records a request', async () => {
    receiver = await startReceiver(SECRET);
    const db = await openLogDb(`acks-${++dbs}`);
    for (let i = 0; i < 30; i++) await saveInteraction(db, newInteraction({ channel: 'phone', beneficiary: { name: `مستفيد ${i}` } }), ctx);
    const acks = Array.from({ length: 30 }, (_, i) => ack('1.2', `موظف ${i}`));
    for (const a of acks) await saveAcknowledgement(db, a);
    const bodies: { interactions: unknown[]; acknowledgements?: unknown[] }[] = [];
    const connector = createConnector(
      { kind: 'webhook', endpoint: receiver.url, secret: SECRET },
      {
        ...delivery,
        fetch: (u, i) => {
          bodies.push(JSON.parse(String(i.body)));
          return fetch(u, i);
        },
      },
    );
    const report = await drainOutbox(db, connector);
    expect(report.sent).toBe(60);
    expect(await outboxCounts(db)).toMatchObject({ pending: 0, sent: 60 });
    expect(receiver.received.size).toBe(30);
    expect(receiver.acknowledgements.size).toBe(30);
    expect(receiver.badSignatures).toBe(0);
    expect(bodies.every((b) => b.interactions.length + (b.acknowledgements?.length ?? 0) <= 50)).toBe(true);
    expect(bodies.every((b) => Array.isArray(b.interactions))).toBe(true);
    expect([...receiver.acknowledgements.values()].every((a) => a.type === 'pack_acknowledged' && a.version === '1.2')).toBe(true);
    db.close();
  });

  it('CiviCRM gets an Activity of its own type, Odoo a record in its own model', async () => {
    const seen: { url: string; body: string }[] = [];
    const fake = async (url: string, init: RequestInit) => {
      seen.push({ url, body: String(init.body) });
      // Each answers as the real API does: CiviCRM a "values" list, Odoo a list of records, then the new ids.
      const body = url.endsWith('search_read') ? '[]' : url.endsWith('/create') ? '[7]' : '{"values":[{"id":7}]}';
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const a = ack('1.3');
    const civi = createConnector({ kind: 'civicrm', endpoint: 'https://crm.example/civicrm/ajax/api4', secret: 'k' }, { ...delivery, fetch: fake });
    expect(await civi.deliver([], 'r1', [a])).toEqual({ kind: 'ok' });
    const params = JSON.parse(new URLSearchParams(seen[0]?.body).get('params') as string);
    expect(params.records[0]).toMatchObject({ activity_type_id: 'Murshid Pack Acknowledged', subject: 'wa3i 1.3', 'Murshid.UUID': a.id });
    expect(params.match).toEqual(['Murshid.UUID']);

    seen.length = 0;
    const odoo = createConnector({ kind: 'odoo', endpoint: 'https://odoo.example', secret: 'k' }, { ...delivery, fetch: fake });
    expect(await odoo.deliver([], 'r2', [a])).toEqual({ kind: 'ok' });
    const created = seen.find((s) => s.url === 'https://odoo.example/json/2/x_murshid_acknowledgement/create');
    expect(JSON.parse(created?.body as string).vals_list[0]).toMatchObject({ x_murshid_uuid: a.id, x_version: '1.3', x_staff_name: 'سارة' });
  });
});
