import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, ImportLimitError } from '../../components/options/importLimits';
import { readImport } from '../../components/options/packFiles';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { archiveDocuments, prng } from '../../scripts/lib/synthetic';
import { loadPack, mergePackFiles } from '../../utils/knowledge';

const WORDS = [
  'يجتمع',
  'مجلس',
  'الإدارة',
  'مرة',
  'كل',
  'شهر',
  'ويقرر',
  'صرف',
  'المساعدة',
  'للأسر',
  'المستحقة',
  'بعد',
  'دراسة',
  'الحالة',
  'والتحقق',
  'من',
  'الدخل',
];

/** 10,000 sections of about a kilobyte each: the shape of the panel bench's imported pack (about 10 MB of Markdown). */
function sections(count: number) {
  const rnd = prng(3);
  const sentence = () => Array.from({ length: 12 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `x${i}`,
    title: `قرار ${sentence().slice(0, 30)}`,
    text: `${Array.from({ length: 8 }, sentence).join('. ')}.`,
  }));
}

const bundled = readPackFiles('knowledge');
const asFile = (f: { name: string; content: string }) => new File([f.content], f.name, { type: 'text/markdown' });
const docx = { kind: 'policy' as const, title: '' };

// Generous timeouts: a loaded machine (not a measurement; the bench measures).
describe('a 10,000-section import', () => {
  const docs = sections(10_000);
  const files = archiveDocuments(docs, IMPORT_LIMITS.entryBytes);

  it('as one Markdown file is over the per-file limit and refused by name (what stalled the panel bench)', async () => {
    const single = archiveDocuments(docs, Number.POSITIVE_INFINITY);
    expect(single).toHaveLength(1);
    const whole = single[0];
    expect(Buffer.byteLength(whole?.content ?? '')).toBeGreaterThan(IMPORT_LIMITS.entryBytes);
    await expect(readImport([asFile(whole as { name: string; content: string })], docx)).rejects.toBeInstanceOf(ImportLimitError);
  }, 60_000);

  it('split into documents under the limit is read, validated and loaded whole', async () => {
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(Buffer.byteLength(f.content)).toBeLessThanOrEqual(IMPORT_LIMITS.entryBytes);
    const read = await readImport(files.map(asFile), docx);
    expect(read.refused).toEqual([]);
    const { pack, errors } = loadPack(mergePackFiles(bundled, read.files));
    expect(errors).toEqual([]);
    const archive = pack?.documents.filter((d) => d.id.startsWith('archive-')) ?? [];
    expect(archive).toHaveLength(files.length);
    expect(archive.reduce((n, d) => n + d.sections.length, 0)).toBe(10_000);
    expect(archive.flatMap((d) => d.sections.map((s) => s.id)).at(-1)).toBe('d9999');
  }, 60_000);
});
