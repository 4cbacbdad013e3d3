import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImport } from '../../components/options/packFiles';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { blocksToDocument, encodingErrors, errorText, loadPack, loadStoredPack, markdownToText, mergePackFiles, packFilesFromZip } from '../../utils/knowledge';

const bundled = readPackFiles('knowledge');
const FRONT = '---\nid: crafted\ntitle: ملف\nkind: guide\nversion: 1\nstatus: official\n---\n# ملف\n\n';

/** Milliseconds `run` takes (the best of two, so one pause of a busy machine is not counted). */
function timed(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// Each of these ~150 KB documents took 7 to 36 seconds to import (a pattern retried from every
// position of a long run); a linear reading takes a few milliseconds. The bound is loose on purpose.
describe('a crafted document cannot make the import take seconds', () => {
  it.each([
    ['a heading with a long run of spaces inside', `${FRONT}## a${' '.repeat(50_000)}b\n\nنص.\n`],
    ['a heading with a long run of spaces and tabs before no anchor', `${FRONT}## a${' \t'.repeat(25_000)}{b\n\nنص.\n`],
    ['a long run of blank lines in a section', `${FRONT}## قسم\n\na${'\n \n'.repeat(25_000)}b\n`],
    ['thousands of unclosed links', `${FRONT}## قسم\n\n${'[a'.repeat(50_000)}\n`],
    ['thousands of links whose address never closes', `${FRONT}## قسم\n\n${'[a]('.repeat(40_000)}\n`],
    ['thousands of unclosed tags', `${FRONT}## قسم\n\n${'<a'.repeat(50_000)}\n`],
  ])('%s', (_name, content) => {
    let result: ReturnType<typeof loadPack> | null = null;
    const ms = timed(() => {
      result = loadPack(mergePackFiles(bundled, [{ path: 'crafted.md', content }]));
    });
    expect(ms).toBeLessThan(1000);
    expect((result as ReturnType<typeof loadPack> | null)?.errors).toEqual([]);
  });

  it('a file of many "---" lines is sorted into document or template at once', () => {
    const content = `${FRONT}## قسم\n\nنص.\n${'---\n'.repeat(100_000)}`;
    expect(timed(() => mergePackFiles(bundled, [{ path: 'crafted.md', content }]))).toBeLessThan(1000);
  });
});

describe('the linear reading keeps what the text said', () => {
  it.each([
    ['a link keeps its words, an address with brackets included', 'انظر [الدليل](https://example.org/wiki/A_(b)) هنا', 'انظر الدليل هنا'],
    ['an image keeps its description', '![شعار الجمعية](logo.png)', 'شعار الجمعية'],
    ['a tag goes, a lone "<" in a sentence stays', 'العدد < 5 و<b>مهم</b>', 'العدد < 5 و مهم'],
    ['list markers go with the blank line before them', 'الشروط:\n\n- الإقامة.\n- الدخل.', 'الشروط:\nالإقامة.\nالدخل.'],
    ['numbered items too', 'الخطوات:\n\n1. التسجيل.\n2) الزيارة.', 'الخطوات:\nالتسجيل.\nالزيارة.'],
  ])('%s', (_name, md, text) => {
    expect(markdownToText(md)).toBe(text);
  });

  it('a heading anchor and an editorial mark are still read, with spaces around them', () => {
    const content = `${FRONT}## المادة (3): الأهداف   {#goals .editorial}  \n\nنص.\n`;
    const { pack, errors } = loadPack(mergePackFiles(bundled, [{ path: 'crafted.md', content }]));
    expect(errors).toEqual([]);
    const section = pack?.documents.find((d) => d.id === 'crafted')?.sections.find((s) => s.id === 'goals');
    expect(section).toMatchObject({ title: 'المادة (3): الأهداف', editorial: true });
  });
});

describe('front matter keys named like Object properties', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('"%s: x" is an unknown key like any other, not "appears twice"', (key) => {
    const content = `${FRONT.replace('kind: guide', `kind: guide\n${key}: x`)}## قسم\n\nنص.\n`;
    const { pack, errors } = loadPack(mergePackFiles(bundled, [{ path: 'crafted.md', content }]));
    expect(errors).toEqual([]);
    expect(pack?.documents.find((d) => d.id === 'crafted')?.title).toBe('ملف');
  });

  it('a key written twice is still named on its second line', () => {
    const content = `${FRONT.replace('kind: guide', 'kind: guide\nconstructor: x\nconstructor: y')}## قسم\n\nنص.\n`;
    const { errors } = loadPack(mergePackFiles(bundled, [{ path: 'crafted.md', content }]));
    expect(errors).toEqual([{ file: 'documents/crafted.md', line: 6, message: 'front matter key "constructor" appears twice' }]);
  });

  it('a 100 KB line that is not "key: value" is named by its line and its start, not quoted whole', () => {
    const content = `${FRONT.replace('kind: guide', `kind: guide\n${'x'.repeat(100_000)}`)}## قسم\n\nنص.\n`;
    const { errors } = loadPack(mergePackFiles(bundled, [{ path: 'crafted.md', content }]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'documents/crafted.md', line: 5 });
    expect(errors[0]?.message.length).toBeLessThan(200);
  });
});

/** Text as Windows-1256 bytes (how Arabic Windows editors save "ANSI" files). */
function windows1256(text: string): Uint8Array<ArrayBuffer> {
  const decoded = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, b) => b));
  const byChar = new Map([...decoded].map((c, b) => [c, b]));
  return Uint8Array.from([...text].map((c) => byChar.get(c) ?? 0x3f));
}

describe('a file that is not UTF-8 is refused with its line, not imported as rows of "�"', () => {
  const ansi = windows1256(`${FRONT}## الخدمات\n\nتقدم الجمعية خدماتها.\n`);
  const locales = ['ar', 'en'].map((l) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string }>);

  it('a Markdown file chosen in the options page', async () => {
    const read = await readImport([new File([ansi], 'guide-ansi.md')], { kind: 'guide', title: '' });
    // Before: the import went through, title and text replaced by U+FFFD.
    expect(loadPack(mergePackFiles(bundled, read.files)).pack?.documents.find((d) => d.id === 'crafted')?.title).toMatch(/^\uFFFD+$/);
    expect(encodingErrors(read.files)).toEqual([{ file: 'guide-ansi.md', line: 3, message: expect.stringMatching(/^not UTF-8 text/) }]);
    const text = errorText(encodingErrors(read.files)[0]?.message ?? '');
    expect(text?.key).toBe('errNotUtf8');
    for (const messages of locales) expect(messages[text?.key ?? '']?.message).toBeTruthy();
  });

  it('a Markdown file inside a zip', () => {
    const files = packFilesFromZip({ 'pack/documents/guide.md': ansi, 'pack/documents/ok.md': new TextEncoder().encode(FRONT) });
    expect(encodingErrors(files).map((e) => [e.file, e.line])).toEqual([['documents/guide.md', 3]]);
  });

  it('a UTF-8 file with a BOM and CRLF line ends is fine', () => {
    const content = `\uFEFF${FRONT}## قسم\n\nنص.\n`.replace(/\n/g, '\r\n');
    expect(encodingErrors([{ path: 'crafted.md', content }])).toEqual([]);
    expect(loadPack(mergePackFiles(bundled, [{ path: 'crafted.md', content }])).errors).toEqual([]);
  });

  it('npm run knowledge -- validate names the file and line and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'murshid-ansi-'));
    try {
      cpSync('knowledge', dir, { recursive: true });
      writeFileSync(join(dir, 'documents', 'guide.md'), ansi);
      const run = await new Promise<{ code: number | null; out: string }>((done) =>
        execFile('npx', ['tsx', 'scripts/knowledge.ts', 'validate', dir], (e, stdout, stderr) =>
          done({ code: e ? (e.code as number) : 0, out: stdout + stderr }),
        ),
      );
      expect(run.code).not.toBe(0);
      expect(run.out).toMatch(/documents\/guide\.md:3: not UTF-8 text/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('titles that would show reversed or not at all are refused with their line', () => {
  const locales = ['ar', 'en'].map((l) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string }>);
  const RLO = '\u202E';
  const load = (files: { path: string; content: string }[]) => loadPack(mergePackFiles(bundled, files));
  const doc = (title: string, heading = 'قسم') => `${FRONT.replace('title: ملف', `title: ${title}`)}## ${heading}\n\nنص.\n`;

  it.each([
    ['a document title with a right-to-left override', doc(`سياسة ${RLO}gnirahs`), 3, 'errFieldBidi'],
    ['a document title of zero-width spaces only', doc('\u200B\u200B'), 3, 'errFieldInvisible'],
    ['a heading with an override', doc('ملف', `المادة ${RLO}(5)`), 10, 'errHeadingBidi'],
    ['a heading with an unclosed isolate', doc('ملف', `المادة \u2067(5)`), 10, 'errHeadingBidi'],
    ['a heading of a zero-width joiner only', doc('ملف', '\u200D'), 10, 'errHeadingInvisible'],
  ])('%s', (_name, content, line, key) => {
    const { pack, errors } = load([{ path: 'crafted.md', content }]);
    expect(pack).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'documents/crafted.md', line });
    const text = errorText(errors[0]?.message ?? '');
    expect(text?.key).toBe(key);
    for (const messages of locales) expect(messages[key]?.message).toBeTruthy();
  });

  it('a template title with an override', () => {
    const template = readFileSync('knowledge/templates/branch-answer.md', 'utf8').replace(/^title: .*$/m, `title: رد ${RLO}olleh`);
    const { errors } = load([{ path: 'branch-answer.md', content: template }]);
    expect(errors.map((e) => [e.file, e.line, errorText(e.message)?.key])).toEqual([['templates/branch-answer.md', 3, 'errFieldBidi']]);
  });

  it('text that is pasted into replies may not hold an override: a document line and a template line, each named', () => {
    const docText = `${FRONT}## قسم\n\nنص سليم.\nرقم الطلب ${RLO}4321 هنا.\n`;
    const template = readFileSync('knowledge/templates/branch-answer.md', 'utf8').replace('{{citation}}', `{{citation}} \u202Dabc`);
    const line = template.split('\n').findIndex((l) => l.includes('\u202D')) + 1;
    const { errors } = load([
      { path: 'crafted.md', content: docText },
      { path: 'branch-answer.md', content: template },
    ]);
    expect(errors.map((e) => [e.file, e.line, errorText(e.message)?.key])).toEqual([
      ['documents/crafted.md', 13, 'errTextBidi'],
      ['templates/branch-answer.md', line, 'errTextBidi'],
    ]);
    for (const messages of locales) expect(messages.errTextBidi?.message).toBeTruthy();
  });

  it('a pack stored before the rule is read again without them, not refused (nor replaced by the bundled pack); another error still refuses it', () => {
    const stored = mergePackFiles(bundled, [
      { path: 'crafted.md', content: `${FRONT.replace('title: ملف', 'title: \u202Bملف\u202C')}## قسم\n\nرقم الطلب \u202B4321\u202C هنا.\n` },
    ]);
    expect(loadPack(stored).pack).toBeNull();
    const read = loadStoredPack(stored);
    expect(read.errors).toEqual([]);
    const doc = read.pack?.documents.find((d) => d.id === 'crafted');
    expect(doc?.title).toBe('ملف');
    expect(doc?.sections[0]?.text).toContain('رقم الطلب 4321 هنا.');
    // The files a merge starts from are the ones that load, without the characters.
    expect(read.files.find((f) => f.path === 'documents/crafted.md')?.content).not.toMatch(/[\u202A-\u202E]/);
    const broken = stored.map((f) => (f.path === 'documents/crafted.md' ? { ...f, content: f.content.replace('kind: guide', 'kind: novel') } : f));
    expect(loadStoredPack(broken).pack).toBeNull();
  });

  it('isolates in text, which end themselves, are still allowed', () => {
    const { errors } = load([{ path: 'crafted.md', content: `${FRONT}## قسم\n\nالموقع \u2066https://waai.org.sa\u2069 للتسجيل.\n` }]);
    expect(errors).toEqual([]);
  });

  it('direction marks and joiners, which Arabic text with Latin names needs, are still allowed', () => {
    const { errors } = load([{ path: 'crafted.md', content: doc('دليل \u200Fwaai\u200F للخدمات', 'ملحق\u200C أ') }]);
    expect(errors).toEqual([]);
  });

  it('a Word document keeps no direction embeddings Word put in its text', () => {
    const md = blocksToDocument(
      [
        { tag: 'h1', text: 'الدليل' },
        { tag: 'h2', text: '\u202Bالمادة (1): الاسم\u202C' },
        { tag: 'p', text: 'اسم \u202Awaai\u202C.' },
      ],
      { id: 'guide', title: 'الدليل', kind: 'guide', version: '1', date: '2026-12-01' },
    );
    expect(md).not.toMatch(/[\u202A-\u202E]/);
    expect(load([{ path: 'documents/guide.md', content: md }]).errors).toEqual([]);
  });
});
