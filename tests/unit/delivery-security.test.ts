import 'fake-indexeddb/auto';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type Fault, type Receiver, startReceiver } from '../../scripts/lib/receiver';
import { type Interaction, newInteraction, openLogDb, saveInteraction } from '../../utils/log';
import { createConnector, drainOutbox, outboxCounts, send } from '../../utils/sync';
import { MAX_RESPONSE_BYTES } from '../../utils/sync/http';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ctx = { channels: ['phone'], topics: ['inquiry'], today: new Date(), isNew: true };
const delivery = { fetch: (u: string, i: RequestInit) => fetch(u, i), now: () => new Date(), timeoutMs: 2000 };
let dbs = 0;

async function seed(n: number, extra: Partial<Interaction> = {}) {
  const db = await openLogDb(`delivery-security-${++dbs}`);
  for (let i = 0; i < n; i++) await saveInteraction(db, newInteraction({ channel: 'phone', beneficiary: { name: `مستفيد ${i}` }, ...extra }), ctx);
  return db;
}

/** Another origin that counts every request it gets (it must get none). */
async function otherOrigin() {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/steal`, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});
async function receiverWith(fault: Fault): Promise<Receiver> {
  const r = await startReceiver(SECRET, () => fault);
  closers.push(r.close);
  return r;
}

describe('a redirect is never a delivery', () => {
  it.each([308, 307, 302, 301, 303])(
    'an endpoint answering %i to another origin: nothing delivered, the other origin gets nothing, records need attention',
    async (status) => {
      const thief = await otherOrigin();
      closers.push(thief.close);
      const receiver = await receiverWith({ kind: 'status', status, location: thief.url, body: '' });
      const db = await seed(20);
      const report = await drainOutbox(db, createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery));
      expect(report.sent).toBe(0);
      expect(thief.hits).toEqual([]);
      expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 20, sent: 0 });
      const entry = (await db.getAll('outbox'))[0];
      expect(entry?.last_error).toMatch(new RegExp(`redirect ${status}.*not a delivery`));
      expect(await db.count('interactions')).toBe(20);
    },
  );

  it('an opaque redirect (how a browser reports a manual redirect) is refused too', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null, redirected: false } as unknown as Response;
    const attempt = await send(
      async () => opaque,
      'https://receiver.example/hook',
      { method: 'POST', body: '{}' },
      1000,
      () => new Date(),
    );
    expect(attempt).toEqual(expect.objectContaining({ kind: 'reject', error: expect.stringContaining('not a delivery') }));
  });

  it('CRM connectors do not follow a redirect with their API key either', async () => {
    const thief = await otherOrigin();
    closers.push(thief.close);
    const receiver = await receiverWith({ kind: 'status', status: 307, location: thief.url, body: '' });
    const base = receiver.url.replace('/hooks/murshid', '');
    for (const kind of ['civicrm', 'odoo'] as const) {
      const attempt = await createConnector({ kind, endpoint: base, secret: 'KEY' }, delivery).deliver([newInteraction({ channel: 'phone' })], 'x');
      expect(attempt.kind).toBe('reject');
    }
    expect(thief.hits).toEqual([]);
  });
});

describe('the Google Apps Script exception (its POST is always answered by a 302)', () => {
  /** A fetch answer after following redirects, as a browser reports it. */
  const followed = (finalUrl: string, body: string) =>
    Object.defineProperties(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }), {
      redirected: { value: true },
      url: { value: finalUrl },
    });
  const APPS = 'https://script.google.com/macros/s/AKfy/exec?token=T';

  it('is followed only for script.google.com, and the answer is accepted only from script.googleusercontent.com', async () => {
    const seen: RequestRedirect[] = [];
    const ok = await send(
      async (_u, init) => {
        seen.push(init.redirect as RequestRedirect);
        return followed('https://script.googleusercontent.com/macros/echo?user_content_key=k', '{"ok":true,"received":["a"]}');
      },
      APPS,
      { method: 'POST', body: '{}' },
      2000,
      () => new Date(),
      ['a', 'b'],
      { appsScript: true },
    );
    expect(ok).toEqual({ kind: 'ok', received: ['a'] });
    const elsewhere = await send(
      async () => followed('https://evil.example/collect', '{"ok":true,"received":["a"]}'),
      APPS,
      { method: 'POST', body: '{}' },
      2000,
      () => new Date(),
      ['a'],
      { appsScript: true },
    );
    expect(elsewhere).toEqual({ kind: 'reject', error: 'redirect to evil.example not accepted', status: 300 });
    // Any other address (even a look-alike) is sent with redirect: manual.
    await send(
      async (_u, init) => {
        seen.push(init.redirect as RequestRedirect);
        return new Response('{"ok":true}', { status: 200 });
      },
      'https://script.google.com.evil.example/exec',
      { method: 'POST', body: '{}' },
      2000,
      () => new Date(),
    );
    expect(seen).toEqual(['follow', 'manual']);
  });

  it('is never followed for a CRM: its request carries its key, which a followed 307 would take to any host', async () => {
    const seen: RequestRedirect[] = [];
    const record = newInteraction({ channel: 'phone', beneficiary: { name: 'مستفيد' } });
    const fetch = async (_u: string, init: RequestInit) => {
      seen.push(init.redirect as RequestRedirect);
      return new Response(null, { status: 302, headers: { location: 'https://script.googleusercontent.com/macros/echo' } });
    };
    const crm = createConnector({ kind: 'civicrm', endpoint: 'https://script.google.com/macros/s/AKfy/exec', secret: 'KEY' }, { ...delivery, fetch });
    const attempt = await crm.deliver([record], 'x');
    expect(seen).toEqual(['manual']);
    expect(attempt.kind).toBe('reject');
  });

  it('the webhook connector keeps that rule: an answer from another host is not a delivery', async () => {
    const record = newInteraction({ channel: 'phone', beneficiary: { name: 'مستفيد' } });
    const body = JSON.stringify({ ok: true, received: [record.id] });
    const deliver = (finalUrl: string) =>
      createConnector({ kind: 'webhook', endpoint: APPS, secret: SECRET }, { ...delivery, fetch: async () => followed(finalUrl, body) }).deliver([record], 'x');
    expect(await deliver('https://evil.example/collect')).toEqual({ kind: 'reject', error: 'redirect to evil.example not accepted', status: 300 });
    expect(await deliver('https://script.googleusercontent.com/macros/echo?user_content_key=k')).toEqual({ kind: 'ok', received: [record.id] });
  });
});

describe('the endpoint is checked at every request, whoever set it', () => {
  it.each(['http://example.org/hook', 'ftp://127.0.0.1/x', 'not a url'])('%s is never contacted and the records wait with the reason', async (endpoint) => {
    let calls = 0;
    const db = await seed(3);
    const connector = createConnector(
      { kind: 'webhook', endpoint, secret: SECRET },
      {
        ...delivery,
        fetch: async () => {
          calls++;
          return new Response('');
        },
      },
    );
    await drainOutbox(db, connector);
    expect(calls).toBe(0);
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 3, sent: 0 });
    expect((await db.getAll('outbox'))[0]?.last_error).toMatch(/endpoint refused/);
  });
});

describe('positive acknowledgement', () => {
  it('an endpoint that says ok but names no record delivered nothing', async () => {
    const receiver = await receiverWith({ kind: 'status', status: 200, body: '{"ok":true,"received":[]}' });
    const db = await seed(4);
    await drainOutbox(db, createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery));
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 4, sent: 0 });
    expect((await db.getAll('outbox'))[0]?.last_error).toMatch(/not acknowledged/);
  });

  it('only the ids named (and of this batch) count', async () => {
    const db = await seed(3);
    const ids = (await db.getAll('interactions')).map((r) => r.id);
    const body = JSON.stringify({ ok: true, received: [ids[0], 'someone-else'] });
    const receiver = await receiverWith({ kind: 'status', status: 200, body });
    await drainOutbox(db, createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery));
    const states = Object.fromEntries((await db.getAll('outbox')).map((e) => [e.id, e.state]));
    expect(states).toEqual({ [ids[0] as string]: 'sent', [ids[1] as string]: 'attention', [ids[2] as string]: 'attention' });
  });

  it('{"ok":false} (the Sheet receiver with a bad token) is a refusal, with its reason', async () => {
    const receiver = await receiverWith({ kind: 'status', status: 200, body: '{"ok":false,"error":"bad token"}' });
    const db = await seed(2);
    await drainOutbox(db, createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery));
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 2, sent: 0 });
    expect((await db.getAll('outbox'))[0]?.last_error).toMatch(/bad token/);
  });

  it.each([
    [200, ''],
    [204, ''],
    [200, 'thanks'],
    [202, '{"status":"queued"}'],
  ])('a plain %i with body %j still counts as delivered (Standard Webhooks)', async (status, body) => {
    const receiver = await receiverWith({ kind: 'status', status, body });
    const db = await seed(2);
    await drainOutbox(db, createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery));
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 0, sent: 2 });
  });

  it('the local receiver acknowledges what it stored', async () => {
    const receiver = await receiverWith({ kind: 'ok' });
    const db = await seed(5);
    await drainOutbox(db, createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery));
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 0, sent: 5 });
  });
});

describe('answers are read with a size limit', () => {
  it('a huge error body is cut, not buffered whole', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled += 65536;
        if (pulled > 50 * 1024 * 1024) c.close();
        else c.enqueue(new Uint8Array(65536).fill(65));
      },
    });
    const attempt = await send(
      async () => new Response(stream, { status: 400 }),
      'https://receiver.example/hook',
      { method: 'POST' },
      5000,
      () => new Date(),
    );
    expect(attempt.kind).toBe('reject');
    expect(pulled).toBeLessThan(MAX_RESPONSE_BYTES * 2);
  });
});

describe('sensitive fields are opt-in per connector', () => {
  it('national_id and verification_note stay home unless the connector includes them', async () => {
    const receiver = await receiverWith({ kind: 'ok' });
    const extra = { beneficiary: { name: 'نورة', national_id: '1000000008' }, verification_note: 'رأيت الهوية' };
    const db = await seed(1, extra);
    await drainOutbox(db, createConnector({ kind: 'webhook', endpoint: receiver.url, secret: SECRET }, delivery));
    const sent = [...receiver.received.values()][0] as Record<string, unknown> & { beneficiary: Record<string, unknown> };
    expect(sent.beneficiary.name).toBe('نورة');
    expect(sent.beneficiary).not.toHaveProperty('national_id');
    expect(sent).not.toHaveProperty('verification_note');

    const db2 = await seed(1, extra);
    const opted = createConnector(
      { kind: 'webhook', endpoint: receiver.url, secret: SECRET, include: { national_id: true, verification_note: true } },
      delivery,
    );
    await drainOutbox(db2, opted);
    const id = (await db2.getAll('interactions'))[0]?.id as string;
    expect((receiver.received.get(id) as { beneficiary: { national_id?: string } }).beneficiary.national_id).toBe('1000000008');
    expect(receiver.received.get(id)?.verification_note).toBe('رأيت الهوية');
  });
});

describe('npm run sync:soak against a redirecting endpoint', () => {
  /** The exact command of issue #17, run asynchronously: the receivers live in this process and must keep answering. */
  const soak = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string }>((resolve) => {
      execFile('npm', ['run', '-s', 'sync:soak', '--', ...args], { timeout: 60_000 }, (e, stdout) =>
        resolve({ status: e ? ((e as { code?: number }).code ?? 1) : 0, stdout }),
      );
    });

  it('reports nothing delivered, the other origin receives nothing, the records need attention with the reason', async () => {
    const thief = await otherOrigin();
    closers.push(thief.close);
    const receiver = await receiverWith({ kind: 'status', status: 308, location: thief.url, body: '' });
    const run = await soak(['--endpoint', receiver.url, '--secret', SECRET, '--count', '20', '--json']);
    const last = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(last).toEqual(expect.objectContaining({ created: 20, delivered: 0, attention: 20, pending: 0 }));
    expect(Object.keys(last.attention_reasons)).toHaveLength(1);
    expect(Object.keys(last.attention_reasons)[0]).toMatch(/redirect 308 to http:\/\/localhost:\d+.*not a delivery/);
    expect(Object.values(last.attention_reasons)).toEqual([20]);
    expect(run.status).not.toBe(0);
    expect(receiver.deliveries.length).toBeGreaterThanOrEqual(1);
    expect(thief.hits).toEqual([]);

    // The human-readable line says it too.
    const text = await soak(['--endpoint', receiver.url, '--secret', SECRET, '--count', '3']);
    expect(text.stdout).toMatch(/delivered 0\/3 .*needing attention 3/);
    expect(text.stdout).toMatch(/3 need attention: redirect 308/);
    expect(thief.hits).toEqual([]);
  }, 120_000);
});
