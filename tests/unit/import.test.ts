import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { blocksToDocument, changeCount, diffPack, loadPack, mergePackFiles, type Pack, packFilesFromZip, snapshotOf } from '../../utils/knowledge';
import { makeDocx } from '../fixtures/make-docx';

const bundled = readPackFiles('knowledge');
const OFFICIAL_BYLAWS = [
  '# اللائحة الأساسية لجمعية واعي',
  'الباب الأول: أحكام عامة',
  'المادة (1): الاسم',
  'اسم الجمعية جمعية التوعية والتأهيل الاجتماعي.',
  'المادة (2): مدة المجلس',
  'مدة دورة مجلس الإدارة ثلاث سنوات ميلادية.',
];

describe('Word import', () => {
  it('reads a real .docx and splits it into articles at «المادة»', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(makeDocx(OFFICIAL_BYLAWS)) });
    expect(html).toContain('<h1>اللائحة الأساسية لجمعية واعي</h1>');
    const blocks = [...html.matchAll(/<(h\d|p|li)>(.*?)<\/\1>/g)].map((m) => ({ tag: m[1] as string, text: m[2] as string }));
    const md = blocksToDocument(blocks, { id: 'bylaws', title: 'اللائحة الأساسية لجمعية واعي', kind: 'bylaws', version: '2026-11-29', date: '2026-11-29' });
    expect(md).toContain('## الباب الأول: أحكام عامة\n');
    expect(md).toContain('### المادة (2): مدة المجلس\n\nمدة دورة مجلس الإدارة ثلاث سنوات ميلادية.');
    const { pack, errors } = loadPack(mergePackFiles(bundled, [{ path: 'documents/bylaws.md', content: md }]));
    expect(errors).toEqual([]);
    const bylaws = pack?.documents.find((d) => d.id === 'bylaws');
    expect(bylaws?.status).toBe('official');
    expect(bylaws?.sections.map((s) => s.id)).toEqual(['article-1', 'article-2']);
    expect(bylaws?.sections[1]?.path).toEqual(['الباب الأول: أحكام عامة']);
  });
});

describe('merging imported files', () => {
  it('replaces a document with the same id, adds a new one to the manifest, leaves the rest', () => {
    const guide = '---\nid: guide\ntitle: الدليل الرسمي\nkind: guide\nversion: 2\nstatus: official\n---\n# الدليل الرسمي\n\n## الخدمات\n\nخدمات رسمية.\n';
    const faq =
      '---\nid: faq\ntitle: أسئلة شائعة\nkind: guide\nversion: 1\nstatus: official\n---\n# أسئلة شائعة\n\n## متى الرد؟\n\nخلال مدة لا تقل عن أسبوع.\n';
    const merged = mergePackFiles(bundled, [
      { path: 'any-name.md', content: guide },
      { path: 'faq.md', content: faq },
    ]);
    const { pack } = loadPack(merged);
    expect(pack?.documents.map((d) => d.id)).toEqual(['policy', 'bylaws', 'guide', 'faq']);
    expect(pack?.documents.find((d) => d.id === 'guide')?.title).toBe('الدليل الرسمي');
    expect(pack?.templates.length).toBe(loadPack(bundled).pack?.templates.length);
  });

  it('a full pack (with pack.json) replaces everything; zips lose their top folder', () => {
    const files = packFilesFromZip({
      'knowledge/pack.json': new TextEncoder().encode('{}'),
      'knowledge/documents/a.md': new TextEncoder().encode('x'),
      'knowledge/readme.txt': new Uint8Array(),
    });
    expect(files.map((f) => f.path)).toEqual(['pack.json', 'documents/a.md']);
    expect(mergePackFiles(bundled, files)).toEqual(files);
    expect(unzipSync).toBeTypeOf('function');
  });
});

describe('change notices', () => {
  it('lists sections added, changed and removed', () => {
    const before = loadPack(bundled).pack as Pack;
    const edited = bundled.map((f) =>
      f.path === 'documents/policy.md'
        ? {
            ...f,
            content: f.content
              .replace('لا تقل عن أسبوع', 'لا تزيد على أسبوعين')
              .replace(/## الأدوات المتاحة[\s\S]*?(?=## إجراءات)/, '## قناة جديدة {#new-channel}\n\nنص جديد.\n\n'),
          }
        : f,
    );
    const after = loadPack(edited).pack as Pack;
    const changes = diffPack(snapshotOf(before), snapshotOf(after));
    expect(changes.added.map((c) => c.key)).toEqual(['policy#new-channel']);
    expect(changes.removed.map((c) => c.key)).toEqual(['policy#tools']);
    expect(changes.changed.map((c) => c.key)).toEqual(['policy#procedure']);
    expect(changes.changed[0]?.after).toContain('لا تزيد على أسبوعين');
    expect(changeCount(changes)).toBe(3);
    expect(changeCount(diffPack(snapshotOf(before), snapshotOf(before)))).toBe(0);
  });
});
