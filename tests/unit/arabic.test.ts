import { describe, expect, it } from 'vitest';
import {
  activeParticiple,
  formEightNoun,
  formFiveNoun,
  formFourNoun,
  formThreeNoun,
  formTwoNoun,
  fromArabizi,
  fromEnglishLayout,
  fuulNoun,
  heavyStem,
  isPlace,
  isStopWord,
  isSurelyArabizi,
  mayBeArabizi,
  mayBeWrongLayout,
  mufilParticiple,
  normalize,
  normalizeWithMap,
  numberOrdinals,
  sentenceEnds,
  stem,
  tokenize,
} from '../../utils/arabic';

describe('normalize', () => {
  it.each([
    ['أإآٱا', 'ااااا'],
    ['مستشفى', 'مستشفي'],
    ['مدة', 'مده'],
    ['مؤسسة', 'موسسه'],
    ['هيئة', 'هييه'],
    ['العـــربية', 'العربيه'],
    ['مُحَمَّدٌ', 'محمد'],
    ['ٱلرَّحْمَٰنِ', 'الرحمن'],
    ['قُلْ ۚ هُوَ', 'قل  هو'],
    ['١٢٣٤٥٦٧٨٩٠', '1234567890'],
    ['۱۲۳', '123'],
    ['ﻻ ﷲ', 'لا الله'],
    ['مر\u200Cحبا\u200F', 'مرحبا'],
    ['\u202Bنص\u202C\u2067x\u2069', 'نصx'],
    ['Murshid ABC', 'murshid abc'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('gives the same answer the first time a character is seen and every time after', () => {
    // The fast table is filled one character at a time; U+0000 doubles as its "not yet" mark.
    let all = '';
    for (let cp = 0; cp < 0xd800; cp += 7) all += String.fromCharCode(cp);
    const first = normalize(all);
    expect(normalize(all)).toBe(first);
    expect(normalize('a\u0000ب')).toBe('a\u0000ب');
    expect(normalize('ﻷ')).toBe('لا'); // a presentation form takes the slow path, then the table says so
    expect(normalize('ﻷﻷ')).toBe('لالا');
  });

  it('leaves Latin text, digits and punctuation alone (apart from case)', () => {
    expect(normalize('Order #A12-b, 2026.')).toBe('order #a12-b, 2026.');
  });

  it('maps every normalised character back to the original', () => {
    const input = 'المُسْتَفِيدِين ١٢';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('المستفيدين 12');
    expect(map).toHaveLength(text.length + 1);
    for (let i = 0; i < text.length; i++) expect(normalize(input[map[i] as number] as string)).toBe(text[i]);
    expect(map[text.length]).toBe(input.length);
  });
});

describe('sentenceEnds', () => {
  const ends = (text: string) => sentenceEnds(text).map((e) => text.slice(e.start, e.end));
  it.each([
    ['متى يرد؟ خلال أسبوع.', ['؟', '.']],
    // Arabic and Latin semicolons alike.
    ['يقدم الطلب؛ ثم يدرس; ثم يرد', ['؛', ';']],
    // A run of marks is one end.
    ['حقاً؟! نعم...', ['؟!', '...']],
    // A line ends a sentence.
    ['بند أول\nبند ثان.\nبند ثالث', ['\n', '.', '\n']],
    // A decimal point, a web address, a list number: no end.
    ['بنسبة 2.5 عبر awi.org.sa والبند 2. والبند ٣. بعده', []],
  ])('%s', (text, expected) => {
    expect(ends(text)).toEqual(expected);
  });
});

describe('tokenize', () => {
  it('gives offsets into the original text, diacritics included', () => {
    const input = 'قال: المُسْتَفِيدُ، ثم 2026م';
    const tokens = tokenize(input);
    expect(tokens.map((t) => t.term)).toEqual(['قال', 'المستفيد', 'ثم', '2026م']);
    expect(input.slice(tokens[1]?.start, tokens[1]?.end)).toBe('المُسْتَفِيدُ');
  });
});

describe('stop words', () => {
  it('cover MSA function words and Saudi colloquial question words, however they are typed', () => {
    for (const w of ['الذي', 'ماذا', 'وش', 'ايش', 'إيش', 'وين', 'مين', 'شلون', 'ابغى', 'أبغا', 'عندكم', 'تقدرون', 'أحد', 'لاحد'])
      expect(isStopWord(normalize(w)), w).toBe(true);
  });
  it('include a question word joined to «و» («متى وأين»), not other words that begin with «و»', () => {
    for (const w of ['وأين', 'وكيف', 'ومتى', 'وهل', 'ولماذا']) expect(isStopWord(normalize(w)), w).toBe(true);
    for (const w of ['وقت', 'ولدي', 'وكيل', 'وهم']) expect(isStopWord(normalize(w)), w).toBe(false);
  });
  it('leave content words alone, colloquial look-alikes included', () => {
    for (const w of ['حق', 'طيب', 'الأحد', 'شكوى', 'اللازم', 'مقر']) expect(isStopWord(normalize(w)), w).toBe(false);
  });
});

/** Each pair's two words stem alike. */
function expectSameStems(pairs: [string, string][]): void {
  for (const [a, b] of pairs) expect(stem(normalize(a)), a).toBe(stem(normalize(b)));
}

describe('stem', () => {
  it.each([
    ['المستفيدين', 'مستفيد'],
    ['والمستفيدون', 'مستفيد'],
    ['الخدمات', 'خدم'],
    ['بالجمعيه', 'جمع'],
    ['للاداره', 'ادار'],
    ['كتابها', 'كتاب'],
    ['وسائل', 'سايل'],
  ])('%s → %s', (input, expected) => {
    expect(stem(normalize(input))).toBe(expected);
  });

  it('does not change short words, Latin words or words with digits', () => {
    for (const w of ['من', 'ال', 'وال', 'يد', 'policy', 'a12', '2026م', 'x1ال']) expect(stem(w)).toBe(w);
  });

  it('never strips a word below two letters', () => {
    for (const w of ['الي', 'وها', 'لليه', 'بالها', 'يده']) expect(stem(w).length).toBeGreaterThanOrEqual(2);
    expect(stem('الي')).toBe('ال');
  });

  it('reads a hamza on waw before a pronoun as the final hamza: أعضاؤها → أعضاء', () => {
    expect(stem(normalize('أعضاؤها'))).toBe(stem(normalize('أعضاء')));
    expect(stem(normalize('أبناؤه'))).toBe(stem(normalize('أبناء')));
    expect(stem(normalize('عضوه'))).toBe('عضو');
  });

  it('stems an adjective in -انية as its noun in -ان', () => {
    expect(stem(normalize('السرطانية'))).toBe(stem(normalize('السرطان')));
    expect(stem(normalize('الإيرانية'))).toBe(stem(normalize('إيران')));
    expect(stem(normalize('ثانية'))).toBe('ثان');
  });

  it('stems a word beginning with «و» alike with and without the article (وفاة, الوفاة)', () => {
    expectSameStems([
      ['الوفاة', 'وفاة'],
      ['الوزير', 'وزير'],
      ['الوثائق', 'وثائق'],
    ]);
    // Three letters keep their «و» either way.
    expect(stem(normalize('الوقت'))).toBe('وقت');
    expect(stem(normalize('وقت'))).toBe('وقت');
  });

  it('reads a ta marbuta written ت before a pronoun as the ة of the word, from four letters', () => {
    expectSameStems([
      ['هويتي', 'الهوية'],
      ['سلطته', 'السلطة'],
      ['أسرتها', 'الأسرة'],
      ['زوجتي', 'زوجة'],
    ]);
    // A root ت stays, and so does a plural's «ات».
    expect(stem(normalize('بيتي'))).toBe('بيت');
    expect(stem(normalize('بياناتي'))).toBe(stem(normalize('البيانات')));
    // Pronouns light10 leaves to the heavy stem too: «أسرتهم» → أسرة.
    expect(heavyStem(normalize('أسرتهم'))).toBe(stem(normalize('الأسرة')));
  });

  it('keeps the tens apart from their units, whatever the case ending or clitic', () => {
    for (const w of ['ثلاثون', 'ثلاثين', 'الثلاثين', 'وثلاثين', 'بثلاثين']) expect(stem(normalize(w))).toBe('ثلاثين');
    expect(stem(normalize('ثلاثة'))).toBe('ثلاث');
    expect(stem(normalize('ستين'))).toBe('ستين');
    expect(heavyStem(normalize('ستين'))).toBe('ستين');
    expect(heavyStem(normalize('سبعين'))).toBe('سبعين');
    expect(stem(normalize('ست'))).toBe('ست');
    // Other words in -ين are still plurals.
    expect(stem(normalize('المستفيدين'))).toBe('مستفيد');
  });

  it('heavy stem removes one more clitic but keeps three letters', () => {
    expect(heavyStem('لفتح')).toBe('فتح');
    expect(heavyStem('كتبهم')).toBe('كتب');
    expect(heavyStem('بيت')).toBe('بيت');
  });

  it('heavy stem drops the alef a final tanween sits on, from five letters up', () => {
    expect(heavyStem(normalize('اجتماعاً'))).toBe('اجتماع');
    expect(heavyStem(normalize('حضورياً'))).toBe('حضور');
    expect(heavyStem(normalize('عضواً'))).toBe('عضوا');
  });
});

describe('stem: plural plus pronoun', () => {
  it.each([
    ['اجتماعاته', 'اجتماع'],
    ['موظفيه', 'موظف'],
    ['بياناتها', 'بيان'],
  ])('%s → %s', (input, expected) => {
    expect(stem(normalize(input))).toBe(expected);
  });

  it('keeps a plural ending that leaves fewer than three letters', () => {
    expect(stem('ذاته')).toBe('ذات');
  });
});

describe('broken plurals', () => {
  it('share a stem with their singular, on both the index and the query side', async () => {
    const { foldPlural } = await import('../../utils/arabic');
    const { analyze } = await import('../../utils/search');
    const stemOf = (w: string) => analyze(w)[0]?.stem;
    const pairs: [string, string][] = [
      ['لوائح', 'اللائحة'],
      ['الحروب', 'حرب'],
      ['الشكاوى', 'شكوى'],
      ['مدن', 'المدينة'],
      ['اليتامى', 'يتيم'],
      ['الأيتام', 'اليتيم'],
    ];
    for (const [plural, singular] of pairs) {
      expect(stemOf(plural), plural).toBe(stemOf(singular));
    }
    expect(foldPlural('كتاب')).toBe('كتاب');
  });
});

describe('Arabizi', () => {
  // A small index vocabulary, normalised as the engine keeps it.
  const words = ['شكوي', 'تحديث', 'عندي', 'معلم', 'مده', 'اسم', 'البيانات', 'طلب', 'طالب', 'حاله'].map(normalize);
  const lookup = {
    hasPrefix: (p: string) => words.some((w) => w.startsWith(p)),
    isWord: (w: string) => words.includes(w),
  };
  const read = (latin: string, partial = false) => fromArabizi(latin, lookup, { partial }).map((r) => r.word);

  it('reads digits as the letters Latin lacks, and long and short vowels', () => {
    expect(read('shakwa')).toEqual(['شكوي']);
    expect(read('ta7deeth')).toEqual(['تحديث']);
    expect(read('3ndi')).toEqual(['عندي']);
    expect(read('mo3allem')).toEqual(['معلم']);
    expect(read('ism')).toEqual(['اسم']);
    expect(read('7alah')).toEqual(['حاله']);
    expect(read('albayanat')).toEqual(['البيانات']);
  });

  it('reads a final t as ta marbuta before a noun', () => {
    expect(read('mudat')).toEqual(['مده']);
  });

  it('counts the written vowels a reading leaves out', () => {
    expect(fromArabizi('talab', lookup)).toEqual(
      expect.arrayContaining([
        { word: 'طلب', dropped: 2 },
        { word: 'طالب', dropped: 1 },
      ]),
    );
  });

  it('gives every reading the index has, and none it lacks', () => {
    expect(new Set(read('talab'))).toEqual(new Set(['طلب', 'طالب']));
    expect(read('zzqqxx')).toEqual([]);
    expect(read('shak')).toEqual([]);
    expect(read('shak', true)).toEqual(['شك']);
  });

  it('tells Arabizi from numbers and Arabic; only letter digits make it sure', () => {
    expect(mayBeArabizi('shakwa')).toBe(true);
    expect(mayBeArabizi('2018')).toBe(false);
    expect(mayBeArabizi('شكوى')).toBe(false);
    expect(isSurelyArabizi('3ndi')).toBe(true);
    expect(isSurelyArabizi('board')).toBe(false);
    expect(isSurelyArabizi('shaba7')).toBe(true);
    expect(isSurelyArabizi('covid19')).toBe(false);
    expect(isSurelyArabizi('iso9001')).toBe(false);
  });
});

describe('keys typed on the English layout', () => {
  it('map back to the Arabic letters of the same keys, shifted ones included', () => {
    expect(fromEnglishLayout('l]m hgv]')).toBe('مدة الرد');
    expect(fromEnglishLayout("hgj',u")).toBe('التطوع');
    expect(fromEnglishLayout('Hs]')).toBe('أسد');
    expect(fromEnglishLayout('b 2026')).toBe('لا 2026');
  });

  it('are only suspected in text without Arabic letters', () => {
    expect(mayBeWrongLayout('l]m hgv]')).toBe(true);
    expect(mayBeWrongLayout('مدة hgv]')).toBe(false);
    expect(mayBeWrongLayout('2026')).toBe(false);
  });
});

describe('formTwoNoun', () => {
  it('gives the form II verbal noun of a present-tense or bare verb stem', () => {
    expect(formTwoNoun('يسجل')).toBe('تسجيل');
    expect(formTwoNoun('سجل')).toBe('تسجيل');
    expect(formTwoNoun('يقيم')).toBe('تقييم');
    expect(formTwoNoun('تحدث')).toBe('تحديث');
  });
  it('leaves other shapes, short words and non-Arabic alone', () => {
    for (const w of ['مستفيد', 'شكوي', 'عد', 'help', '123']) expect(formTwoNoun(w), w).toBeNull();
  });
  it('and the form VIII verbal noun: يعتمد → اعتماد، يجتمع → اجتماع', () => {
    expect(formEightNoun('يعتمد')).toBe('اعتماد');
    expect(formEightNoun('تجتمع')).toBe('اجتماع');
    for (const w of ['يسجل', 'مستفيد', 'يكتبون']) expect(formEightNoun(w), w).toBeNull();
  });
  it('and the form III verbal noun: تراجع → مراجع(ة)، يتابع → متابع(ة)', () => {
    expect(formThreeNoun('تراجع')).toBe('مراجع');
    expect(formThreeNoun('يتابع')).toBe('متابع');
    expect(formThreeNoun('نساعد')).toBe('مساعد');
    for (const w of ['راجع', 'مراجع', 'يسجل', 'حساب', 'يراجعون']) expect(formThreeNoun(w), w).toBeNull();
  });
  it('and the form IV verbal noun: يشرف → إشراف، يبلغ → إبلاغ', () => {
    expect(formFourNoun('يشرف')).toBe('اشراف');
    expect(formFourNoun('تبلغ')).toBe('ابلاغ');
    for (const w of ['شرف', 'اشراف', 'مستفيد', 'يقيم1']) expect(formFourNoun(w), w).toBeNull();
  });
  it('and the form V/VI verbal noun: يتعاون → تعاون، يتكون → تكون', () => {
    expect(formFiveNoun('يتعاون')).toBe('تعاون');
    expect(formFiveNoun('يتكون')).toBe('تكون');
    for (const w of ['تعاون', 'يتم', 'مستفيد', 'كتاب']) expect(formFiveNoun(w), w).toBeNull();
  });
  it('and the فعول noun and the form II/IV participle of a present-tense verb: يحضر → حضور، يرشح → مرشح', () => {
    expect(fuulNoun('يحضر')).toBe('حضور');
    expect(fuulNoun('تدخل')).toBe('دخول');
    expect(mufilParticiple('يرشح')).toBe('مرشح');
    expect(mufilParticiple('يشرف')).toBe('مشرف');
    for (const w of ['حضر', 'حضور', 'مستفيد', 'يتابع']) {
      expect(fuulNoun(w), w).toBeNull();
      expect(mufilParticiple(w), w).toBeNull();
    }
  });
  it('and the active participle, the doer: فتح → فاتح، يحكم → حاكم', () => {
    expect(activeParticiple('فتح')).toBe('فاتح');
    expect(activeParticiple('يحكم')).toBe('حاكم');
    expect(activeParticiple('مستفيد')).toBeNull();
  });
});

describe('isPlace', () => {
  it('knows Saudi places, with a one-letter clitic or «لل» too, and not common nouns', () => {
    for (const w of ['الرياض', 'جدة', 'لجدة', 'بالرياض', 'للرياض', 'وأبها', 'الباحة', 'حائل']) expect(isPlace(normalize(w)), w).toBe(true);
    for (const w of ['المدينة', 'الوجه', 'لجنة', 'الباحث', 'جد']) expect(isPlace(normalize(w)), w).toBe(false);
  });
});

describe('numberOrdinals', () => {
  it('writes an ordinal after «المادة» as the number its heading carries', () => {
    expect(numberOrdinals(normalize('المادة الثانية عشرة'))).toBe('الماده 12');
    expect(numberOrdinals(normalize('ماده الخامسه والعشرين'))).toBe('ماده 25');
    expect(numberOrdinals(normalize('حسب المادة الأولى من اللائحة'))).toBe(`حسب الماده 1 من اللايحه`);
    expect(numberOrdinals(normalize('المادة العاشرة'))).toBe('الماده 10');
    expect(numberOrdinals(normalize('المادة الثلاثون'))).toBe('الماده 30');
  });
  it('leaves ordinals elsewhere alone', () => {
    for (const q of ['العضو الثاني', 'الباب الثالث', 'اول مرة', 'المادة', 'المادة 12']) expect(numberOrdinals(normalize(q)), q).toBe(normalize(q));
  });
});
