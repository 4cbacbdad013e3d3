import { describe, expect, it } from 'vitest';
import { loadPackDir, readPackFiles } from '../../scripts/lib/pack-files';
import { dueDate, toIsoDate } from '../../utils/dates';
import { loadPack, type Pack, type PackFile } from '../../utils/knowledge';
import { channelForUrl, contextValues, createTemplateSearch, formatFor, placeholdersOf, renderTemplate, xLength } from '../../utils/templates';

const pack = loadPackDir('knowledge').pack as Pack;

describe('renderTemplate', () => {
  const body = '{{g:أخي|أختي|إخوتي}} {{beneficiary_name}}، طلبك رقم {{request_number}}.';

  it('fills placeholders and picks the form of address', () => {
    expect(renderTemplate(body, { beneficiary_name: 'نورة', request_number: '1447-15' }, 'f')).toEqual({
      text: 'أختي نورة، طلبك رقم \u20681447-15\u2069.',
      missing: [],
    });
    expect(renderTemplate(body, { beneficiary_name: 'آل سعد', request_number: '9' }, 'p').text).toBe('إخوتي آل سعد، طلبك رقم 9.');
  });

  it.each([
    ['1448-0231', true],
    ['+966551234567', true],
    ['٠٥٥-١٢٣-٤٥٦٧', true],
    ['1448/0231', false],
    ['9', false],
    ['ط-1448', false],
    ['Sara Ali', false],
  ])('isolates %s so an Arabic line does not reverse it: %s', (value, isolated) => {
    const text = renderTemplate('رقم الطلب: {{request_number}}', { request_number: value }, 'm').text;
    expect(text).toBe(`رقم الطلب: ${isolated ? `\u2068${value}\u2069` : value}`);
  });

  it.each(['*', '_', '~'])('puts the isolate outside WhatsApp markers %s so they touch the number', (mark) => {
    const text = renderTemplate(`طلبك رقم ${mark}{{request_number}}${mark} مرفوع`, { request_number: '1448-0231' }, 'm').text;
    expect(text).toBe(`طلبك رقم \u2068${mark}1448-0231${mark}\u2069 مرفوع`);
    const bold = formatFor(text, 'whatsapp').match(/\*([^*\n]+)\*/);
    if (mark === '*') expect(bold?.[1]).toBe('1448-0231');
    expect(formatFor(text, 'x')).toBe(mark === '*' ? 'طلبك رقم \u20681448-0231\u2069 مرفوع' : text);
  });

  it('leaves markers alone around a value that needs no isolate, or a marker on one side only', () => {
    expect(renderTemplate('رقم *{{request_number}}*', { request_number: '15' }, 'm').text).toBe('رقم *15*');
    expect(renderTemplate('رقم *{{request_number}}', { request_number: '1-5' }, 'm').text).toBe('رقم *\u20681-5\u2069');
    expect(renderTemplate('رقم *{{request_number}}_', { request_number: '1-5' }, 'm').text).toBe('رقم *\u20681-5\u2069_');
  });

  it('marks missing values instead of inventing them', () => {
    const r = renderTemplate(body, { beneficiary_name: '  ' }, 'm', (n) => `[${n}]`);
    expect(r.missing).toEqual(['beneficiary_name', 'request_number']);
    expect(r.text).toBe('أخي «[beneficiary_name]»، طلبك رقم «[request_number]».');
  });

  it('with no form chosen shows every form at each gendered spot and reports the form as missing, first', () => {
    const r = renderTemplate(body, { beneficiary_name: 'نورة' }, null, (n) => `[${n}]`);
    expect(r.text).toBe('أخي/أختي/إخوتي نورة، طلبك رقم «[request_number]».');
    expect(r.missing).toEqual(['form', 'request_number']);
    // Several words a form: spaced so the forms stay apart; a form two genders share is shown once.
    expect(renderTemplate('{{g:أخي الكريم|أختي الكريمة|الإخوة الكرام}}، {{g:لك|لكِ|لك}}', {}, null).text).toBe(
      'أخي الكريم / أختي الكريمة / الإخوة الكرام، لك/لكِ',
    );
    // A body with no gendered word needs no choice.
    expect(renderTemplate('معكم {{staff_name}}', { staff_name: 'سارة' }, null)).toEqual({ text: 'معكم سارة', missing: [] });
  });

  it('renders every bundled template with no form chosen: no token left, the form reported missing where it matters', () => {
    for (const t of pack.templates) {
      const r = renderTemplate(t.body, {}, null);
      expect(r.text, t.id).not.toMatch(/\{\{|\}\}/);
      expect(r.missing.includes('form'), t.id).toBe(/\{\{\s*g:/.test(t.body));
    }
  });

  it('does not evaluate anything inside values', () => {
    const r = renderTemplate('{{beneficiary_name}}', { beneficiary_name: '{{request_number}} <b>x</b> $1' }, 'm');
    expect(r.text).toBe('{{request_number}} <b>x</b> $1');
  });

  it('lists placeholders in order of first use', () => {
    expect(placeholdersOf(body)).toEqual(['beneficiary_name', 'request_number']);
  });
});

describe('dates in templates', () => {
  it('due date is a week out, moved off Friday and Saturday', () => {
    expect(toIsoDate(dueDate(new Date(2026, 10, 29)))).toBe('2026-12-06'); // Sunday → Sunday
    expect(toIsoDate(dueDate(new Date(2026, 10, 27)))).toBe('2026-12-06'); // Friday → Friday → Sunday
    expect(toIsoDate(dueDate(new Date(2026, 10, 28)))).toBe('2026-12-06'); // Saturday → Saturday → Sunday
    expect(toIsoDate(dueDate(new Date(2026, 11, 3)))).toBe('2026-12-10'); // Thursday → Thursday
  });

  it('fills known Hijri and Gregorian dates', () => {
    const v = contextValues(pack.association, { name: 'سارة', title: '', branch: 'الفرع الرئيس', surveyLink: '' }, new Date(2026, 1, 18, 9));
    expect(v.today_hijri).toBe('1 رمضان 1447 هـ');
    expect(v.today_gregorian).toBe('18 فبراير 2026');
    expect(v.due_gregorian).toBe('25 فبراير 2026');
    expect(v.due_hijri).toBe('8 رمضان 1447 هـ');
    expect(v.association_name).toBe('جمعية التوعية والتأهيل الاجتماعي (واعي)');
  });
});

describe('per-platform output', () => {
  it('keeps *bold* for WhatsApp only', () => {
    expect(formatFor('رقم *15*  \n\n\n\nشكراً', 'whatsapp')).toBe('رقم *15*\n\nشكراً');
    expect(formatFor('رقم *15*', 'x')).toBe('رقم 15');
  });

  it('counts like X: links are 23, Arabic letters 1, emoji 2', () => {
    expect(xLength('مرحبا')).toBe(5);
    expect(xLength('انظر https://example.org/a/very/long/path/indeed')).toBe(5 + 23);
    expect(xLength('👍')).toBe(2);
  });

  it('maps a site to its channel and platform', () => {
    expect(channelForUrl('https://web.whatsapp.com/', pack.hosts)).toEqual({ channel: 'social-media', platform: 'whatsapp' });
    expect(channelForUrl('https://mobile.x.com/home', pack.hosts)?.platform).toBe('x');
    expect(channelForUrl('https://example.org/', pack.hosts)).toBeNull();
    expect(channelForUrl('not a url', pack.hosts)).toBeNull();
  });
});

describe('the pack templates', () => {
  it('has at least three templates for each of the seven channels, each rendering fully', () => {
    for (const c of pack.channels) {
      const list = pack.templates.filter((t) => t.channels.includes(c.id));
      expect(list.length, c.id).toBeGreaterThanOrEqual(3);
    }
    const values = Object.fromEntries(pack.templates.flatMap((t) => t.placeholders).map((p) => [p, 'x']));
    for (const t of pack.templates) for (const g of ['m', 'f', 'p'] as const) expect(renderTemplate(t.body, values, g).missing, t.id).toEqual([]);
  });

  it('letters are formal letters: date in both calendars, subject, salutation and signature', () => {
    for (const t of pack.templates.filter((x) => x.channels.includes('letters'))) {
      expect(t.placeholders, t.id).toEqual(expect.arrayContaining(['today_hijri', 'today_gregorian', 'staff_name', 'staff_title']));
      expect(t.body).toMatch(/الموضوع:/);
      expect(t.body).toMatch(/السلام عليكم/);
      expect(t.body).toMatch(/وتقبلوا خالص التحية/);
    }
  });

  it('the "request received" replies promise an answer in not less than a week with the due date', () => {
    for (const t of pack.templates.filter((x) => x.purpose === 'received' && !x.channels.includes('volunteering'))) {
      expect(t.body, t.id).toMatch(/لا تقل عن أسبوع/);
      expect(t.placeholders, t.id).toEqual(expect.arrayContaining(['due_hijri', 'due_gregorian']));
    }
  });

  it('search finds templates by title, shortcut and typos, filtered by channel, favourites first', () => {
    const search = createTemplateSearch(pack.templates);
    expect(search('استلام', { channel: 'social-media' })[0]?.id).toBe('social-received');
    expect(search(';نواقص')[0]?.id).toBe('social-missing-documents');
    expect(search('تقيم', { channel: 'phone' })[0]?.id).toBe('phone-survey');
    // «hsjghl» is «استلام» typed with the keyboard on English.
    expect(search('hsjghl', { channel: 'social-media' })[0]?.id).toBe('social-received');
    // Arabizi, read against the templates' own words: «estilam» is «استلام», «taqyeem» «تقييم».
    expect(search('estilam', { channel: 'social-media' })[0]?.id).toBe('social-received');
    expect(search('taqyeem', { channel: 'phone' })[0]?.id).toBe('phone-survey');
    expect(search('', { channel: 'letters', first: ['letter-answer'] })[0]?.id).toBe('letter-answer');
    expect(search('', { channel: 'phone' }).every((t) => t.channels.includes('phone'))).toBe(true);
  });

  it('search meets every title typed as staff type it: no hamza, ه for ة, ي for ى', () => {
    const search = createTemplateSearch(pack.templates);
    const typed = (title: string) => title.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
    for (const t of pack.templates) {
      expect(search(typed(t.title))[0]?.id, t.title).toBe(t.id);
    }
  });
});

describe('template validation', () => {
  const base = readPackFiles('knowledge');
  const withTemplate = (content: string): PackFile[] => [...base, { path: 'templates/zz-test.md', content }];
  const head = '---\nid: zz-test\ntitle: تجربة\nchannels: phone\npurpose: answer\n---\n';

  it('refuses an unknown placeholder with file and line', () => {
    const { pack: p, errors } = loadPack(withTemplate(`${head}سطر أول\nمرحباً {{beneficiary_nam}}\n`));
    expect(p).toBeNull();
    expect(errors).toEqual([{ file: 'templates/zz-test.md', line: 8, message: 'unknown placeholder "beneficiary_nam"' }]);
  });

  it('refuses a gender form without three forms, an unknown channel, a duplicate id', () => {
    expect(loadPack(withTemplate(`${head}{{g:أخي|أختي}}\n`)).errors[0]).toEqual(
      expect.objectContaining({ line: 7, message: expect.stringContaining('three forms') }),
    );
    expect(loadPack(withTemplate(head.replace('channels: phone', 'channels: fax'))).errors[0]).toEqual(
      expect.objectContaining({ line: 4, message: expect.stringContaining('unknown channel "fax"') }),
    );
    expect(loadPack(withTemplate(`${head.replace('zz-test', 'phone-survey')}نص\n`)).errors[0]?.message).toContain('duplicate template id "phone-survey"');
  });
});

describe('follow-up reminders', () => {
  it('are scheduled for the next working-day morning (Sunday–Thursday, 08:00)', async () => {
    const { nextWorkingMorning } = await import('../../utils/reminders');
    const at = (d: Date) => `${toIsoDate(d)} ${d.getHours()}:00`;
    expect(at(nextWorkingMorning(new Date(2026, 10, 29, 7, 0)))).toBe('2026-11-29 8:00'); // Sunday before 8
    expect(at(nextWorkingMorning(new Date(2026, 10, 29, 9, 0)))).toBe('2026-11-30 8:00'); // Sunday after 8
    expect(at(nextWorkingMorning(new Date(2026, 11, 3, 12, 0)))).toBe('2026-12-06 8:00'); // Thursday → Sunday
    expect(at(nextWorkingMorning(new Date(2026, 11, 4, 12, 0)))).toBe('2026-12-06 8:00'); // Friday → Sunday
    // The first import of the reminders module transforms much of utils/: slow on a busy machine.
  }, 30_000);
});
