import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/lib/eval';
import { prefixesOf } from '../../utils/arabic';
import {
  analyze,
  arabiziSynonyms,
  dialectRelated,
  englishRelated,
  englishVariants,
  makeSnippet,
  negationRelated,
  SearchEngine,
  synonymRelated,
  synonymTable,
} from '../../utils/search';

const docs = [
  { id: 'a', title: 'مدة الرد', text: 'يرد على طلب المستفيد خلال مدة لا تقل عن أسبوع.' },
  { id: 'b', title: 'العضوية', text: 'أنواع العضوية: عضو عامل وعضو منتسب وعضو فخري.' },
  { id: 'c', title: 'الزيارة المنزلية', text: 'يجري الباحث الاجتماعي زيارة منزلية للأسرة بعد تحديد موعد.' },
  { id: 'd', title: 'Privacy', text: 'Personal data is kept confidential.' },
];

describe('SearchEngine', () => {
  const engine = new SearchEngine(docs);

  it('searches a known word (a place) as written: never corrected to an indexed neighbour', () => {
    // «الباحه» (Al-Baha) is one letter from «الباحث» (the researcher).
    expect(engine.search('الباحه').map((h) => h.id)).toEqual(['c']);
    expect(engine.search('الباحه', { asWritten: new Set(['الباحه']) })).toEqual([]);
  });

  it('finds through normalisation and stemming', () => {
    expect(engine.search('مدّة الرّد')[0]?.id).toBe('a');
    expect(engine.search('العضويه')[0]?.id).toBe('b');
    expect(engine.search('زياره منزليه')[0]?.id).toBe('c');
  });

  it('corrects a typo against the vocabulary', () => {
    expect(engine.search('المنزلبة')[0]?.id).toBe('c');
    expect(engine.search('الباجث')[0]?.id).toBe('c');
  });

  it('reads Arabizi against the index vocabulary, as typed and while typing', () => {
    expect(engine.search('ziyara manzilia')[0]?.id).toBe('c');
    expect(engine.search('al 3odwiya')[0]?.id).toBe('b');
    expect(engine.search('mudat al rad')[0]?.id).toBe('a');
    expect(engine.search('manz')).toEqual([]);
    expect(engine.search('manz', { prefix: true })[0]?.id).toBe('c');
    // A reading that is a function word (كيف) adds nothing; a misspelt English word is still corrected.
    expect(engine.parseQuery('kaif')).toEqual([]);
    expect(engine.search('confidental')[0]?.id).toBe('d');
    // A reading is then read as Arabic is: «asajel» (أسجل) meets the text's «يسجل» and «التسجيل».
    const e = new SearchEngine([
      { id: 'reg', title: 'التسجيل', text: 'يسجل الموظف بيانات المستفيد.' },
      { id: 'visit', title: 'الزيارة', text: 'يزور الباحث الأسرة.' },
    ]);
    expect(e.search('asajel')[0]?.id).toBe('reg');
  });

  it("reads a verb's noun through its heavy stem when an object pronoun hides it («ابلغهم» → إبلاغ)", () => {
    const e = new SearchEngine([
      { id: 'duties', title: 'الواجبات', text: 'إبلاغ الجمعية بأي تغير في ظروفه.' },
      { id: 'other', title: 'أخرى', text: 'زيارة منزلية.' },
    ]);
    expect(e.parseQuery('ابلغهم').map((t) => t.stem)).toContain('ابلاغ');
    expect(e.search('ابلغهم بالتغير')[0]?.id).toBe('duties');
  });

  it('reads a letter held down or repeated for emphasis as one («شكووووى», «طلببب»)', () => {
    const e = new SearchEngine([
      { id: 'complaints', title: 'الشكاوى', text: 'للمستفيد تقديم شكوى على الخدمة.' },
      { id: 'other', title: 'أخرى', text: 'زيارة منزلية.' },
    ]);
    expect(e.search('شكووووى')[0]?.id).toBe('complaints');
    expect(e.search('abc').length).toBe(0);
    expect(e.parseQuery('شكووووى').map((t) => t.stem)).toEqual(e.parseQuery('شكوى').map((t) => t.stem));
  });

  it('reads a colloquial passive as its active verb («تنراجع» → تراجع → مراجعة)', () => {
    const e = new SearchEngine([
      { id: 'review', title: 'المراجعة', text: 'مراجعة السياسة وتعميمها كل عام.' },
      { id: 'other', title: 'أخرى', text: 'زيارة منزلية.' },
    ]);
    expect(e.parseQuery('تنراجع').map((t) => t.stem)).toContain('مراجع');
    expect(e.search('متى تنراجع السياسة')[0]?.id).toBe('review');
  });

  it('reads known words typed without a space as those words', () => {
    const e = new SearchEngine([
      { id: 'alex', title: 'الإسكندر الأكبر', text: 'ولد الإسكندر الأكبر في بيلا سنة 356 قبل الميلاد.' },
      { id: 'board', title: 'مجلس الإدارة', text: 'يتكون مجلس الإدارة من سبعة أعضاء.' },
      { id: 'other', title: 'أخرى', text: 'نص آخر عن الزيارة.' },
    ]);
    expect(e.parseQuery('الاسكندرالاكبر').map((t) => t.stem)).toEqual(expect.arrayContaining(['اسكندر', 'اكبر']));
    expect(e.search('متى ولد الاسكندرالاكبر')[0]?.id).toBe('alex');
    expect(e.search('اعضاءمجلسالادارة')[0]?.id).toBe('board');
    // A word one edit from a known one is a typo, not two words.
    expect(e.parseQuery('الادراة').map((t) => t.stem)).toContain('ادار');
  });

  it('corrects letters colloquial speech merges, however many (ث/ت، ذ/ز، ظ/ض)', () => {
    const e = new SearchEngine([
      { id: 'duties', title: 'واجبات المستفيد', text: 'إبلاغ الجمعية بأي تغير في ظروفه خلال ثلاثين يوماً.' },
      { id: 'groups', title: 'الفئات', text: 'كبار السن وذوو الإعاقة.' },
      { id: 'other', title: 'تلال', text: 'زيارة ميدانية.' },
    ]);
    expect(e.search('تلاتين')[0]?.id).toBe('duties');
    expect(e.search('ضروفه')[0]?.id).toBe('duties');
    expect(e.search('زوو الاعاقه')[0]?.id).toBe('groups');
    // Only an unknown word is corrected: a word the index has stays itself.
    expect(e.parseQuery('زيارة').map((t) => t.stem)).not.toContain('ذيار');
  });

  it('corrects a three-letter word only by a swap or a dropped letter', () => {
    const e = new SearchEngine([
      { id: 'egypt', title: 'مصر', text: 'يسكن معظم السكان قرب النيل.' },
      { id: 'other', title: 'نصر', text: 'مضر وصبر.' },
    ]);
    expect(e.search('مرص')[0]?.id).toBe('egypt');
    expect(e.search('يسن')[0]?.id).toBe('egypt');
    // One letter replaced (مصك): a three-letter word has too many such neighbours to guess.
    expect(e.parseQuery('مصك')).toEqual([]);
  });

  it("finds a verb's form II verbal noun (درس → التدريس)", () => {
    const e = new SearchEngine([
      { id: 'teach', title: 'السيرة', text: 'عمل في التدريس بجامعة القرويين.' },
      { id: 'other', title: 'الرحلة', text: 'سافر إلى المشرق.' },
    ]);
    expect(e.search('أين درس؟')[0]?.id).toBe('teach');
    expect(new SearchEngine([{ id: 'teach', title: 'السيرة', text: 'عمل في التدريس.' }], { nounWeight: 0 }).search('أين درس؟')).toEqual([]);
  });

  it('completes the last word as a prefix only when asked', () => {
    expect(engine.search('الاجت')).toEqual([]);
    expect(engine.search('الاجت', { prefix: true })[0]?.id).toBe('c');
  });

  it('searches English text and honours the filter', () => {
    expect(engine.search('confidential data')[0]?.id).toBe('d');
    expect(engine.search('عضو', { filter: (id) => id !== 'b' })).toEqual([]);
  });

  it('returns nothing for stop words only or unknown words', () => {
    expect(engine.search('في من على')).toEqual([]);
    expect(engine.search('qqqqq')).toEqual([]);
  });

  it('weighs a question frame noun («عدد»، «اسم») below the words that say what about', () => {
    const docs = [
      { id: 'count', title: 'العد', text: 'عدد الأعضاء في النظام عدد متغير، ويحسب العدد كل عام.' },
      { id: 'members', title: 'التكوين', text: 'يتكون المجلس من سبعة أعضاء.' },
      { id: 'other', title: 'أخرى', text: 'نص آخر عن الزيارة.' },
    ];
    const q = 'كم عدد أعضاء المجلس';
    expect(new SearchEngine(docs).parseQuery(q).find((t) => t.stem === 'عدد')?.weight).toBeLessThan(1);
    expect(new SearchEngine(docs, { frameWeight: 1 }).search(q)[0]?.id).toBe('count');
    expect(new SearchEngine(docs).search(q)[0]?.id).toBe('members');
  });

  it('within one title, ranks the passage holding more of the question words first', () => {
    const filler = ' وتمتد أراضيها عبر مناطق واسعة ذات تاريخ طويل وشعوب متعددة'.repeat(6);
    const docs = [
      { id: 'short', title: 'الدولة العثمانية', text: 'الدولة العثمانية دولة عثمانية كبيرة، حكم العثمانيون دولتهم العثمانية قرونا.' },
      { id: 'long', title: 'الدولة العثمانية', text: `كانت عاصمة الدولة العثمانية إسطنبول ${filler}.` },
      { id: 'egypt', title: 'مصر', text: 'مصر عاصمتها القاهرة، والعاصمة كبيرة.' },
      { id: 'syria', title: 'سوريا', text: 'سوريا عاصمتها دمشق.' },
      { id: 'iraq', title: 'العراق', text: 'العراق عاصمته بغداد.' },
    ];
    const q = 'عاصمة الدولة العثمانية';
    expect(new SearchEngine(docs, { titleCoverage: 0 }).search(q)[0]?.id).toBe('short');
    const hits = new SearchEngine(docs).search(q);
    expect(hits.map((h) => h.id).slice(0, 2)).toEqual(['long', 'short']);
    // Scores still descend: callers that sort again keep this order.
    expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? Infinity);
    // Passages of different titles are left to their scores.
    expect(hits[2]?.id).toBe('egypt');
  });

  it('ranks the passage whose title the question names above a shorter mention elsewhere', () => {
    const docs = [
      { id: 'saudi', title: 'السعودية', text: 'تحد السعودية من الشمال العراق والأردن، ومن الجنوب اليمن وعمان.' },
      {
        id: 'iraq',
        title: 'العراق',
        text: 'العراق جمهورية اتحادية في غرب آسيا، عاصمتها بغداد، ويتكون من ثماني عشرة محافظة، ويمر بها نهرا دجلة والفرات، وتحدها من الجنوب الكويت والسعودية.',
      },
      { id: 'other', title: 'أخرى', text: 'نص لا علاقة له بشيء.' },
      { id: 'egypt', title: 'مصر', text: 'مصر دولة عربية عاصمتها القاهرة.' },
      { id: 'syria', title: 'سوريا', text: 'سوريا دولة عربية عاصمتها دمشق.' },
    ];
    const q = 'ما الدول التي تحد العراق من الجنوب';
    // Without the title boost (and without the question's words in order, «من الجنوب», which also point there).
    expect(new SearchEngine(docs, { titleBoost: 0, adjacentWeight: 0, quoteAdjacentWeight: 0 }).search(q)[0]?.id).toBe('saudi');
    expect(new SearchEngine(docs).search(q)[0]?.id).toBe('iraq');
  });

  it('matches another person of a present-tense verb, below the form typed', () => {
    const e = new SearchEngine([
      { id: 'y', title: 'سوريا', text: 'يحدها العراق من الشرق.' },
      { id: 't', title: 'لبنان', text: 'تحدها سوريا من الشمال.' },
      { id: 'n', title: 'أخرى', text: 'نص لا علاقة له.' },
      { id: 'q', title: 'الطلب', text: 'يقدم المستفيد طلبه في المقر.' },
    ]);
    expect(e.search('ما الذي يحد العراق').map((h) => h.id)).toEqual(['y', 't']);
    expect(e.search('تحد')[0]?.id).toBe('t');
    expect(e.search('يحد').map((h) => h.id)).toEqual(['y', 't']);
    expect(e.search('وين اقدم')[0]?.id).toBe('q'); // first person (أقدم) finds the text's third
    expect(e.search('اقدم')[0]?.score).toBeLessThan(e.search('يقدم')[0]?.score ?? 0);
  });

  it('related words rank below the words typed', () => {
    const hits = engine.search('عضو', { related: 'زيارة' });
    expect(hits.map((h) => h.id)).toEqual(['b', 'c']);
  });
});

describe('makeSnippet', () => {
  const text = 'تمهيد طويل عن الجمعية وأهدافها. ويرد على المستفيد خلال مدة لا تقل عن أسبوع. خاتمة.';

  it('picks the best sentence and highlights the original characters', () => {
    const s = makeSnippet(
      text,
      analyze('يرد مدة').map((t) => t.stem),
    );
    expect(s.text).toBe('ويرد على المستفيد خلال مدة لا تقل عن أسبوع.');
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['ويرد', 'مدة']);
    expect(s.before).toBe(true);
  });

  it('maps highlights through diacritics', () => {
    const s = makeSnippet(
      'خلال مُدَّةٍ لا تقل',
      analyze('مدة').map((t) => t.stem),
    );
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['مُدَّةٍ']);
  });

  it('ends a sentence where a citation does: not at a decimal point, a web address or a list number', () => {
    const stems = (q: string) => analyze(q).map((t) => t.stem);
    // It used to show «تصرف الإعانة بنسبة 2.» (the sentence cut at «2.5»).
    const rate = 'تمهيد عن الجمعية. تصرف الإعانة بنسبة 2.5 من الدخل عبر موقع awi.org.sa خلال أسبوع. خاتمة.';
    expect(makeSnippet(rate, stems('الإعانة أسبوع')).text).toBe('تصرف الإعانة بنسبة 2.5 من الدخل عبر موقع awi.org.sa خلال أسبوع.');
    // A list item keeps its number, as its citation does.
    const listed = 'أولاً نص طويل بعض الشيء عن الهدف الأول للجمعية. 2. تقديم الخدمات المتكاملة بأحدث الأساليب';
    expect(makeSnippet(listed, stems('تقديم الخدمات')).text).toBe('2. تقديم الخدمات المتكاملة بأحدث الأساليب');
  });

  it('never cuts inside a word when trimming a long sentence', () => {
    const long = `${'كلمة '.repeat(80)}المطلوب ${'نهاية '.repeat(80)}`;
    const s = makeSnippet(long, ['مطلوب'], 120);
    expect(s.text.length).toBeLessThanOrEqual(140);
    expect(long.includes(s.text)).toBe(true);
    expect(s.text.split(' ').every((w) => ['كلمة', 'المطلوب', 'نهاية'].includes(w))).toBe(true);
  });

  it("takes a word's stem from the index that holds it, and analyses the words it does not hold", () => {
    const engine = SearchEngine.fromSnapshot(new SearchEngine([{ id: 'x', title: 'مدة الرد', text }]).snapshot());
    const known = (w: string) => engine.indexedStem(w);
    const stems = analyze('يرد مدة المستفيد').map((t) => t.stem);
    expect(makeSnippet(text, stems, 220, known)).toEqual(makeSnippet(text, stems));
    // Function words are not held: analysed (and never highlighted) as before.
    expect(engine.indexedStem('على')).toBeUndefined();
    expect(engine.indexedStem('المستفيد')).toBe(analyze('المستفيد')[0]?.stem);
    // The index's stem is the one used: a word it holds under another stem is matched by that one.
    const s = makeSnippet(text, ['#'], 220, (w) => (w === 'المستفيد' ? '#' : known(w)));
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['المستفيد']);
  });

  it('a restored index looks a word up in its sorted words as written, as its vocabulary would, without building that vocabulary', () => {
    const snap = new SearchEngine(docs).snapshot();
    const restored = SearchEngine.fromSnapshot(structuredClone(snap));
    // A snapshot written before the order was kept: its vocabulary answers.
    const { surfaceOrder, ...older } = structuredClone(snap);
    expect(surfaceOrder?.length).toBe(snap.surface.split('\n').length);
    const old = SearchEngine.fromSnapshot(older);
    const words = [...new Set(docs.flatMap((d) => analyze(`${d.title} ${d.text}`).map((t) => t.term))), 'على', 'ليست', 'ا', '', 'zzz'];
    for (const w of words) expect(restored.indexedStem(w), w).toBe(old.indexedStem(w));
    expect(words.filter((w) => restored.indexedStem(w) !== undefined).length).toBeGreaterThan(15);
    // Building the vocabulary (for typos) was most of a 10,000-section pack's first search: a word's stem does not need it.
    expect((restored as unknown as { pendingSurface: unknown }).pendingSurface).not.toBeNull();
    // Words run together, typos and real-word slips read the same through either.
    for (const q of ['مدّة الرّد', 'العضويه', 'الزيارةالمنزلية', 'المستفيد خلال', 'زيارهمنزلية', 'confidental'])
      expect(restored.search(q, { prefix: true }), q).toEqual(old.search(q, { prefix: true }));
  });
});

describe('evaluate', () => {
  it('computes MRR@10 and recall@5', () => {
    const ranker = { search: (q: string) => (q === 'x' ? ['1', '2'] : ['2', '1']) };
    const r = evaluate(ranker, [
      { q: 'x', relevant: ['1'] },
      { q: 'y', relevant: ['1'] },
    ]);
    expect(r.mrr10).toBe(0.75);
    expect(r.recall5).toBe(1);
    expect(r.queries).toBe(2);
  });
});

describe('index snapshots', () => {
  it.each([
    ['whole-number field weights', {}],
    ['fractional field weights (frequencies stored as floats)', { titleWeight: 4.5, keywordWeight: 1.5 }],
  ])('an engine restored from its snapshot answers exactly like the one that was built: %s', (_, params) => {
    // Enough documents that gaps between them take more than one byte.
    const many = [
      ...docs,
      ...Array.from({ length: 300 }, (_, i) => ({ id: `x${i}`, title: `قرار ${i}`, text: i % 150 === 0 ? 'زيارة منزلية للأسرة' : `نص رقم ${i}` })),
    ];
    const built = new SearchEngine(many, params);
    const restored = SearchEngine.fromSnapshot(structuredClone(built.snapshot()), params);
    for (const q of ['مدّة الرّد', 'العضويه', 'المنزلبة', 'الاجت', 'confidential data', 'عضو زيارة', 'زيارة منزلية', 'قرار 299']) {
      expect(restored.search(q, { prefix: true })).toEqual(built.search(q, { prefix: true }));
    }
    expect(built.search('زيارة منزلية', { limit: 5 }).map((h) => h.id)).toEqual(expect.arrayContaining(['c', 'x0', 'x150']));
    expect(restored.size).toBe(built.size);
  });

  it.each([
    ['whole-number field weights', {}],
    ['fractional field weights', { titleWeight: 4.5, keywordWeight: 1.5 }],
  ])('a restored engine takes more documents and then answers like one built with all of them: %s', (_, params) => {
    // Thawing decodes every row (numbered proximity pairs and heavy terms read through their stem
    // included) back into words and frequencies; coding them again must give the same bytes.
    const all = new SearchEngine(docs, params);
    const restored = SearchEngine.fromSnapshot(structuredClone(new SearchEngine(docs.slice(0, 2), params).snapshot()), params);
    for (const d of docs.slice(2)) restored.add(d);
    for (const q of ['مدّة الرّد', 'العضويه', 'عضو زيارة', 'زيارة منزلية']) expect(restored.search(q, { prefix: true })).toEqual(all.search(q, { prefix: true }));
    expect(restored.snapshot()).toEqual(all.snapshot());
  });

  it('is restored only by the analysis and weights that built it', () => {
    const snap = new SearchEngine(docs).snapshot();
    expect(SearchEngine.canRestore(structuredClone(snap))).toBe(true);
    expect(SearchEngine.canRestore({ ...snap, analysis: 'an earlier stemmer' })).toBe(false);
    expect(SearchEngine.canRestore(snap, { titleWeight: 4 })).toBe(false);
    expect(SearchEngine.canRestore(new SearchEngine(docs, { titleWeight: 4 }).snapshot(), { titleWeight: 4 })).toBe(true);
  });

  it('documents added after a search are indexed too', () => {
    const e = new SearchEngine(docs.slice(0, 2));
    expect(e.search('زيارة')).toEqual([]);
    e.add(docs[2] as (typeof docs)[number]);
    expect(e.search('زيارة')[0]?.id).toBe('c');
  });
});

describe('englishRelated', () => {
  const glossary = { general: 'العام', meeting: 'اجتماع', 'general meeting': 'الجمعية العمومية', visit: 'الزيارة' };
  it('prefers a two-word entry over its words, and reads plurals', () => {
    expect(englishRelated('annual General Meetings', glossary)).toEqual(['الجمعية العمومية']);
    expect(englishRelated('general goal of visits', glossary)).toEqual(['العام', 'الزيارة']);
    expect(englishRelated('مدة الرد', glossary)).toEqual([]);
  });

  it('takes a three-word entry before its pairs and words', () => {
    const g = { day: 'يوم', 'day to day': 'الإدارة اليومية', runs: 'يتولى' };
    expect(englishRelated('who runs it day to day', g)).toEqual(['يتولى', 'الإدارة اليومية']);
    expect(englishRelated('day to', g)).toEqual(['يوم']);
  });

  it('reads common English endings and ignores what only the object prototype has', () => {
    const g = { expel: 'إسقاط العضوية', close: 'إغلاق', disability: 'الإعاقة', donations: 'التبرعات' };
    expect(englishRelated('expelled members', g)).toEqual(['إسقاط العضوية']);
    expect(englishRelated('closing closed closes', g)).toEqual(['إغلاق', 'إغلاق', 'إغلاق']);
    expect(englishRelated('disabilities', g)).toEqual(['الإعاقة']);
    expect(englishRelated('a donation', g)).toEqual(['التبرعات']);
    expect(englishRelated('constructor toString', g)).toEqual([]);
  });
});

describe('englishVariants', () => {
  it('gives the other forms of English words, to meet section keywords', () => {
    expect(englishVariants('expelled members')).toEqual(expect.arrayContaining(['expel', 'member']));
    expect(englishVariants('closing')).toContain('close');
    expect(englishVariants('مدة الرد')).toEqual([]);
  });
});

describe('synonymRelated', () => {
  const table = synonymTable([
    ['واجبات', 'التزامات', 'المطلوب مني'],
    ['مستند', 'أوراق'],
  ]);
  it('matches a two-word entry before its words, and single words by form or stem', () => {
    expect(synonymRelated('وش المطلوب مني', table)).toEqual(['واجبات التزامات المطلوب مني']);
    // «المطلوبة» alone is not the phrase: the documents group only, found through the stem.
    expect(synonymRelated('الاوراق المطلوبة', table)).toEqual(['مستند أوراق']);
  });

  it('reads Arabizi words against the table (awraq → أوراق → its group)', () => {
    expect(arabiziSynonyms('wesh al awraq', table, prefixesOf(table.keys()))).toEqual(['مستند أوراق']);
    expect(arabiziSynonyms('board meeting', table, prefixesOf(table.keys()))).toEqual([]);
  });
});

describe('negationRelated', () => {
  it("reads a colloquial negated verb as the documents' «عدم», and a question's «ما» as a question", () => {
    for (const q of ['عضو ما دفع الاشتراك وش يصير له', 'اذا الاجراءات مو واضحه', 'لم يكتمل النصاب', 'اذا ما رضيت بالنتيجة'])
      expect(negationRelated(q), q).toEqual(['عدم']);
    for (const q of ['ما شروط العضوية', 'ما هي الشروط', 'وش يصير بعد ما اقدم الطلب', 'ما الشروط']) expect(negationRelated(q), q).toEqual([]);
  });
});

describe('Gulf colloquial words', () => {
  it('are read as the standard words documents write, by surface form or stem', () => {
    expect(dialectRelated('وحدة عندها بزران').join(' ')).toContain('أطفال');
    expect(dialectRelated('ابي اشيك على طلبي').join(' ')).toContain('يتحقق');
    expect(dialectRelated('صورة الاحوال').join(' ')).toContain('الهوية الوطنية');
  });
  it('leave standard words and function words alone', () => {
    expect(dialectRelated('مدة الرد على الطلب سوى تطبيق اللائحة')).toEqual([]);
  });
});
