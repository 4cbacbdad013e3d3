import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newInteraction, openLogDb, saveInteraction } from '../../utils/log';
import {
  answerLimit,
  type ConnectorConfig,
  createConnector,
  deliveryProblem,
  drainOutbox,
  type Fetch,
  MAX_ECHO_BYTES,
  MAX_RESPONSE_BYTES,
  outboxCounts,
  parseRetryAfter,
  requestTimeout,
  send,
  testConnection,
} from '../../utils/sync';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const logCtx = { channels: ['phone'], topics: ['inquiry'], today: new Date(), isNew: true };
const locales = Object.fromEntries(
  ['ar', 'en'].map((l) => [l, JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string }>]),
);
let dbs = 0;

async function seed(n: number) {
  const db = await openLogDb(`delivery-hostile-${++dbs}`);
  for (let i = 0; i < n; i++) await saveInteraction(db, newInteraction({ channel: 'phone', beneficiary: { name: `مستفيد ${i}` } }), logCtx);
  return db;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** A fetch answer after redirects were followed, as a browser reports it. */
const followedTo = (url: string, body: string) =>
  Object.defineProperties(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }), {
    redirected: { value: true },
    url: { value: url },
  });

/** Drains `n` records through `cfg` answered by `answer`; what the outbox keeps and the reason people are shown. */
async function drainAgainst(cfg: ConnectorConfig, answer: Fetch, n = 3) {
  const db = await seed(n);
  await drainOutbox(db, createConnector(cfg, { fetch: answer, now: () => new Date(), timeoutMs: 2000 }));
  const counts = await outboxCounts(db);
  const error = (await db.getAll('outbox')).find((e) => e.state !== 'sent')?.last_error ?? '';
  db.close();
  return { counts, error, problem: deliveryProblem(error) };
}

const webhook = (endpoint = 'https://receiver.example/hook'): ConnectorConfig => ({ kind: 'webhook', endpoint, secret: SECRET });
const redirect = (status: number, location: string) => new Response(null, { status, headers: { location } });

describe('every way a hostile endpoint is refused has its own reason, in both languages (never "Unknown error")', () => {
  it.each<[string, ConnectorConfig, Fetch, string]>([
    ['a 302 to another origin', webhook(), async () => redirect(302, 'https://elsewhere.example/collect'), 'problemRedirect'],
    ['a 308 to plain http', webhook(), async () => redirect(308, 'http://receiver.example/hook'), 'problemRedirect'],
    [
      'a manual redirect as a browser reports it (opaque)',
      webhook(),
      async () => ({ type: 'opaqueredirect', status: 0, headers: new Headers(), body: null, redirected: false }) as unknown as Response,
      'problemRedirect',
    ],
    [
      'Apps Script answering from another host',
      webhook('https://script.google.com/macros/s/AKfy/exec'),
      async () => followedTo('https://elsewhere.example/collect', '{"ok":true}'),
      'problemRedirect',
    ],
    ['an http:// address away from this computer', webhook('http://receiver.example/hook'), async () => json({ ok: true }), 'problemEndpoint'],
    ['an ok that names none of the records', webhook(), async () => json({ ok: true, received: [] }), 'problemNotAcknowledged'],
    ['{"ok":false} with its reason', webhook(), async () => json({ ok: false, error: 'bad token' }), 'problemRejected'],
    // Cut at the read limit, the refusal would parse as nothing and count as a plain 2xx.
    ['{"ok":false} padded past the read limit', webhook(), async () => json({ ok: false, error: 'x'.repeat(MAX_RESPONSE_BYTES) }), 'problemAnswer'],
    [
      'CiviCRM saving all three, said past the read limit',
      { kind: 'civicrm', endpoint: 'https://crm.example/civicrm/ajax/api4', secret: 'KEY' },
      async () => json({ values: [{ id: 1 }, { id: 2 }, { id: 3 }], count: 3, padding: ' '.repeat(MAX_RESPONSE_BYTES) }),
      'problemAnswer',
    ],
    [
      'an acknowledgement longer than the read limit',
      webhook(),
      async () => json({ ok: true, received: [], padding: ' '.repeat(MAX_RESPONSE_BYTES) }),
      'problemAnswer',
    ],
  ])('%s', async (name, cfg, answer, key) => {
    const { counts, error, problem } = await drainAgainst(cfg, answer);
    expect(counts).toEqual({ pending: 0, attention: 3, sent: 0 });
    expect(problem.key).toBe(key);
    // An answer cut at the limit says so, rather than being misread as something else.
    if (name.includes('read limit')) expect(error).toMatch(/not read whole/);
    for (const messages of Object.values(locales)) expect(messages[key]?.message).toBeTruthy();
    expect(locales.ar?.[key]?.message).not.toBe(locales.en?.[key]?.message);
  });
});

describe('a long answer that is not an acknowledgement leaves the plain 2xx meaning', () => {
  it('a receiver echoing a long request back with its verdict after it is read whole (up to twice the request)', async () => {
    // A request of about 300 KB (longer than the usual read limit), echoed back whole, then the verdict.
    const body = JSON.stringify({ interactions: [{ id: 'a', note: 'ن'.repeat(150_000) }] });
    const echo = (ok: boolean) => async () => json({ stored: JSON.parse(body), ok, received: ok ? ['a'] : [] });
    const init = { method: 'POST', body };
    expect(await send(echo(true), 'https://receiver.example/hook', init, 2000, () => new Date(), ['a'])).toEqual({ kind: 'ok', received: ['a'] });
    // The refusal after the echo is read, not lost past a cut.
    const refused = await send(echo(false), 'https://receiver.example/hook', init, 2000, () => new Date(), ['a']);
    expect(refused.kind).toBe('reject');
    expect(answerLimit(body)).toBeGreaterThan(2 * 300_000);
    expect(answerLimit('{}')).toBe(MAX_RESPONSE_BYTES);
    expect(answerLimit('x'.repeat(10 * MAX_ECHO_BYTES))).toBe(MAX_ECHO_BYTES);
  });

  it('a cut JSON answer is never taken, whatever the part read says: a verdict may lie past the cut', async () => {
    const echo = async () => json({ stored: 'x'.repeat(MAX_RESPONSE_BYTES), ok: false });
    const { counts, error } = await drainAgainst(webhook(), echo);
    expect(counts).toEqual({ pending: 0, attention: 3, sent: 0 });
    expect(error).toMatch(/not read whole/);
  });

  it('a large batch gets the time to go and come back echoed on a slow line; a small one the usual timeout', () => {
    expect(requestTimeout(15_000, '{"interactions":[]}')).toBe(15_000);
    const big = JSON.stringify({ interactions: [{ note: 'x'.repeat(1024 * 1024) }] });
    // 1 MB sent and up to 2 MB read back at 64 KB/s: 48 s more.
    expect(requestTimeout(15_000, big)).toBeGreaterThanOrEqual(15_000 + 48_000);
    expect(requestTimeout(15_000, big)).toBeLessThan(15_000 + 49_000);
  });

  it('white space padded past the read limit before a refusal is not taken for a plain 2xx, whatever its type says', async () => {
    const padded = async () => new Response(`${' '.repeat(MAX_RESPONSE_BYTES + 10)}{"ok":false}`, { status: 200, headers: { 'content-type': 'text/plain' } });
    const { counts, error } = await drainAgainst(webhook(), padded);
    expect(counts.sent).toBe(0);
    expect(error).toMatch(/not read whole/);
  });

  it('an answer that breaks off while read is a retry, never an empty 2xx taken for a delivery', async () => {
    const broken = async () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode('{"ok":tr'));
            c.error(new Error('connection reset'));
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    const attempt = await send(broken, 'https://receiver.example/hook', { method: 'POST', body: '{}' }, 2000, () => new Date(), ['a']);
    expect(attempt.kind).toBe('retry');
    const { counts } = await drainAgainst(webhook(), broken);
    expect(counts).toEqual({ pending: 3, attention: 0, sent: 0 });
  });

  it('a long web page with a 200 is judged as a web page, not as a cut answer', async () => {
    const page = async () => new Response(`[${'x'.repeat(MAX_RESPONSE_BYTES)}]`, { status: 200, headers: { 'content-type': 'text/html' } });
    const { error } = await drainAgainst(webhook(), page);
    expect(error).not.toMatch(/not read whole/);
  });
});

describe('an answer that grows with the batch past the read limit is asked for again, half a batch at a time', () => {
  it('CiviCRM returning each saved Activity at length: 4 records cut, 2 read whole, all 4 saved', async () => {
    const sizes: number[] = [];
    // Each saved Activity comes back with about a third of the read limit of detail.
    const answer: Fetch = async (_url, init) => {
      const records = JSON.parse(new URLSearchParams(String(init.body)).get('params') ?? '{}').records as unknown[];
      sizes.push(records.length);
      return json({ values: records.map((_, i) => ({ id: i + 1, details: 'x'.repeat(MAX_RESPONSE_BYTES / 3) })), count: records.length });
    };
    const { counts } = await drainAgainst({ kind: 'civicrm', endpoint: 'https://crm.example/civicrm/ajax/api4', secret: 'KEY' }, answer, 4);
    expect(counts).toEqual({ pending: 0, attention: 0, sent: 4 });
    expect(sizes).toEqual([4, 2, 2]);
  });

  it('a webhook answer padded past the limit whatever the batch: every record needs attention, each tried alone last', async () => {
    const sizes: number[] = [];
    const answer: Fetch = async (_url, init) => {
      sizes.push(JSON.parse(String(init.body)).interactions.length);
      return json({ ok: true, received: [], padding: ' '.repeat(MAX_RESPONSE_BYTES) });
    };
    const { counts, problem } = await drainAgainst(webhook(), answer, 3);
    expect(counts).toEqual({ pending: 0, attention: 3, sent: 0 });
    expect(problem.key).toBe('problemAnswer');
    expect(sizes.sort()).toEqual([1, 1, 1, 2, 3]);
  });
});

describe('a CRM that saves fewer records than it was sent has not saved the rest', () => {
  const civicrm: ConnectorConfig = { kind: 'civicrm', endpoint: 'https://crm.example/civicrm/ajax/api4', secret: 'KEY' };
  const odoo: ConnectorConfig = { kind: 'odoo', endpoint: 'https://odoo.example', secret: 'KEY' };

  it.each<[string, ConnectorConfig, Fetch]>([
    ['CiviCRM answering an empty "values" list to three Activities', civicrm, async () => json({ values: [], count: 0 })],
    ['CiviCRM saving one of three', civicrm, async () => json({ values: [{ id: 1 }], count: 1 })],
    ['Odoo creating none of three (an empty id list)', odoo, async (url) => json(url.endsWith('/search_read') ? [] : [])],
    ['Odoo creating one of three', odoo, async (url) => json(url.endsWith('/search_read') ? [] : [41])],
    [
      'Odoo through /jsonrpc creating two of three',
      { ...odoo, odoo: { api: 'jsonrpc', model: 'x_murshid_interaction', uuidField: 'x_murshid_uuid', database: 'db', uid: 2, fields: {} } },
      async (_url, init) => json({ jsonrpc: '2.0', id: 1, result: JSON.parse(String(init.body)).params.args[4] === 'search_read' ? [] : [41, 42] }),
    ],
  ])('%s: nothing is marked delivered, the records need attention with the reason', async (_name, cfg, answer) => {
    const { counts, error, problem } = await drainAgainst(cfg, answer);
    expect(counts).toEqual({ pending: 0, attention: 3, sent: 0 });
    expect(error).toMatch(/of 3 records|for 3 records/);
    expect(problem.key).toBe('problemAnswer');
  });

  it('Odoo already holding one of three creates two, and two ids are the full answer', async () => {
    const seen: unknown[] = [];
    const db = await seed(3);
    const [first] = await db.getAll('interactions');
    const answer: Fetch = async (url, init) => {
      if (url.endsWith('/search_read')) return json([{ id: 9, x_murshid_uuid: first?.id }]);
      seen.push(JSON.parse(String(init.body)).vals_list.length);
      return json([10, 11]);
    };
    await drainOutbox(db, createConnector(odoo, { fetch: answer, now: () => new Date(), timeoutMs: 2000 }));
    expect(seen).toEqual([2]);
    expect(await outboxCounts(db)).toEqual({ pending: 0, attention: 0, sent: 3 });
  });
});

describe('Retry-After from a server that lies or speaks an older dialect', () => {
  const now = new Date('2026-11-28T10:00:00Z');

  it('the asctime form of an HTTP date names no zone but is GMT, wherever the browser is', () => {
    const tz = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Asia/Riyadh', 'America/New_York']) {
        process.env.TZ = zone;
        expect(parseRetryAfter('Sat Nov 28 10:00:05 2026', now), zone).toBe(5000);
      }
    } finally {
      process.env.TZ = tz;
    }
  });

  it.each(['31536000', '99999999999999999999', 'Fri, 31 Dec 9999 23:59:59 GMT'])('%s waits a day at most, not a year or forever', (value) => {
    expect(parseRetryAfter(value, now)).toBe(24 * 60 * 60_000);
  });

  it('the records of a 503 saying "in a year" are tried again within a day', async () => {
    const db = await seed(2);
    const at = new Date(Date.now() + 1000);
    await drainOutbox(
      db,
      createConnector(webhook(), {
        fetch: async () => new Response('', { status: 503, headers: { 'retry-after': '31536000' } }),
        now: () => at,
        timeoutMs: 2000,
      }),
      { now: () => at },
    );
    const entries = await db.getAll('outbox');
    expect(entries.map((e) => e.state)).toEqual(['pending', 'pending']);
    for (const e of entries) expect(e.next_at - at.getTime()).toBeLessThanOrEqual(24 * 60 * 60_000);
    db.close();
  });
});

describe('test connection to a Google Apps Script receiver', () => {
  const APPS = 'https://script.google.com/macros/s/AKfy/exec?token=T';
  const check = (finalUrl: string, body: string) =>
    testConnection(webhook(APPS), { fetch: async () => followedTo(finalUrl, body), now: () => new Date(), timeoutMs: 2000 });

  it('its own 302 to Google’s answer host is the normal way it answers, not a redirect to report', async () => {
    expect(await check('https://script.googleusercontent.com/macros/echo?user_content_key=k', '{"ok":true,"received":[]}')).toEqual({ ok: true });
  });

  it('an answer from any other host is still reported as a redirect, with where it went', async () => {
    expect(await check('https://elsewhere.example/collect', '{"ok":true,"received":[]}')).toEqual({
      ok: false,
      reason: 'redirect',
      detail: 'https://elsewhere.example/collect',
    });
  });
});
