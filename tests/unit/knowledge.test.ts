import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answeredInTop, type KnowledgeQuery } from '../../scripts/lib/knowledge-eval';
import { loadPackDir, readPackFiles } from '../../scripts/lib/pack-files';
import { normalize } from '../../utils/arabic';
import { citation, loadPack, type Pack, type PackFile, quotesSample } from '../../utils/knowledge';
import { analyze, createPackSearch, makeSnippet } from '../../utils/search';

const { pack, errors } = loadPackDir('knowledge');

describe('the bundled knowledge pack', () => {
  it('is valid', () => {
    expect(errors).toEqual([]);
    expect(pack).not.toBeNull();
  });
  const p = pack as Pack;

  it('lists the seven channels of the policy with Arabic and English labels', () => {
    expect(p.channels.map((c) => c.label.ar)).toEqual([
      'المقابلة',
      'الاتصالات الهاتفية',
      'وسائل التواصل الاجتماعي',
      'الخطابات',
      'خدمة التطوع',
      'الموقع الإلكتروني للجمعية',
      'فروع الجمعية ومكاتبها',
    ]);
    for (const c of p.channels) expect(c.label.en).toMatch(/[A-Za-z]/);
  });

  it('reproduces the policy faithfully: every sentence of the source is there', () => {
    const policy = p.documents.find((d) => d.id === 'policy');
    expect(policy?.status).toBe('official');
    const text = normalize(policy?.sections.map((s) => `${s.title}\n${s.text}`).join('\n') ?? '').replace(/\s+/g, ' ');
    // Phrases taken from the seed in reading order (the PDF extraction scrambles some lines).
    const phrases = [
      'السياسات والإجراءات التي تنظم علاقتها بجميع الأطراف من مستفيدين وداعمين ومتطوعين وخلافه',
      'وتبعات التقصير في الأداء',
      'مع مراجعتها باستمرار والتعديل عليها وتعميمها بما يكفل حقوق المستفيد',
      'تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية',
      'والوصول إليهم بأسهل الطرق دون الحاجة إلى طلب المستفيد',
      'تقديم الخدمات المتكاملة بأحدث الأساليب الالكترونية في خدمة المستفيد',
      'تقديم خدمة للمستفيد من موقعه حفاظاً لوقته وتقديراً لظروفه وسرعة انجاز خدمته',
      'التركيز على عملية قياس رضا المستفيد كوسيلة لرفع جودة الخدمة المقدمة',
      'زيادة ثقة وانتماء المستفيدين بالجمعية من خلال تبني أفضل المعايير والممارسات',
      'تصحيح المفاهيم السائدة لدى المستفيد عن الخدمات المقدمة في الجمعية',
      'تكوين انطباعات وقناعات ايجابية جديدة نحو الجمعية وما تقدم من خدمات',
      'حيث أنها أداة للتقويم والتطوير لا للعقاب والتشهير',
      'نشر ثقافة جودة الخدمة بين جميع الأقسام التي تقدم خدماتها للمستفيدين الداخلي أو الخارجي',
      'من خلال تلمس أراء المستفيدين',
      'المقابلة',
      'الاتصالات الهاتفية',
      'خدمة التطوع',
      'الموقع الالكتروني للجمعية',
      'فروع الجمعية ومكاتبها',
      'اللائحة الأساسية للجمعية',
      'دليل خدمات البحث الاجتماعي',
      'استقبال المستفيد بلباقة واحترام والإجابة على جميع الاستفسارات وإعطاء المراجع الوقت الكافي',
      'وعلى الموظف مطابقة البيانات والتأكد منها وقت التقديم',
      'فعلى الموظف إحالته للإدارة للإجابة على تساؤلاته وإيضاح الجوانب التنظيمية',
      'التوضيح للمستفيد بأن طلبه سيرفع للإدارة لدراسة طلبه والرد عليه خلال مدة لا تقل عن أسبوع',
      'تقديم الخدمة اللازمة',
    ];
    for (const phrase of phrases) expect(text, phrase).toContain(normalize(phrase));
  });

  it('has one section per bylaws article, numbered in order, and marks the starters as samples', () => {
    const bylaws = p.documents.find((d) => d.id === 'bylaws');
    const articles = bylaws?.sections.filter((s) => s.id.startsWith('article-')) ?? [];
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(articles.map((s) => s.id)).toEqual(articles.map((_, i) => `article-${i + 1}`));
    expect(bylaws?.status).toBe('sample');
    expect(p.documents.find((d) => d.id === 'guide')?.status).toBe('sample');
  });

  it('keywords name existing sections; those of sections an import removed are dropped, not refused', () => {
    expect(Object.keys(p.keywords).length).toBeGreaterThan(60);
    const manifest = readPackFiles('knowledge').map((f) =>
      f.path === 'pack.json' ? { ...f, content: f.content.replace('"bylaws#article-1":', '"bylaws#article-99":') } : f,
    );
    const other = loadPack(manifest);
    expect(other.errors).toEqual([]);
    expect(other.pack?.keywords['bylaws#article-99']).toBeUndefined();
    expect(other.pack?.keywords['bylaws#article-2']).toBe(p.keywords['bylaws#article-2']);
  });

  it('every section has text and is found by its own title', () => {
    const search = createPackSearch(p);
    for (const { doc, section } of search.sections) {
      expect(section.text.length, section.id).toBeGreaterThan(0);
      const title = section.title.replace(/^المادة \(\d+\):\s*/, '');
      const top = search.search(title, { limit: 5 }).map((h) => `${h.doc.id}#${h.section.id}`);
      expect(top, `${doc.id}#${section.id} "${title}"`).toContain(`${doc.id}#${section.id}`);
    }
  });

  const questions = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as KnowledgeQuery[];
  // The shared dev set must pass whole (read from ../shared when the clone sits beside it, else
  // from the copy in fixtures); our own set holds harder questions written to find weaknesses (the
  // issue's bar is 90%), and names the ones it misses.
  const SHARED_DEV = '../shared/eval/knowledge-dev.json';
  it.each([
    [existsSync(SHARED_DEV) ? SHARED_DEV : 'tests/fixtures/knowledge-dev.json', 1],
    ['tests/fixtures/knowledge-questions.json', 0.95],
  ])(
    'answers the staff questions of %s in the top 3 (at least %s)',
    (file, share) => {
      const search = createPackSearch(p);
      const all = questions(file);
      const missed = all.filter(({ q, any }) => !answeredInTop(search.search(q, { limit: 3 }), any)).map((x) => x.q);
      expect((all.length - missed.length) / all.length, `missed: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(share);
      // About 1,200 questions: seconds on an idle machine, more on a busy one.
    },
    60_000,
  );

  it('searches Arabic typed with the keyboard on English as the Arabic, and only then', () => {
    const search = createPackSearch(p);
    expect(search.layoutSwitch('l]m hgv]')).toBe('مدة الرد');
    expect(search.search('l]m hgv]', { limit: 3 }).map((h) => h.section.id)).toEqual(search.search('مدة الرد', { limit: 3 }).map((h) => h.section.id));
    // While typing, the last word may be unfinished («التطو»).
    expect(search.layoutSwitch("hgj',", true)).toBe('التطو');
    for (const q of ['board meeting', 'shakwa', 'مدة الرد', '2026', 'xyz qwv']) expect(search.layoutSwitch(q, true), q).toBeNull();
  });

  it('reads an English word the glossary knows as English: not Arabizi, and not «corrected» to a neighbour', () => {
    const search = createPackSearch(p);
    // «hear» is one letter from the financial «year», «back» from «bank».
    expect(search.search('how long until we hear back', { limit: 3 }).map((h) => h.section.id)).toContain('timelines');
    // A long word's neighbour is its spelling: «counseling» still meets the keywords' «counselling».
    expect(search.search('family counseling', { limit: 3 }).some((h) => h.stems.includes('counselling'))).toBe(true);
  });

  it('reads how beneficiaries ask about the service area and the sharing of their information', () => {
    const search = createPackSearch(p);
    const top = (q: string) => search.search(q, { limit: 3 }).map((h) => `${h.doc.id}#${h.section.id}`);
    // «مناطق» and «تغطي» are the synonym group of the documents' «نطاق الخدمة».
    expect(top('وش المناطق اللي تغطيها الجمعية')).toContain('bylaws#article-3');
    // "share" is what the confidentiality section calls disclosing («تفصح»).
    expect(top('will you share my file with my husband')).toContain('guide#confidentiality');
  });

  it('finds an article asked for by its ordinal («المادة الخامسة والعشرون» is «المادة (25)»)', () => {
    const search = createPackSearch(p);
    expect(search.search('المادة الخامسة والعشرون', { limit: 1 })[0]?.section.id).toBe('article-25');
    expect(search.search('الماده الثانيه عشر', { limit: 1 })[0]?.section.id).toBe('article-12');
  });

  it('takes a Saudi place or a colloquial word for what it is, not a typo of a pack word («لجده» is not «لجنه»)', () => {
    const search = createPackSearch(p);
    const moved = search.search('انتقلت من الرياض لجده', { limit: 3 });
    expect(moved[0]?.section.id).toBe('closing');
    expect(moved.flatMap((h) => h.stems)).not.toContain('لجن');
    expect(search.search('ساكن في الباحه وابي مساعده', { limit: 5 }).flatMap((h) => h.stems)).not.toContain('باحث');
    // Nor is a colloquial word the dialect lexicon reads: «شايب» (an old man) is not «نايب» (the vice-chairman).
    const old = search.search('ابوي شايب', { limit: 5 });
    expect(old[0]?.section.id).toBe('beneficiaries');
    expect(old.flatMap((h) => h.stems)).not.toContain('نايب');
  });

  it('cites an article as "المادة (n) «title» من <document>: <text>"', () => {
    const bylaws = p.documents.find((d) => d.id === 'bylaws');
    const article = bylaws?.sections.find((s) => s.id === 'article-23');
    expect(bylaws && article && citation(bylaws, article)).toMatch(
      /^المادة \(23\) «تكوين مجلس الإدارة» من اللائحة الأساسية للجمعية \(نص تجريبي\): يتولى إدارة الجمعية/,
    );
    // An article with no title of its own keeps its number alone.
    expect(citation({ title: 'لائحة' }, { ...section('نص المادة.'), title: 'المادة (5)' })).toBe('المادة (5) من لائحة: نص المادة.');
    const policy = p.documents.find((d) => d.id === 'policy');
    const procedure = policy?.sections.find((s) => s.id === 'procedure');
    // Its heading was added by the editors (the seed has none): a citation does not pass it off as the policy's.
    expect(procedure?.editorial).toBe(true);
    expect(policy && procedure && citation(policy, procedure, 60)).toMatch(/^سياسة تنظيم العلاقة مع المستفيدين: ويتم التعامل .+…$/);
    const goal = policy?.sections.find((s) => s.id === 'general-goal');
    expect(policy && goal && citation(policy, goal, 30)).toMatch(/^«الهدف العام» من سياسة تنظيم العلاقة مع المستفيدين: /);
  });

  it('cuts a long citation after its last whole sentence, not mid-sentence, and «…» says text was left out', () => {
    const policy = p.documents.find((d) => d.id === 'policy');
    const procedure = policy?.sections.find((s) => s.id === 'procedure');
    // 490 characters: the default 400 used to stop at «التوضيح للمستفيد بأن…».
    const full = policy && procedure ? citation(policy, procedure) : '';
    expect(full).toMatch(/وإيضاح الجوانب التنظيمية\. …$/);
    expect(full).not.toContain('بأن…');
    // No sentence or list item ends within the allowance: the last whole word, and « …» as after a sentence.
    expect(policy && procedure && citation(policy, procedure, 60)).toMatch(/ معاملاته …$/);
    // A list number («2.») is not the end of a sentence.
    const listed = {
      id: 'x',
      title: 'الأهداف',
      path: [],
      markdown: '',
      line: 1,
      text: 'أولاً نص طويل بعض الشيء عن الهدف الأول للجمعية. 2. تقديم الخدمات المتكاملة بأحدث الأساليب',
    };
    expect(citation({ title: 'وثيقة' }, listed, 60)).toBe('«الأهداف» من وثيقة: أولاً نص طويل بعض الشيء عن الهدف الأول للجمعية. …');
  });

  const section = (text: string) => ({ id: 'x', title: 'قسم', path: [], markdown: '', line: 1, text });

  it("prefers any sentence or list-item end to a mid-sentence cut, and never ends on a list's opening «ما يلي:»", () => {
    const long = `${'كلمة '.repeat(40).trim()} بلا نقطة`;
    // A sentence that ends early (a fifth of the allowance) still beats cutting the next one mid-way.
    expect(citation({ title: 'وثيقة' }, section(`جملة قصيرة تامة. ${long}`), 100)).toBe('«قسم» من وثيقة: جملة قصيرة تامة. …');
    // A list item ends at its line even without a full stop; a line that opens a list does not end anything.
    expect(citation({ title: 'وثيقة' }, section(`بند أول بلا نقطة\nبند ثان ${long}`), 100)).toBe('«قسم» من وثيقة: بند أول بلا نقطة …');
    expect(citation({ title: 'وثيقة' }, section(`وذلك عن طريق ما يلي:\n${long}`), 100)).toMatch(/^«قسم» من وثيقة: وذلك عن طريق ما يلي: كلمة .+ كلمة …$/);
  });

  it('reads a Latin semicolon as the Arabic «؛», as the snippet does: the quote holds the passage the snippet showed', () => {
    const words = 'كلام '.repeat(30).trim();
    const s = section(`${words}; يرد على المستفيد خلال أسبوع. ${words}.`);
    const stems = analyze('يرد أسبوع').map((t) => t.stem);
    const at = makeSnippet(s.text, stems).start;
    expect(at).toBe(s.text.indexOf('يرد على'));
    // It used to quote from the section's start, and stop before the sentence the search matched.
    expect(citation({ title: 'وثيقة' }, s, 100, at)).toBe('«قسم» من وثيقة: … يرد على المستفيد خلال أسبوع. …');
    expect(citation({ title: 'وثيقة' }, section(`جملة قصيرة تامة; ${words}`), 100)).toBe('«قسم» من وثيقة: جملة قصيرة تامة; …');
  });

  it('quotes a long section from the passage the search matched, with «…» before it (goal 6 of the detailed goals)', () => {
    const policy = p.documents.find((d) => d.id === 'policy');
    const goals = policy?.sections.find((s) => s.id === 'detailed-goals');
    if (!policy || !goals) throw new Error('policy#detailed-goals');
    // From its start, 400 characters stop after goal 4: a complaint about evaluation never saw goal 6.
    expect(citation(policy, goals)).not.toContain('حق من حقوق المستفيد');
    const hit = createPackSearch(p)
      .search('تقييم جودة الخدمة حق من حقوق المستفيد', { limit: 10 })
      .find((h) => h.section.id === 'detailed-goals');
    expect(hit).toBeDefined();
    const quoted = citation(policy, goals, 400, hit?.snippet.start);
    // The means is quoted under the goal it serves (goal 6, with its number), not as a goal of its own.
    expect(quoted).toMatch(
      /^«الأهداف التفصيلية» من سياسة تنظيم العلاقة مع المستفيدين: … 6\. زيادة ثقة .+ وذلك عن طريق ما يلي: … نشر ثقافة تقييم الخدمة لدى المستفيد/,
    );
    expect(quoted).toContain('تقييم جودة الخدمة حق من حقوق المستفيد، حيث أنها أداة للتقويم والتطوير لا للعقاب والتشهير.');
    expect(quoted).toMatch(/\. …$/);
    // A match in the last item of a list whose opening line is too far back: that line, «…», the item.
    const procedure = policy.sections.find((s) => s.id === 'procedure');
    const at = procedure?.text.indexOf('تقديم الخدمة اللازمة') ?? -1;
    const end = procedure ? citation(policy, procedure, 400, at) : '';
    expect(end).toBe('سياسة تنظيم العلاقة مع المستفيدين: ويتم التعامل مع المستفيد على مختلف المستويات لإنهاء معاملاته بالشكل التالي: … تقديم الخدمة اللازمة.');
    // A short section is quoted whole wherever it matched.
    expect(citation(policy, goals, 5000, hit?.snippet.start)).not.toContain('…');
  });

  it('never starts a quote in the middle of a list as if the list were whole (guide#documents)', () => {
    const guide = p.documents.find((d) => d.id === 'guide');
    const documents = guide?.sections.find((s) => s.id === 'documents');
    if (!guide || !documents) throw new Error('guide#documents');
    const hit = createPackSearch(p)
      .search('ما هي المستندات المطلوبة', { limit: 10 })
      .find((h) => h.section.id === 'documents');
    expect(hit).toBeDefined();
    // The match is the note after the list; the rest from item 4 fits, and item 4 used to open the quote.
    const quoted = citation(guide, documents, 400, hit?.snippet.start);
    expect(quoted).not.toMatch(/: … بيان الدخل/);
    // A section made of a list (and a closing note) is quoted from its first item.
    expect(quoted).toMatch(/\(نص تجريبي\): صورة الهوية الوطنية .+ صورة سجل الأسرة .+ إثبات السكن: /);
    expect(quoted).toMatch(/ …$/);
  });

  const listed = (markdown: string) => {
    const text = markdown.replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '');
    return { ...section(text), markdown };
  };

  it('moves a quote back only to the section start or the line that opens the list the match is in', () => {
    const item = (n: number) => `بند رقم ${n} ${'فيه كلام '.repeat(6).trim()}.`;
    const md = ['مقدمة القسم طويلة بعض الشيء وليست من القائمة.', 'ومن الخدمات ما يلي:', ...[1, 2, 3, 4, 5, 6].map((n) => `- ${item(n)}`)].join('\n');
    const s = listed(md);
    // Item 5 matched: the rest from item 3 would fit, but item 3 is the middle of a list; the opener is too far back.
    const at = s.text.indexOf('بند رقم 5');
    const quoted = citation({ title: 'وثيقة' }, s, 200, at);
    expect(quoted).toMatch(/^«قسم» من وثيقة: … ومن الخدمات ما يلي: … بند رقم 5 /);
    expect(quoted).not.toContain('بند رقم 3');
    // From the opener the matched item fits: the list is quoted whole from its start.
    expect(citation({ title: 'وثيقة' }, s, 300, s.text.indexOf('بند رقم 2'))).toMatch(/^«قسم» من وثيقة: … ومن الخدمات ما يلي: بند رقم 1 /);
    // A paragraph's sentence that fits from the section's start is quoted from there, with nothing marked left out.
    const prose = listed(`جملة أولى قصيرة. جملة ثانية قصيرة. ${'كلام '.repeat(60).trim()}.`);
    expect(citation({ title: 'وثيقة' }, prose, 100, prose.text.indexOf('جملة ثانية'))).toMatch(/^«قسم» من وثيقة: جملة أولى قصيرة\. جملة ثانية/);
  });

  it('quotes a list item under its opening line, and an ordered item with its number', () => {
    const md = [
      '1. الهدف الأول طويل بعض الشيء في نصه.',
      `2. ${'الهدف الثاني '.repeat(5).trim()}، وذلك عن طريق ما يلي:`,
      ...[1, 2, 3, 4].map((n) => `   - وسيلة ${n} ${'للتحقيق '.repeat(8).trim()}.`),
    ].join('\n');
    const s = listed(md);
    const quoted = citation({ title: 'وثيقة' }, s, 260, s.text.indexOf('وسيلة 4'));
    expect(quoted).toMatch(/^«قسم» من وثيقة: … 2\. الهدف الثاني .+ وذلك عن طريق ما يلي: … وسيلة 4 /);
    // Goal 2 matched, too long to be quoted from goal 1: from goal 2, with its number.
    expect(citation({ title: 'وثيقة' }, s, 80, s.text.indexOf('الهدف الثاني'))).toMatch(/^«قسم» من وثيقة: … 2\. الهدف الثاني/);
  });

  it('marks a citation of sample text «(نص تجريبي)», and only that', () => {
    const bylaws = p.documents.find((d) => d.id === 'bylaws');
    const article = bylaws?.sections.find((s) => s.id === 'article-23');
    expect(bylaws && article && citation(bylaws, article)).toMatch(/^المادة \(23\) «تكوين مجلس الإدارة» من اللائحة الأساسية للجمعية \(نص تجريبي\): /);
    expect(quotesSample(bylaws && article && citation(bylaws, article))).toBe(true);
    const policy = p.documents.find((d) => d.id === 'policy');
    const goal = policy?.sections.find((s) => s.id === 'general-goal');
    expect(quotesSample(policy && goal && citation(policy, goal))).toBe(false);
  });
});

describe('an invalid pack is refused with file and line', () => {
  const base = readPackFiles('knowledge');
  const withFile = (path: string, content: string): PackFile[] => [...base.filter((f) => f.path !== path), { path, content }];
  const policy = base.find((f) => f.path === 'documents/policy.md') as PackFile;

  it('bad front matter', () => {
    const { pack: p, errors: e } = loadPack(withFile('documents/policy.md', policy.content.replace('status: official', 'status official')));
    expect(p).toBeNull();
    expect(e).toContainEqual(expect.objectContaining({ file: 'documents/policy.md', line: 6 }));
  });

  it('unknown kind', () => {
    const { pack: p, errors: e } = loadPack(withFile('documents/policy.md', policy.content.replace('kind: policy', 'kind: memo')));
    expect(p).toBeNull();
    expect(e).toEqual([expect.objectContaining({ file: 'documents/policy.md', line: 4, message: expect.stringContaining('"kind"') })]);
  });

  it('duplicate document ids', () => {
    const guide = base.find((f) => f.path === 'documents/guide.md') as PackFile;
    const { pack: p, errors: e } = loadPack(withFile('documents/guide.md', guide.content.replace('id: guide', 'id: policy')));
    expect(p).toBeNull();
    expect(e).toEqual([expect.objectContaining({ file: 'documents/guide.md', message: expect.stringContaining('duplicate document id "policy"') })]);
  });

  it('duplicate section ids', () => {
    const doc = '---\nid: x\ntitle: س\nkind: guide\nversion: 1\nstatus: sample\n---\n# س\n\n## أ {#same}\n\nنص\n\n## ب {#same}\n\nنص\n';
    const files = withFile('documents/policy.md', doc);
    const { errors: e } = loadPack(files);
    expect(e).toEqual([expect.objectContaining({ file: 'documents/policy.md', line: 14, message: expect.stringContaining('duplicate section id "same"') })]);
  });

  it('empty document', () => {
    const { pack: p, errors: e } = loadPack(
      withFile('documents/policy.md', '---\nid: policy\ntitle: س\nkind: policy\nversion: 1\nstatus: official\n---\n# س\n'),
    );
    expect(p).toBeNull();
    expect(e).toEqual([expect.objectContaining({ file: 'documents/policy.md', message: expect.stringContaining('empty') })]);
  });

  it('broken manifest JSON', () => {
    const { pack: p, errors: e } = loadPack(withFile('pack.json', '{\n  "id": "x",\n  oops\n}'));
    expect(p).toBeNull();
    expect(e[0]).toEqual(expect.objectContaining({ file: 'pack.json', line: 3 }));
  });
});
