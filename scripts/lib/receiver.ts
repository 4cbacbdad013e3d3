/**
 * A local webhook receiver: checks Standard Webhooks signatures, deduplicates interactions by id,
 * and can be told to misbehave (5xx, 429 + Retry-After, dropped connections, accepted-but-failed,
 * slow answers, 4xx, redirects, answers that lie, acknowledgements that grow with the batch). Used
 * by the tests, the soak and anyone trying the connector by hand.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verify } from '../../utils/sync';

export type Fault =
  | { kind: 'ok' }
  | { kind: 'status'; status: number; retryAfter?: string; body?: string; location?: string }
  | { kind: 'drop' }
  | { kind: 'accept-then-fail' }
  | { kind: 'slow'; ms: number }
  /** Stores, then acknowledges each record at length: `detail` characters per record (an answer that grows with the batch). */
  | { kind: 'per-record'; detail: number };

export interface Delivery {
  webhookId: string;
  at: number;
  count: number;
  /** The interactions' and acknowledgements' ids, as sent. */
  ids: string[];
  validSignature: boolean;
  answered: number | 'dropped';
}

export interface Receiver {
  url: string;
  /** Interactions received, by id (the last version wins). */
  received: Map<string, Record<string, unknown>>;
  /** Acknowledgements of pack changes received, by id. */
  acknowledgements: Map<string, Record<string, unknown>>;
  deliveries: Delivery[];
  duplicates: number;
  badSignatures: number;
  close: () => Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startReceiver(
  secret: string,
  faults: (n: number) => Fault = () => ({ kind: 'ok' }),
  path = '/hooks/murshid',
  port = 0,
): Promise<Receiver> {
  const received = new Map<string, Record<string, unknown>>();
  const acknowledgements = new Map<string, Record<string, unknown>>();
  const deliveries: Delivery[] = [];
  let requests = 0;
  const state = { duplicates: 0, badSignatures: 0 };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== path) {
      res.writeHead(404).end('not found');
      return;
    }
    const id = String(req.headers['webhook-id'] ?? '');
    const ts = Number(req.headers['webhook-timestamp'] ?? 0);
    const validSignature = id !== '' && (await verify(secret, id, ts, body, String(req.headers['webhook-signature'] ?? '')));
    const fault = faults(requests++);
    let list: Record<string, unknown>[] = [];
    let acks: Record<string, unknown>[] = [];
    try {
      const parsed = JSON.parse(body) as { interactions?: Record<string, unknown>[]; acknowledgements?: Record<string, unknown>[] };
      list = parsed.interactions ?? [];
      acks = parsed.acknowledgements ?? [];
    } catch {
      res.writeHead(400).end('bad json');
      return;
    }
    const delivery: Delivery = {
      webhookId: id,
      at: Date.now(),
      count: list.length,
      ids: [...list, ...acks].map((r) => String(r.id)),
      validSignature,
      answered: 200,
    };
    deliveries.push(delivery);
    if (!validSignature) {
      state.badSignatures++;
      delivery.answered = 401;
      res.writeHead(401).end('invalid signature');
      return;
    }
    const store = () => {
      for (const r of list) {
        if (received.has(String(r.id))) state.duplicates++;
        received.set(String(r.id), r);
      }
      for (const a of acks) acknowledgements.set(String(a.id), a);
    };
    if (fault.kind === 'drop') {
      delivery.answered = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'status') {
      delivery.answered = fault.status;
      res
        .writeHead(fault.status, { ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}), ...(fault.location ? { location: fault.location } : {}) })
        .end(fault.body ?? 'error');
      return;
    }
    store();
    if (fault.kind === 'accept-then-fail') {
      delivery.answered = 500;
      res.writeHead(500).end('stored but failed to answer');
      return;
    }
    if (fault.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
    if (fault.kind === 'per-record') {
      const results = [...list, ...acks].map((r) => ({ id: String(r.id), status: 'stored', detail: '.'.repeat(fault.detail) }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, received: results.map((r) => r.id), results }));
      return;
    }
    // A positive acknowledgement: the ids stored (see docs/WEBHOOK.md).
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, received: [...list, ...acks].map((r) => String(r.id)) }));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}${path}`,
    received,
    acknowledgements,
    deliveries,
    get duplicates() {
      return state.duplicates;
    },
    get badSignatures() {
      return state.badSignatures;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
