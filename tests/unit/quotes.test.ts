import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../scripts/lib/pack-files';
import type { Pack } from '../../utils/knowledge';
import { createPackSearch, SearchEngine } from '../../utils/search';
import { isQuote } from '../../utils/search/query';

describe('quote lookup', () => {
  it('takes quoted text and three words of running text as a quote, not a question', () => {
    expect(isQuote('«من يشاء»')).toBe(true);
    expect(isQuote('"دون ذلك"')).toBe(true);
    expect(isQuote('على الناس على')).toBe(true);
    expect(isQuote('متى ولد الاسكندر الاكبر')).toBe(false);
    expect(isQuote('من هو مؤسس الدولة؟')).toBe(false);
    expect(isQuote('مدة الرد')).toBe(false);
  });

  const docs = [
    { id: 'order', title: 'أ', text: 'يغفر الله لمن يشاء في كل حين ويعذب من يشاء.' },
    { id: 'swapped', title: 'ب', text: 'في كل حين يشاء الله لمن يغفر ويعذب من يشاء.' },
    { id: 'stem', title: 'ج', text: 'الناس يشاؤون الخير والمشيئة لله.' },
  ];

  it('finds a quote made of common words by its words in their order', () => {
    const e = new SearchEngine(docs);
    expect(e.search('لمن يشاء في')[0]?.id).toBe('order');
    expect(e.search('«يشاء الله لمن»')[0]?.id).toBe('swapped');
  });

  it('ranks the passage holding the exact form above one sharing only the stem', () => {
    const e = new SearchEngine([
      { id: 'stem', title: '', text: 'المعلمون في المدارس كثيرون' },
      { id: 'exact', title: '', text: 'المعلم في المدرسة واحد' },
    ]);
    expect(e.search('المعلم في المدرسة')[0]?.id).toBe('exact');
  });

  it('keeps adjacent words through a snapshot', () => {
    const built = new SearchEngine(docs);
    const restored = SearchEngine.fromSnapshot(structuredClone(built.snapshot()));
    expect(restored.search('يشاء الله لمن').map((h) => h.id)).toEqual(built.search('يشاء الله لمن').map((h) => h.id));
    expect(restored.search('يشاء الله لمن')[0]?.id).toBe('swapped');
  });

  it('indexes no adjacent words when no query reads them (the plain configuration)', () => {
    const plain = new SearchEngine(docs, { adjacentWeight: 0, quoteAdjacentWeight: 0 });
    const full = new SearchEngine(docs);
    expect(plain.snapshot().pairs.length).toBeLessThan(full.snapshot().pairs.length);
  });
});

describe('«all documents» against a document filter (bundled pack)', () => {
  const { pack } = loadPackDir('knowledge');
  const search = createPackSearch(pack as Pack);
  const panel = { limit: 20, prefix: true, minRelative: 0.2, perDocument: true };
  const key = (h: { doc: { id: string }; section: { id: string } }) => `${h.doc.id}#${h.section.id}`;

  it.each(['سرية البيانات', 'التطوع', 'الشكاوى', 'مدة الرد', 'شروط العضوية', 'الزيارة المنزلية', 'اجتماعات مجلس الادارة', 'حماية البيانات الشخصية'])(
    'never hides under «all» a section a filter shows for «%s»',
    (q) => {
      const all = new Set(search.search(q, panel).map(key));
      for (const doc of (pack as Pack).documents) {
        for (const h of search.search(q, { ...panel, docs: [doc.id] })) expect(all, `${key(h)} under «${q}»`).toContain(key(h));
      }
    },
  );

  it('keeps a plain limit for callers that do not ask per document (the omnibox, the top 3)', () => {
    expect(search.search('اجتماعات مجلس الادارة', { limit: 3 })).toHaveLength(3);
  });

  it('shows the bylaws article on keeping data secret for «سرية البيانات» under «all»', () => {
    expect(search.search('سرية البيانات', panel).map(key)).toContain('bylaws#article-41');
  });
});
