import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  allInteractions,
  DB_VERSION,
  deleteInteraction,
  filterInteractions,
  type Interaction,
  importInteractions,
  isValidSaudiId,
  maskId,
  newInteraction,
  normalizeSaudiMobile,
  openLogDb,
  overdueCount,
  parseImport,
  purgeExpired,
  recentInteractions,
  restoreInteraction,
  saveInteraction,
  toCsv,
  toJson,
  type ValidationContext,
  validateInteraction,
} from '../../utils/log';

const now = new Date(2026, 10, 29, 10); // Sunday 29 Nov 2026
const ctx: ValidationContext = { channels: ['social-media', 'phone'], topics: ['inquiry', 'complaint'], today: now, isNew: true };
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const make = (init: Partial<Interaction> = {}) => newInteraction({ channel: 'social-media', beneficiary: { name: 'نورة' }, ...init }, now, uuid);
let dbCount = 0;
const freshDb = () => openLogDb(`test-${++dbCount}`);

describe('validation', () => {
  it('accepts Saudi mobiles in every usual form, and only those', () => {
    for (const m of ['0551234567', '+966551234567', '00966551234567', '٠٥٥١٢٣٤٥٦٧', '055 123 4567']) expect(normalizeSaudiMobile(m)).toBe('+966551234567');
    for (const m of ['0451234567', '05512345', '+966451234567', '1234567890']) expect(normalizeSaudiMobile(m)).toBeNull();
  });

  it('checks national ID and iqama check digits', () => {
    expect(isValidSaudiId('1000000008')).toBe(true);
    expect(isValidSaudiId('2000000006')).toBe(true);
    expect(isValidSaudiId('1000000009')).toBe(false);
    expect(isValidSaudiId('3000000004')).toBe(false);
    expect(isValidSaudiId('100000000')).toBe(false);
    expect(maskId('1000000008')).toBe('1•••••••08');
  });

  it('names each bad field', () => {
    const r = make({ beneficiary: { name: '', phone: '123', national_id: '1000000009' }, notes: 'x'.repeat(2001), satisfaction: { score: 7 } });
    expect(validateInteraction(r, ctx).map((e) => `${e.field}:${e.code}`)).toEqual([
      'beneficiary.name:required',
      'beneficiary.phone:phone',
      'beneficiary.national_id:national_id_check',
      'notes:too_long',
      'satisfaction.score:score',
    ]);
  });

  it('a referral needs a follow-up at least a week out, not on the weekend, not in the past', () => {
    expect(validateInteraction(make({ outcome: 'referred' }), ctx)).toEqual([]); // default due: a week out
    const at = (due: string) => validateInteraction(make({ outcome: 'referred', follow_up: { due } }), ctx).map((e) => e.code);
    expect(at('2026-11-20')).toEqual(['due_before_today']);
    expect(at('2026-12-03')).toEqual(['due_too_soon']);
    expect(at('2026-12-11')).toEqual(['due_weekend']);
    expect(at('2026-12-13')).toEqual([]);
    expect(validateInteraction(make({ outcome: 'referred', follow_up: undefined }), ctx).map((e) => e.code)).toEqual(['due_required']);
  });
});

describe('storage', () => {
  it('saves whole or not at all, queued for delivery', async () => {
    const db = await freshDb();
    const bad = make({ beneficiary: { name: 'x', phone: 'nope' } });
    expect(await saveInteraction(db, bad, ctx, now)).toEqual({ ok: false, errors: [{ field: 'beneficiary.phone', code: 'phone' }] });
    expect(await db.count('interactions')).toBe(0);
    expect(await db.count('outbox')).toBe(0);
    const good = make();
    expect((await saveInteraction(db, good, ctx, now)).ok).toBe(true);
    expect(await db.get('outbox', good.id)).toEqual(expect.objectContaining({ state: 'pending', attempts: 0 }));
  });

  it('lists newest first; delete and undo restore the record', async () => {
    const db = await freshDb();
    const a = make({ occurred_at: '2026-11-01T08:00:00.000Z' });
    const b = make({ occurred_at: '2026-11-02T08:00:00.000Z' });
    for (const r of [a, b]) await saveInteraction(db, r, { ...ctx, isNew: false }, now);
    expect((await recentInteractions(db, 1)).map((r) => r.id)).toEqual([b.id]);
    const removed = await deleteInteraction(db, a.id);
    expect((await allInteractions(db)).map((r) => r.id)).toEqual([b.id]);
    await restoreInteraction(db, removed as Interaction);
    expect((await allInteractions(db)).map((r) => r.id)).toEqual([b.id, a.id]);
  });

  it('migrates a version-1 database, keeping its records', async () => {
    const name = `legacy-${Date.now()}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('interactions', { keyPath: 'id' }).createIndex('by_occurred', 'occurred_at');
      },
    });
    const old = { ...make({ outcome: 'referred' }), updated_at: undefined, schema_version: undefined } as unknown as Interaction;
    await v1.put('interactions', old);
    v1.close();
    const db = await openLogDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['acknowledgements', 'interactions', 'outbox']);
    expect([...db.transaction('interactions').store.indexNames].sort()).toEqual(['by_due', 'by_occurred', 'by_updated']);
    const migrated = await db.get('interactions', old.id);
    expect(migrated?.updated_at).toBe(old.created_at);
    expect(migrated?.schema_version).toBe(2);
    expect(migrated?.info_complete).toBe(false);
    expect((await db.getAllFromIndex('interactions', 'by_due')).map((r) => r.id)).toEqual([old.id]);
  });

  it('imports deduplicated by id, and purges only delivered old records', async () => {
    const db = await freshDb();
    const a = make({ occurred_at: '2026-01-01T08:00:00.000Z' });
    const b = make({ occurred_at: '2026-11-01T08:00:00.000Z' });
    expect(await importInteractions(db, [a, b, a])).toEqual({ added: 2, skipped: 1 });
    await db.put('outbox', { id: a.id, state: 'sent', attempts: 1, next_at: 0 });
    expect(await purgeExpired(db, 180, now)).toEqual(expect.objectContaining({ delivered: 1, undelivered: 0 }));
    expect((await allInteractions(db)).map((r) => r.id)).toEqual([b.id]);
  });
});

describe('export and import', () => {
  const records = [make({ beneficiary: { name: 'نورة "أم سعد"', phone: '+966551234567' }, notes: '=HYPERLINK("x")\nسطر' })];

  it('CSV has a BOM, Arabic intact, ISO and Hijri dates, quoted cells, no formulas', () => {
    const csv = toCsv(records, { lang: 'en' });
    expect(csv.startsWith('\uFEFFID,Occurred at (ISO),Local date and time,Hijri date,')).toBe(true);
    const row = csv.split('\r\n')[1] ?? '';
    expect(row).toContain('"نورة ""أم سعد"""');
    expect(row).toContain(`,${now.toISOString()},2026-11-29 10:00,1448-06-19,`);
    expect(row).toContain('"\'=HYPERLINK(""x"")\nسطر"');
  });

  it('a reply suggestion is kept as the template id and whether it was used, in JSON and CSV', () => {
    const withSuggestion = [make({ template_id: 'social-complaint', suggestion: { template_id: 'social-status', used: false } })];
    const csv = toCsv(withSuggestion, { lang: 'en', label: (_, id) => `«${id}»` }).split('\r\n');
    const header = (csv[0] ?? '').split(',');
    const row = (csv[1] ?? '').split(',');
    expect(row[header.indexOf('Suggested template')]).toBe('«social-status»');
    expect(row[header.indexOf('Suggested template used')]).toBe('No');
    expect(parseImport(toJson(withSuggestion), ctx)).toEqual({ ok: true, records: withSuggestion });
    const bad = JSON.parse(toJson(withSuggestion));
    bad.interactions[0].suggestion = { template_id: 'social-status', used: 'yes' };
    expect(parseImport(JSON.stringify(bad), ctx)).toEqual(expect.objectContaining({ ok: false, error: 'record' }));
  });

  it('JSON round-trips; a corrupt file is refused whole', () => {
    const back = parseImport(toJson(records), ctx);
    expect(back).toEqual({ ok: true, records });
    expect(parseImport('{ not json', ctx).ok).toBe(false);
    expect(parseImport('{"interactions": 5}', ctx)).toEqual({ ok: false, error: 'shape' });
    const broken = JSON.parse(toJson([...records, { ...(records[0] as Interaction), id: 'x' }]));
    expect(parseImport(JSON.stringify(broken), ctx)).toEqual(expect.objectContaining({ ok: false, error: 'record', index: 1, field: 'id' }));
  });
});

describe('queries', () => {
  const list = [
    make({ occurred_at: '2026-11-10T08:00:00.000Z', channel: 'phone', outcome: 'referred', follow_up: { due: '2026-11-17' } }),
    make({ occurred_at: '2026-11-20T08:00:00.000Z', outcome: 'referred', follow_up: { due: '2026-12-01' } }),
    make({
      occurred_at: '2026-11-25T08:00:00.000Z',
      beneficiary: { name: 'أحمد', phone: '+966500000000' },
      follow_up: { due: '2026-11-26', done_at: '2026-11-26' },
    }),
  ];

  it('filters by date range, channel, outcome, follow-up state and text', () => {
    const ids = (f: Parameters<typeof filterInteractions>[1]) => filterInteractions(list, f, now).map((r) => list.indexOf(r));
    expect(ids({ from: '2026-11-15' })).toEqual([1, 2]);
    expect(ids({ channel: 'phone' })).toEqual([0]);
    expect(ids({ outcome: 'referred', to: '2026-11-15' })).toEqual([0]);
    expect(ids({ followUp: 'overdue' })).toEqual([0]);
    expect(ids({ followUp: 'open' })).toEqual([0, 1]);
    expect(ids({ followUp: 'done' })).toEqual([2]);
    expect(ids({ text: 'احمد' })).toEqual([2]);
    expect(overdueCount(list, now)).toBe(1);
  });
});
