import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { formatDayMonthYear, parseDayMonthYear } from '../../utils/dates';
import {
  allInteractions,
  changeOutcome,
  DB_VERSION,
  filterInteractions,
  type Interaction,
  localMobile,
  newInteraction,
  openLogDb,
  parseImport,
  procedureStep,
  SCHEMA_VERSION,
  toCsv,
  upgradeInteraction,
  type ValidationContext,
  validateInteraction,
} from '../../utils/log';
import { DEFAULT_CIVICRM_FIELDS, DEFAULT_ODOO_FIELDS, mapRecord } from '../../utils/sync';
import { webhookBody } from '../../utils/sync/webhook';

const now = new Date(2026, 10, 29, 10); // Sunday 29 Nov 2026
const ctx: ValidationContext = { channels: ['social-media', 'phone'], topics: ['inquiry', 'complaint'], today: now, isNew: true };
let n = 0;
const uuid = () => `00000000-0000-4000-9000-${String(++n).padStart(12, '0')}`;
const make = (init: Partial<Interaction> = {}) => newInteraction({ channel: 'phone', beneficiary: { name: 'نورة' }, ...init }, now, uuid);

/** A record exactly as schema 1 stored it (before the five steps were recorded apart). */
const v1Record = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  schema_version: 1,
  occurred_at: `2026-10-0${i}T08:00:00.000Z`,
  created_at: `2026-10-0${i}T08:00:00.000Z`,
  updated_at: `2026-10-0${i}T08:05:00.000Z`,
  channel: 'phone',
  direction: 'incoming',
  beneficiary: { name: `مستفيد ${i}`, phone: '+966550001111' },
  topic: 'inquiry',
  verified: true,
  verification_note: 'الصك مطابق',
  outcome: 'referred',
  referral_reason: 'طلب مساعدة',
  follow_up: { due: '2026-10-12' },
  ...extra,
});

describe('the mobile as staff write it', () => {
  const records = [
    make({ beneficiary: { name: 'أ', phone: '+966533333333' } }),
    make({ beneficiary: { name: 'ب', phone: '+966550001111' } }),
    make({ beneficiary: { name: 'ج', phone: '+966555330000' } }),
  ];
  const found = (text: string) => filterInteractions(records, { text }, now).map((r) => r.beneficiary.name);
  it.each([
    ['0533333333', ['أ']],
    ['+966533333333', ['أ']],
    ['966533333333', ['أ']],
    ['00966533333333', ['أ']],
    ['533333333', ['أ']],
    ['٠٥٥٠٠٠١١١١', ['ب']],
    ['05444', []],
    ['0550', ['ب']],
    ['055 000', ['ب']],
    ['1111', ['ب']],
    ['+9665', ['أ', 'ب', 'ج']],
    ['9665', ['أ', 'ب', 'ج']],
    ['96653', ['أ']],
    ['+966 55 000', ['ب']],
    ['٥٣٣٣', ['أ']],
    ['۰۵۵۰۰۰', ['ب']],
    ['053', ['أ']],
    // A leading 0 or 966 is the start of the number: 0533… is not the 533 inside 0555330000.
    ['0533', ['أ']],
    ['533', ['أ', 'ج']],
    ['3300', ['ج']],
  ])('a search for %s finds %j', (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it('shows a stored mobile as 05…', () => {
    expect(localMobile('+966550001111')).toBe('0550001111');
    expect(localMobile(undefined)).toBe('');
  });
});

describe('national ID errors say what is wrong', () => {
  const code = (id: string) => validateInteraction(make({ beneficiary: { name: 'نورة', national_id: id } }), ctx).map((e) => e.code);
  it('ten digits starting with 1 or 2 that fail the check digit: does not check out', () => {
    expect(code('1000000009')).toEqual(['national_id_check']);
    expect(code('2000000007')).toEqual(['national_id_check']);
  });
  it('anything else: the format', () => {
    expect(code('3000000004')).toEqual(['national_id']);
    expect(code('100000000')).toEqual(['national_id']);
    expect(code('1000000008')).toEqual([]);
  });
});

describe('outcomes follow the five steps', () => {
  it('numbers each outcome by its step', () => {
    expect(
      ['answered', 'awaiting_documents', 'beneficiary_referred', 'referred', 'service_delivered', 'closed'].map((o) =>
        procedureStep(o as Interaction['outcome']),
      ),
    ).toEqual([1, 2, 3, 4, 5, null]);
  });

  it('step 4 brings a follow-up a week out and the week-told box; leaving it drops them with the hidden reason', () => {
    const raised = changeOutcome(make(), 'referred');
    expect(raised.follow_up?.due).toBe('2026-12-06');
    expect(raised.informed_reply_within_week).toBe(false);
    const delivered = changeOutcome({ ...raised, referral_reason: 'سبب', informed_reply_within_week: true }, 'service_delivered');
    expect(delivered.referral_reason).toBeUndefined();
    expect(delivered.follow_up).toBeUndefined();
    expect(delivered.informed_reply_within_week).toBeUndefined();
  });

  it('a referral followed up is history: step 4 then step 5 keeps its reason, tick and follow-up; step 3 to step 4 keeps the reason', () => {
    const done = {
      ...make({ outcome: 'referred' }),
      referral_reason: 'دراسة الطلب',
      informed_reply_within_week: true,
      follow_up: { due: '2026-12-06', done_at: '2026-12-06T09:00:00.000Z' },
    };
    expect(changeOutcome(done, 'service_delivered')).toEqual({ ...done, outcome: 'service_delivered' });
    const step3 = { ...make({ outcome: 'beneficiary_referred' }), referral_reason: 'لم يفهم شروط الإعانة' };
    expect(changeOutcome(step3, 'referred').referral_reason).toBe('لم يفهم شروط الإعانة');
  });

  it('only step 4 needs a follow-up at least a week out', () => {
    expect(validateInteraction(make({ outcome: 'beneficiary_referred' }), ctx)).toEqual([]);
    expect(validateInteraction({ ...make({ outcome: 'referred' }), follow_up: undefined }, ctx).map((e) => e.code)).toEqual(['due_required']);
  });
});

describe('schema 1 records mapped to schema 2', () => {
  it('keeps every field and adds step 2 first duty as not recorded', () => {
    const old = v1Record(1);
    const mapped = upgradeInteraction(old as unknown as Interaction);
    expect(mapped).toEqual({ ...old, schema_version: SCHEMA_VERSION, info_complete: false });
    expect(upgradeInteraction(mapped)).toBe(mapped);
  });

  it('fills updated_at on records from before it existed', () => {
    const { updated_at: _, ...old } = v1Record(2);
    expect(upgradeInteraction(old as unknown as Interaction).updated_at).toBe(old.created_at);
  });

  it('an old JSON export imports mapped', () => {
    const context = {
      channels: ['interview', 'phone', 'social-media', 'letters', 'volunteering', 'website', 'branches'],
      topics: ['inquiry', 'service-request', 'complaint', 'suggestion', 'follow-up', 'documents', 'volunteering', 'other'],
      today: new Date(),
      isNew: false,
    };
    const parsed = parseImport(JSON.stringify({ format: 'murshid-interactions', schema_version: 1, interactions: [v1Record(3)] }), context);
    expect(parsed.ok && parsed.records[0]).toEqual(expect.objectContaining({ schema_version: 2, info_complete: false, outcome: 'referred', verified: true }));
  });

  it('a version-2 database opens at the current version with every record mapped', async () => {
    const name = `v2-${Date.now()}`;
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        const store = db.createObjectStore('interactions', { keyPath: 'id' });
        store.createIndex('by_occurred', 'occurred_at');
        store.createIndex('by_due', 'follow_up.due');
        store.createIndex('by_updated', 'updated_at');
        const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
        outbox.createIndex('by_state', 'state');
        outbox.createIndex('by_due', ['state', 'next_at']);
        outbox.createIndex('by_batch', 'batch');
      },
    });
    const olds = [1, 2, 3, 4, 5].map((i) => v1Record(i, i === 2 ? { outcome: 'service_delivered', follow_up: undefined } : {}));
    for (const r of olds) await v2.put('interactions', r);
    await v2.put('outbox', { id: olds[0]?.id, state: 'sent', attempts: 1, next_at: 0 });
    v2.close();
    const db = await openLogDb(name);
    expect(db.version).toBe(DB_VERSION);
    const all = await allInteractions(db);
    expect(all).toHaveLength(5);
    for (const old of olds) expect(all.find((r) => r.id === old.id)).toEqual({ ...old, schema_version: 2, info_complete: false });
    expect(await db.get('outbox', olds[0]?.id as string)).toEqual(expect.objectContaining({ state: 'sent' }));
  });
});

describe('CSV reads in the interface language', () => {
  const r = {
    ...changeOutcome(make({ channel: 'social-media', platform: 'whatsapp', info_complete: true, verified: true }), 'referred'),
    informed_reply_within_week: true,
  };
  const label = (kind: string, id: string) => ({ 'social-media': 'وسائل التواصل الاجتماعي', inquiry: 'استفسار' })[id] ?? `${kind}:${id}`;

  it('Arabic headers and values, local time beside the ISO value', () => {
    const [head, row] = toCsv([r], { lang: 'ar', label }).replace('\uFEFF', '').split('\r\n');
    expect(head?.split(',').slice(0, 5)).toEqual(['المعرّف', 'وقت التواصل (ISO)', 'التاريخ والوقت المحلي', 'التاريخ الهجري', 'القناة']);
    expect(head).toContain('الإجراء المتخذ');
    expect(row).toContain(`,${r.occurred_at},2026-11-29 10:00,1448-06-19,وسائل التواصل الاجتماعي,واتساب,وارد من المستفيد,`);
    expect(row).toContain(',استفسار,');
    expect(row).toContain(',نعم,نعم,,4,رُفع الطلب للإدارة لدراسته,,نعم,2026-12-06,');
    expect(row).not.toMatch(/social-media|referred|incoming|true/);
  });

  it("times in the staff member's clock: late on 1 December UTC is 2 December in Riyadh, in the local and the Hijri columns", () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Riyadh';
    try {
      const late = { ...r, occurred_at: '2026-12-01T23:45:45.000Z' };
      const [, row] = toCsv([late], { lang: 'ar', label }).replace('\uFEFF', '').split('\r\n');
      expect(row).toContain(',2026-12-01T23:45:45.000Z,2026-12-02 02:45,1448-06-22,');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('English headers and values in an English interface', () => {
    const [head, row] = toCsv([r], { lang: 'en', label: (_k, id) => id })
      .replace('\uFEFF', '')
      .split('\r\n');
    expect(head).toContain('Action taken');
    expect(row).toContain(',Yes,Yes,,4,Request raised to management for study,,Yes,');
  });
});

describe('dates typed day first', () => {
  it.each([
    ['8/12/2026', '2026-12-08'],
    ['08-12-2026', '2026-12-08'],
    ['٨/١٢/٢٠٢٦', '2026-12-08'],
    ['2026-12-08', '2026-12-08'],
    ['31/02/2026', null],
    ['12/2026', null],
  ])('%s reads as %s', (text, iso) => {
    expect(parseDayMonthYear(text)).toBe(iso);
  });
  it('shows day first, in the chosen digits', () => {
    expect(formatDayMonthYear('2026-12-08')).toBe('08/12/2026');
    expect(formatDayMonthYear('2026-12-08', 'arab')).toBe('٠٨/١٢/٢٠٢٦');
  });
});

describe('payloads carry the five steps', () => {
  const r = { ...changeOutcome(make({ info_complete: true, verified: true, verification_note: 'ناقص صك' }), 'referred'), informed_reply_within_week: true };
  it('the webhook sends the new fields beside the old ones', () => {
    const [sent] = (JSON.parse(webhookBody([r])) as { interactions: Record<string, unknown>[] }).interactions;
    expect(sent).toEqual(
      expect.objectContaining({
        schema_version: 2,
        outcome: 'referred',
        verified: true,
        info_complete: true,
        informed_reply_within_week: true,
        verification_note: 'ناقص صك',
      }),
    );
  });
  it('CiviCRM and Odoo default maps carry them too, old names unchanged', () => {
    expect(mapRecord(r, DEFAULT_CIVICRM_FIELDS)).toEqual(
      expect.objectContaining({ 'Murshid.Outcome': 'referred', 'Murshid.Info_Complete': true, 'Murshid.Verified': true, 'Murshid.Informed_Reply_Week': true }),
    );
    expect(mapRecord(r, DEFAULT_ODOO_FIELDS)).toEqual(
      expect.objectContaining({ x_outcome: 'referred', x_info_complete: true, x_verification_note: 'ناقص صك', x_informed_reply_week: true }),
    );
  });
});
