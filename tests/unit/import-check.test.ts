import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { tn } from '../../utils/i18n';
import {
  errorText,
  importImpact,
  importKind,
  isManifestText,
  loadPack,
  mergePackFiles,
  nameErrors,
  needsConfirmation,
  type Pack,
  unlistedFiles,
} from '../../utils/knowledge';
import { readActivePack } from '../../utils/pack/active';
import { applyImport, backToBundled, restorePreviousPack } from '../../utils/pack/history';

const bundled = readPackFiles('knowledge');
const bundledPack = loadPack(bundled).pack as Pack;

const memo = [
  '---',
  'id: policy',
  'title: مذكرة داخلية',
  'kind: policy',
  'version: "2026-12-02"',
  'status: official',
  '---',
  '# مذكرة داخلية',
  '',
  '',
  '## الإجراءات {#procedure}',
  '',
  'اجتماع الفريق يوم الأحد.',
  '',
].join('\n');

function withMemo(): { files: ReturnType<typeof mergePackFiles>; pack: Pack } {
  const files = mergePackFiles(bundled, [{ path: 'documents/policy.md', content: memo }]);
  const { pack } = loadPack(files);
  if (!pack) throw new Error('fixture pack is invalid');
  return { files, pack };
}

describe('what a chosen file is', () => {
  it.each([
    ['pack.zip', 'zip'],
    ['اللائحة.DOCX', 'docx'],
    ['faq.md', 'markdown'],
    ['pack (1).json', 'json'],
    ['notes.txt', null],
  ] as const)('%s → %s', (name, kind) => expect(importKind(name)).toBe(kind));

  it('a .json file is a pack only if it reads as a manifest', () => {
    expect(isManifestText('{"note": "not a pack"}')).toBe(false);
    expect(isManifestText('not json')).toBe(false);
    expect(isManifestText(bundled.find((f) => f.path === 'pack.json')?.content ?? '')).toBe(true);
  });
});

describe('files a pack.json does not list', () => {
  it('names templates outside the folder the manifest gives, instead of dropping them', () => {
    const files = bundled.map((f) => (f.path === 'pack.json' ? { ...f, content: f.content.replace('"templates/"', '"replies/"') } : f));
    const unlisted = unlistedFiles(files).map((e) => e.file);
    expect(unlisted).toContain('templates/phone-received.md');
    expect(unlisted.every((p) => p.startsWith('templates/'))).toBe(true);
    expect(unlistedFiles(bundled)).toEqual([]);
  });
});

describe('what an import replaces', () => {
  it('replacing the official policy with a memo is shown (title, status, sections) and needs confirmation', () => {
    const impact = importImpact(bundledPack, withMemo().pack);
    const policy = bundledPack.documents.find((d) => d.id === 'policy');
    expect(impact.replaced).toEqual([
      {
        id: 'policy',
        title: 'سياسة تنظيم العلاقة مع المستفيدين',
        status: 'official',
        sections: policy?.sections.length,
        next: { title: 'مذكرة داخلية', status: 'official', sections: 1, version: '2026-12-02' },
      },
    ]);
    expect(needsConfirmation(impact)).toBe(true);
  });

  it('adding a document or replacing a sample one goes ahead without asking', () => {
    const faq = '---\nid: faq\ntitle: أسئلة\nkind: guide\nversion: 1\nstatus: official\n---\n# أسئلة\n\n## الدوام\n\nمن الأحد إلى الخميس.\n';
    const added = loadPack(mergePackFiles(bundled, [{ path: 'faq.md', content: faq }])).pack as Pack;
    expect(needsConfirmation(importImpact(bundledPack, added))).toBe(false);
    const sample = bundled.find((f) => f.path === 'documents/bylaws.md')?.content.replace('مدة', 'مدّة') ?? '';
    const bylaws = loadPack(mergePackFiles(bundled, [{ path: 'bylaws.md', content: sample }])).pack as Pack;
    expect(needsConfirmation(importImpact(bundledPack, bylaws))).toBe(false);
  });

  it('removing templates needs confirmation and lists them', () => {
    const fewer = loadPack(bundled.filter((f) => f.path !== 'templates/phone-received.md')).pack as Pack;
    const impact = importImpact(bundledPack, fewer);
    expect(impact.removedTemplates).toHaveLength(1);
    expect(needsConfirmation(impact)).toBe(true);
  });
});

describe('refusals in the interface language', () => {
  it.each([
    ['front matter line is not "key: value": oops', 'errFrontMatterLine', ['oops']],
    ['"kind" must be one of: policy, bylaws, guide', 'errFieldOneOf', ['kind', 'policy, bylaws, guide']],
    ['not listed in pack.json', 'errNotListed', []],
    ['listed document "documents/x.md" is missing', 'errDocMissing', ['documents/x.md']],
  ])('%s', (message, key, args) => {
    expect(errorText(message)).toEqual({ key, args });
    expect((ar as Record<string, unknown>)[key]).toBeDefined();
    expect((en as Record<string, unknown>)[key]).toBeDefined();
  });

  it('names the file the admin chose', () => {
    const named = nameErrors([{ file: 'documents/faq.md', line: 3, message: 'x' }], new Map([['documents/faq.md', 'broken-fm.md']]));
    expect(named[0]?.file).toBe('broken-fm.md');
  });

  it('counts with Arabic plural forms', () => {
    expect(tn('ar', 'importErrors', 2)).toContain('خطآن');
    expect(tn('ar', 'templatesCount', 0)).toBe('لا قوالب');
    expect(tn('ar', 'templatesCount', 24)).toBe('24 قالباً');
    expect(tn('ar', 'countDocuments', 3)).toBe('3 وثائق');
    expect(tn('en', 'sectionsCount', 1)).toBe('1 section');
  });
});

describe('the previous pack can be restored', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await new Promise<void>((ok) => {
      const r = indexedDB.deleteDatabase('murshid-pack');
      r.onsuccess = r.onerror = r.onblocked = () => ok();
    });
  });

  it('an import over the bundled pack is undone by restoring; restoring again redoes it', async () => {
    const { files, pack } = withMemo();
    await applyImport(files, pack);
    expect((await readActivePack()).pack?.documents.find((d) => d.id === 'policy')?.title).toBe('مذكرة داخلية');
    const back = await restorePreviousPack();
    expect(back?.documents.find((d) => d.id === 'policy')?.title).toBe('سياسة تنظيم العلاقة مع المستفيدين');
    expect((await readActivePack()).source).toBe('bundled');
    await restorePreviousPack();
    expect((await readActivePack()).pack?.documents.find((d) => d.id === 'policy')?.title).toBe('مذكرة داخلية');
  });

  it('going back to the bundled pack keeps the imported one to restore', async () => {
    const { files, pack } = withMemo();
    await applyImport(files, pack);
    await backToBundled();
    expect((await readActivePack()).source).toBe('bundled');
    await restorePreviousPack();
    expect((await readActivePack()).source).toBe('imported');
  });
});
