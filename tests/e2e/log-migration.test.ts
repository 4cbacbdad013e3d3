import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXTENSION_DIR, launchExtension } from './helpers';

/**
 * Records as version 2 of the database held them (record schema 1, before the five steps were
 * recorded apart): a mix of outcomes, follow-ups open and done, delivered and waiting.
 */
const OUTCOMES = ['answered', 'service_delivered', 'referred', 'awaiting_documents', 'closed'];
const OLD = Array.from({ length: 12 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  schema_version: 1,
  occurred_at: `2026-10-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`,
  created_at: `2026-10-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`,
  updated_at: `2026-10-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`,
  channel: i % 2 ? 'phone' : 'social-media',
  direction: 'incoming',
  beneficiary: { name: `مستفيد قديم ${i + 1}`, phone: '+966550001111', ...(i % 3 === 0 ? { national_id: '1000000008' } : {}) },
  topic: 'inquiry',
  verified: i % 2 === 0,
  ...(i % 4 === 0 ? { verification_note: 'طوبق الصك' } : {}),
  outcome: OUTCOMES[i % OUTCOMES.length],
  ...(i % OUTCOMES.length === 2
    ? { referral_reason: 'دراسة الطلب', follow_up: { due: '2026-10-20', ...(i > 6 ? { done_at: '2026-10-21T10:00:00.000Z', result: 'تم' } : {}) } }
    : {}),
  notes: `ملاحظة ${i + 1}`,
}));

test('a real version-2 database in Chromium: the new build opens it with every record there, mapped to the five steps', async () => {
  // One folder is first a stub holding the old database, then the new build: same path, same extension id, same storage.
  const dir = mkdtempSync(join(tmpdir(), 'murshid-ext-'));
  const profile = mkdtempSync(join(tmpdir(), 'murshid-migrate-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Murshid (old data)', version: '0.0.1', background: { service_worker: 'bg.js' } }),
  );
  writeFileSync(join(dir, 'bg.js'), 'self.addEventListener("install", () => {});\n');
  writeFileSync(join(dir, 'seed.html'), '<!doctype html><title>seed</title>\n');
  let ext = await launchExtension(profile, dir);
  const oldId = ext.id;
  try {
    const seed = await ext.context.newPage();
    await seed.goto(ext.url('seed.html'));
    // The version-2 schema exactly as utils/log/db.ts built it before this change.
    const stored = await seed.evaluate(
      (records) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('murshid', 2);
          open.onupgradeneeded = () => {
            const db = open.result;
            const store = db.createObjectStore('interactions', { keyPath: 'id' });
            store.createIndex('by_occurred', 'occurred_at');
            store.createIndex('by_due', 'follow_up.due');
            store.createIndex('by_updated', 'updated_at');
            const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
            outbox.createIndex('by_state', 'state');
            outbox.createIndex('by_due', ['state', 'next_at']);
            outbox.createIndex('by_batch', 'batch');
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['interactions', 'outbox'], 'readwrite');
            for (const [i, r] of records.entries()) {
              tx.objectStore('interactions').put(r);
              tx.objectStore('outbox').put({
                id: r.id,
                state: i < 8 ? 'sent' : 'pending',
                attempts: 1,
                next_at: 4_102_444_800_000,
                sent_at: i < 8 ? r.updated_at : undefined,
              });
            }
            tx.oncomplete = () => {
              const count = db.transaction('interactions').objectStore('interactions').count();
              count.onsuccess = () => {
                db.close();
                resolve(count.result);
              };
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      OLD,
    );
    assert.equal(stored, OLD.length);
  } finally {
    await ext.close(true);
  }

  // The new build replaces the stub in place.
  for (const f of ['manifest.json', 'bg.js', 'seed.html']) rmSync(join(dir, f));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  ext = await launchExtension(profile, dir);
  try {
    assert.equal(ext.id, oldId);
    const page = await ext.context.newPage();
    await page.goto(ext.url('sidepanel.html?tab=log'));
    await page
      .locator('.log-row')
      .nth(OLD.length - 1)
      .waitFor();
    assert.equal(await page.locator('.log-row').count(), OLD.length);
    // Step 4 reads as a request raised for study, not the old «أُحيل للإدارة».
    await page.locator('.log-row', { hasText: 'مستفيد قديم 3' }).getByText('رُفع الطلب للإدارة لدراسته').waitFor();

    const after = await page.evaluate(
      () =>
        new Promise<{ version: number; records: Record<string, unknown>[]; outbox: Record<string, unknown>[] }>((resolve, reject) => {
          const open = indexedDB.open('murshid');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['interactions', 'outbox']);
            const records = tx.objectStore('interactions').getAll();
            const outbox = tx.objectStore('outbox').getAll();
            tx.oncomplete = () => resolve({ version: db.version, records: records.result, outbox: outbox.result });
          };
        }),
    );
    assert.equal(after.version, 3);
    assert.equal(after.records.length, OLD.length);
    for (const old of OLD) {
      const now = after.records.find((r) => r.id === old.id);
      assert.deepEqual(now, { ...old, schema_version: 2, info_complete: false }, `record ${old.id} kept and mapped`);
    }
    // Delivery state untouched: delivered records are not sent again.
    assert.equal(after.outbox.filter((e) => e.state === 'sent').length, 8);
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
