/**
 * Soak: creates N interactions through the panel's own code (newInteraction + saveInteraction into
 * IndexedDB — fake-indexeddb here in Node), then drains the outbox to the endpoint with the webhook
 * connector until every record is delivered. Back-off is scaled down; Retry-After is honoured as given.
 * `--local` starts this repository's receiver on 127.0.0.1 instead of naming an endpoint.
 */
import 'fake-indexeddb/auto';
import { parseArgs } from 'node:util';
import { newInteraction, openLogDb, saveInteraction } from '../utils/log';
import { createConnector, drainOutbox, generateSecret, isValidSecret, outboxCounts } from '../utils/sync';
import { startReceiver } from './lib/receiver';

const { values } = parseArgs({
  options: {
    endpoint: { type: 'string' },
    secret: { type: 'string' },
    count: { type: 'string', default: '1000' },
    local: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'timeout-s': { type: 'string', default: '600' },
  },
});
const count = Number(values.count);
const secret = values.secret ?? (values.local ? generateSecret() : '');
if ((!values.endpoint && !values.local) || !isValidSecret(secret) || !(count > 0)) {
  console.error('usage: npm run sync:soak -- --endpoint URL --secret whsec_… --count N [--json]   (or --local to start a local receiver)');
  process.exit(2);
}
const receiver = values.local ? await startReceiver(secret) : null;
const endpoint = receiver?.url ?? (values.endpoint as string);

const db = await openLogDb(`soak-${Date.now()}`);
const channels = ['interview', 'phone', 'social-media', 'letters', 'volunteering', 'website', 'branches'];
const ctx = { channels, topics: ['inquiry'], today: new Date(), isNew: true };
const t0 = performance.now();
for (let i = 0; i < count; i++) {
  const r = newInteraction({ channel: channels[i % channels.length] as string, beneficiary: { name: `مستفيد تجريبي ${i}` }, notes: `soak ${i}` });
  const saved = await saveInteraction(db, r, ctx);
  if (!saved.ok) throw new Error(`record ${i} refused: ${JSON.stringify(saved.errors)}`);
}
const created = performance.now() - t0;

const connector = createConnector({ kind: 'webhook', endpoint, secret }, { fetch: (u, i) => fetch(u, i), now: () => new Date(), timeoutMs: 15_000 });
const deadline = Date.now() + Number(values['timeout-s']) * 1000;
const t1 = performance.now();
let requests = 0;
let counts = await outboxCounts(db);
while (counts.pending > 0 && Date.now() < deadline) {
  const report = await drainOutbox(db, connector, { baseMs: 50, capMs: 2_000 });
  requests += report.requests;
  counts = await outboxCounts(db);
  if (counts.pending > 0 && report.retried > 0) await new Promise((r) => setTimeout(r, 50));
}
const seconds = (performance.now() - t1) / 1000;
await receiver?.close();
// Why records need attention (a redirect, a refused key…): each reason once, with how many records it holds.
const reasons: Record<string, number> = {};
for (const e of await db.getAll('outbox')) if (e.state === 'attention') reasons[e.last_error ?? '?'] = (reasons[e.last_error ?? '?'] ?? 0) + 1;

const result = {
  created: count,
  delivered: counts.sent,
  attention: counts.attention,
  pending: counts.pending,
  requests,
  create_s: Math.round(created) / 1000,
  deliver_s: Math.round(seconds * 1000) / 1000,
  records_per_s: Math.round(counts.sent / Math.max(seconds, 0.001)),
  attention_reasons: reasons,
  ...(receiver ? { receiver_unique: receiver.received.size, bad_signatures: receiver.badSignatures } : {}),
};
if (values.json) console.log(JSON.stringify(result));
else
  console.log(
    `delivered ${result.delivered}/${count} in ${result.deliver_s} s (${result.records_per_s} records/s, ${requests} requests); needing attention ${result.attention}; created in ${result.create_s} s${Object.entries(
      reasons,
    )
      .map(([reason, n]) => `\n  ${n} need attention: ${reason}`)
      .join('')}`,
  );
process.exit(counts.sent === count ? 0 : 1);
