import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import { loadPackDir, readPackFiles } from '../../scripts/lib/pack-files';
import { t } from '../../utils/i18n';
import { FORM_NAMES, formatError, loadPack, type Pack, type PackFile, renderSamples } from '../../utils/knowledge';
import { addressProblems, timeLimitWord } from '../../utils/templates';

const base = readPackFiles('knowledge');
const withTemplate = (content: string, files = base): PackFile[] => [...files, { path: 'templates/zz-test.md', content }];
const head = (extra = '') => `---\nid: zz-test\ntitle: تجربة\nchannels: social-media\npurpose: answer\n${extra}---\n`;
const refused = (files: PackFile[]) => {
  const r = loadPack(files);
  expect(r.pack).toBeNull();
  return r.errors;
};

describe('the template check refuses each class of error with file and line', () => {
  it('a second-person singular left in the plural rendering (a word ending in ـك)', () => {
    const errors = refused(withTemplate(`${head()}{{g:أخي الكريم|أختي الكريمة|الإخوة الكرام}}،\nنشكر {{g:لك|لكِ|لكم}} عطاءك.\n`));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'templates/zz-test.md', line: 8, code: 'template_singular_in_plural', args: ['عطاءك'] }));
  });

  it('a colloquial singular verb in the plural rendering (تقدر، تبغى، تفضل)', () => {
    for (const verb of ['تقدر تقيّم الخدمة', 'تبغى شيئاً آخر؟', 'تفضل بالجلوس']) {
      const errors = refused(withTemplate(`${head()}سطر\n${verb}\n`));
      expect(errors, verb).toContainEqual(expect.objectContaining({ line: 8, code: 'template_singular_in_plural' }));
    }
  });

  it('a masculine-only verb or a masculine "you" in the feminine rendering', () => {
    const verb = refused(withTemplate(`${head()}{{g:تحتاج|تحتاج|تحتاجون}} شيئاً آخر؟\n`));
    expect(verb).toContainEqual(expect.objectContaining({ line: 7, code: 'template_masculine_in_feminine', args: ['تحتاج'] }));
    // One spelling: the feminine "you" carries its kasra (استفساركِ), so an unmarked one is the masculine.
    const spelling = refused(withTemplate(`${head()}إجابةً عن {{g:استفسارك|استفسارك|استفساركم}}\n`));
    expect(spelling).toEqual([expect.objectContaining({ line: 7, code: 'template_masculine_in_feminine', args: ['استفسارك'] })]);
  });

  it('a feminine form in the masculine rendering', () => {
    const errors = refused(withTemplate(`${head()}شكراً {{g:لكِ|لكِ|لكم}}\n`));
    expect(errors).toEqual([expect.objectContaining({ line: 7, code: 'template_feminine_in_masculine' })]);
  });

  it('a time limit with no source, a source that is not a section, a source in a sample document', () => {
    const body = 'يُرد على طلبكم خلال مدة لا تقل عن أسبوع.\n';
    expect(refused(withTemplate(`${head()}${body}`))).toEqual([expect.objectContaining({ line: 7, code: 'template_source_missing' })]);
    // A number of days is a time limit too, and so is a follow-up date.
    expect(refused(withTemplate(`${head()}نحفظ الطلب ثلاثين يوماً.\n`))[0]).toEqual(
      expect.objectContaining({ code: 'template_source_missing', args: ['يوماً'] }),
    );
    expect(refused(withTemplate(`${head()}تابعوا من {{due_hijri}}\n`))[0]).toEqual(expect.objectContaining({ code: 'template_source_missing' }));
    expect(refused(withTemplate(`${head('source: policy#nowhere\n')}${body}`))).toEqual([
      expect.objectContaining({ line: 6, code: 'template_source_unknown', args: ['policy#nowhere'] }),
    ]);
    const guideSection = (loadPackDir('knowledge').pack as Pack).documents.find((d) => d.id === 'guide')?.sections[1]?.id;
    expect(refused(withTemplate(`${head(`source: guide#${guideSection}\n`)}${body}`))).toEqual([
      expect.objectContaining({ line: 6, code: 'template_source_not_official', args: [`guide#${guideSection}`, 'sample'] }),
    ]);
    // The same text citing the official policy's section passes.
    expect(loadPack(withTemplate(`${head('source: policy#procedure\n')}${body}`)).errors).toEqual([]);
  });

  it("shows its messages in the user's language, as file:line: message", () => {
    const [e] = refused(withTemplate(`${head()}شكراً {{g:لك|لكِ|لك}}\n`));
    expect(e && formatError(e, (k, ...a) => t('ar', k, ...a))).toBe('templates/zz-test.md:7: صيغة الجمع ما زالت تخاطب شخصاً واحداً: «لك»');
    expect(e && formatError(e)).toBe('templates/zz-test.md:7: the plural rendering still addresses one person: «لك»');
    const keys = Object.keys(ar).filter((k) => k.startsWith('packErr_template_'));
    expect(keys.length).toBe(6);
    for (const k of keys) expect(Object.keys(en)).toContain(k);
  });
});

describe('the words the check knows', () => {
  it.each([
    ['ذلك هناك تلك مشترك وكذلك المشترك', 'p', []],
    ['معك وسأخدمك', 'p', ['معك', 'وسأخدمك']],
    ['معكِ وسأخدمكِ', 'f', []],
    ['معكِ', 'm', ['معكِ']],
    ['تفضلوا بطرح استفساركم', 'p', []],
    ['تفضلي', 'p', ['تفضلي']],
  ] as const)('%s (%s)', (line, gender, words) => {
    expect(addressProblems(line, gender).map((p) => p.word)).toEqual(words);
  });

  it('reads a time limit in «أسبوع», «بأسبوعين», «يوماً», «مدة», but not in «اليوم»', () => {
    expect(timeLimitWord('خلال مدة لا تقل عن أسبوع')).toBe('مدة');
    expect(timeLimitWord('بعد أسبوعين')).toBe('أسبوعين');
    expect(timeLimitWord('خدمتنا اليوم')).toBeNull();
  });
});

describe('every rendering of every template', () => {
  const pack = loadPackDir('knowledge').pack as Pack;

  it('passes the check (the bundled pack is valid)', () => {
    expect(loadPackDir('knowledge').errors).toEqual([]);
  });

  it('matches the reviewed renderings fixture (a change to a template shows in review)', async () => {
    const text = FORM_NAMES.flatMap((form) => renderSamples(pack, [], form).rendered.map((r) => `=== ${r.id} (${r.form})\n${r.text}\n`)).join('\n');
    await expect(text).toMatchFileSnapshot('../fixtures/template-renderings.txt');
  });

  it('never promises what the policy does not: no deadline, no estimate, no 30-day hold, no documents over social media, no upload on the website (only the sample guide says it)', () => {
    for (const form of FORM_NAMES) {
      for (const r of renderSamples(pack, [], form).rendered) {
        expect(r.text, r.id).not.toMatch(/موعد أقصاه|تقريباً|ثلاثين|30 يوم|صوراً واضحة هنا/);
        if (/أسبوع/.test(r.text)) expect(r.text, r.id).toContain('خلال مدة لا تقل عن أسبوع');
        // The policy promises a reply («لدراسة طلبه والرد عليه»), not a decision told as soon as it is made.
        expect(r.text, r.id).not.toMatch(/فور صدوره|بالقرار/);
        // Handing documents in on the website is the sample guide's alone (docs/template-writing.md §6): the branch takes them.
        expect(r.text, r.id).not.toMatch(/صفحة الطلب|رفعها عبر|رفع المستندات|إرفاق المستندات/);
      }
    }
  });

  it('a new-request reply does not hold the request until the documents are complete (only the sample guide says so)', () => {
    const newRequest = pack.templates.filter((x) => x.purpose === 'new-request');
    expect(newRequest.length).toBeGreaterThan(2);
    for (const t of newRequest) expect(t.body, t.id).not.toMatch(/بعد اكتمالها/);
  });

  it('a new-request reply does not send the beneficiary to a website form (only the sample guide speaks of applying online)', () => {
    for (const t of pack.templates.filter((x) => x.purpose === 'new-request')) {
      expect(t.body, t.id).not.toMatch(/عبر موقع|في الموقع|نموذج الطلب|association_website/);
    }
  });

  it("only a letter carries today's date (its own date line): a reply never dates a registration or receipt with the day it is written", () => {
    const dated = pack.templates.filter((x) => /\{\{today_/.test(x.body));
    expect(dated.length).toBeGreaterThan(0);
    for (const t of dated) expect(t.channels, t.id).toEqual(['letters']);
  });

  it('the phone greeting, said before the caller is known, uses the plural of respect, not a form to choose', () => {
    const opening = pack.templates.filter((x) => x.purpose === 'script' && x.channels.includes('phone'));
    expect(opening.length).toBeGreaterThan(0);
    for (const t of opening) {
      const first = t.body.split('\n').find((l) => l.startsWith('«')) ?? '';
      expect(first, t.id).toMatch(/معكم/);
      expect(first, t.id).not.toMatch(/\{\{g:/);
    }
  });

  it('notes to the staff member use a verbal noun, not a command (the staff member may be a man or a woman)', () => {
    for (const t of pack.templates) {
      for (const note of t.body.split('\n').filter((l) => /^\(/.test(l))) expect(note, t.id).not.toMatch(/^\((?:أرسل|اطلب|اكتب|سجل|سجّل|تأكد|اسأل|ارفع|أعط)\s/);
    }
  });

  it("volunteering replies say only what the policy says: no week (the procedure is the beneficiary's), no sample-guide registration of skills and hours, no sample-guide way to apply", () => {
    // Every reply of the volunteering channel or purpose, and any other reply that speaks of a wish or request to volunteer.
    const volunteering = pack.templates.filter(
      (x) => x.purpose === 'volunteer' || x.channels.includes('volunteering') || (/التطوع/.test(x.body) && /طلب|رغبت/.test(x.body)),
    );
    expect(volunteering.map((x) => x.id).sort()).toEqual(
      [
        'branch-volunteer',
        'interview-volunteer',
        'letter-volunteer',
        'phone-volunteer',
        'social-volunteer',
        'volunteer-answer',
        'volunteer-greeting',
        'volunteer-received',
        'volunteer-thanks',
        'website-volunteer',
      ].sort(),
    );
    for (const t of volunteering) {
      expect(t.body, t.id).not.toMatch(/أسبوع|مهارات|الأوقات المتاحة|ساعات/);
      // How a volunteer applies and what the administration then does come only from the sample guide (guide#volunteering).
      // Nor do official documents speak of «opportunities» to follow on the association's website.
      expect(t.body, t.id).not.toMatch(/لدراسته والرد عليه|عبر موقع الجمعية|يُرجى التسجيل|فرص التطوع/);
      expect(t.source, t.id).toBeUndefined();
      // «مع بيانات التواصل معك» says «you» twice: «مع بيانات تواصلك».
      expect(t.body, t.id).not.toMatch(/بيانات التواصل مع/);
    }
  });

  it('a spoken script reads no address aloud: a URL goes in a note to the staff member, in parentheses', () => {
    for (const t of pack.templates) {
      for (const line of t.body.split('\n')) {
        if (line.startsWith('«')) expect(line, t.id).not.toMatch(/\{\{(association_website|survey_link)\}\}|https?:/);
      }
    }
  });

  it('npm run knowledge -- render: the JSON last line is [{id, form, text}] in the order asked', () => {
    const run = (...args: string[]) =>
      execFileSync('npx', ['tsx', 'scripts/knowledge.ts', 'render', ...args], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop() ?? '';
    const all = JSON.parse(run('--all', '--form', 'plural', '--json')) as { id: string; form: string; text: string }[];
    expect(all.map((r) => r.id)).toEqual(pack.templates.map((t) => t.id));
    expect(all.every((r) => r.form === 'plural' && r.text.length > 0)).toBe(true);
    const two = JSON.parse(run('social-received', 'letter-answer', '--form', 'feminine', '--json')) as { id: string; text: string }[];
    expect(two.map((r) => r.id)).toEqual(['social-received', 'letter-answer']);
    expect(two[0]?.text).toContain('أختي الكريمة نورة سعد');
  }, 60_000);
});

describe('the template the suggestion offers for each intent on each channel', () => {
  const pack = loadPackDir('knowledge').pack as Pack;

  /** What utils/suggest offers first for a message of that intent: the channel's template of the intent's earliest purpose. */
  const offered = (channel: string, intent: string): string => {
    const purposes = pack.intents?.find((i) => i.id === intent)?.purposes ?? [];
    for (const purpose of purposes) {
      const t = pack.templates.find((x) => x.channels.includes(channel) && x.purpose === purpose);
      if (t) return purpose === purposes[0] ? t.id : `${t.id} (${purpose})`;
    }
    return '—';
  };

  it('is the matrix docs/template-writing.md shows (channel × intent)', () => {
    const lines = readFileSync('docs/template-writing.md', 'utf8').split('\n');
    const rows = lines.filter((l) => /^\| [a-z-]+ \|/.test(l));
    const header = lines[lines.indexOf(rows[0] as string) - 2] ?? '';
    const intents = header
      .split('|')
      .slice(2, -1)
      .map((c) => c.trim());
    expect([...intents].sort()).toEqual((pack.intents ?? []).map((i) => i.id).sort());
    expect(rows.map((r) => r.split('|')[1]?.trim())).toEqual(pack.channels.map((c) => c.id));
    for (const row of rows) {
      const [channel, ...cells] = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      for (const [i, cell] of cells.entries()) expect(offered(channel as string, intents[i] as string), `${channel} × ${intents[i]}`).toBe(cell);
    }
    // Thanks by letter, volunteering by phone and on the website, status and complaint at the branch: each has its own template now.
    expect(offered('letters', 'thanks')).toBe('letter-thanks');
    expect(offered('phone', 'volunteer')).toBe('phone-volunteer');
    expect(offered('website', 'volunteer')).toBe('website-volunteer');
    expect(offered('branches', 'status')).toBe('branch-status');
    expect(offered('branches', 'complaint')).toBe('branch-complaint');
    // A volunteer at an interview, a branch or by letter is not told the beneficiary procedure's week (received).
    expect(offered('interview', 'volunteer')).toBe('interview-volunteer');
    expect(offered('branches', 'volunteer')).toBe('branch-volunteer');
    expect(offered('letters', 'volunteer')).toBe('letter-volunteer');
  });

  it('quotes a citation on a line of its own (it starts with its source and a colon), and signs every written reply', () => {
    for (const t of pack.templates) {
      for (const line of t.body.split('\n')) if (line.includes('{{citation}}')) expect(line.trim(), t.id).toBe('{{citation}}');
      // A spoken script («…») is signed by the voice that reads it; anything written names who sent it.
      if (!t.body.includes('«')) expect(t.body, t.id).toContain('{{staff_name}}');
    }
  });

  it('signs a short written reply with the association when its text names the branch, else with the branch (docs/template-writing.md §2)', () => {
    let checked = 0;
    for (const t of pack.templates) {
      const lines = t.body.trim().split('\n');
      const sign = /^\{\{staff_name\}\} — \{\{(branch|association_name)\}\}$/.exec(lines.at(-1) ?? '');
      if (!sign) continue;
      checked++;
      const namesBranch = lines.slice(0, -1).some((l) => l.includes('{{branch}}'));
      expect(sign[1], t.id).toBe(namesBranch ? 'association_name' : 'branch');
    }
    expect(checked).toBeGreaterThan(15);
  });
});
