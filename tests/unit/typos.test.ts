import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../utils/search';

// «الهند» in five passages, «الند» (a real word, "the peer") in one: a query's «الند» is likelier a
// slip for «الهند» than meant.
const docs = [
  ...['تقع الهند في جنوب آسيا', 'عاصمة الهند نيودلهي', 'استقلت الهند عام 1947', 'الهند سابع دولة في المساحة', 'لغات الهند كثيرة'].map((text, i) => ({
    id: `h${i}`,
    title: '',
    text,
  })),
  { id: 'peer', title: '', text: 'وقف الند للند في المباراة' },
  { id: 'marry', title: '', text: 'يتزوج الأمير في الربيع' },
];
const stems = (e: SearchEngine, q: string, options = {}) => e.parseQuery(q, options).map((t) => t.stem);

describe('typos that make another word', () => {
  const e = new SearchEngine(docs);
  const hind = stems(e, 'الهند')[0] as string;

  it('reads a rare word also as a much commoner one a slip away, below the word itself', () => {
    const terms = e.parseQuery('ترتيب الند في المساحة');
    const slip = terms.find((t) => t.stem === hind);
    expect(slip?.weight).toBeGreaterThan(0);
    expect(slip?.weight).toBeLessThan(1);
    expect(e.search('ترتيب الند في المساحة')[0]?.id).toBe('h3');
    expect(e.search('الند')[0]?.id).toBe('peer');
  });

  it('does not read a common word as a rarer one, nor a word still being typed, nor with the rule off', () => {
    expect(stems(e, 'الهند')).not.toContain(stems(e, 'الند')[0]);
    expect(stems(e, 'الند', { prefix: true })).not.toContain(hind);
    expect(stems(new SearchEngine(docs, { slipWeight: 0 }), 'الند')).not.toContain(hind);
  });
});

describe('a question mark swapped with a last letter', () => {
  const e = new SearchEngine(docs);

  it('reads «يتزو؟ج» as «يتزوج؟»', () => {
    expect(stems(e, 'متى يتزو؟ج')).toEqual(stems(e, 'متى يتزوج؟'));
    expect(e.search('متى يتزو؟ج')[0]?.id).toBe('marry');
  });

  it('leaves a mark followed by a whole word (a space left out) as two words', () => {
    expect(stems(e, 'الهند؟عاصمة')).toEqual(stems(e, 'الهند؟ عاصمة'));
  });
});
