import { describe, expect, it } from 'vitest';
import { diffArabicWords } from '../../utils/knowledge';

const changed = (before: string, after: string) => diffArabicWords(before, after).filter((p) => p.kind === 'added' || p.kind === 'removed');

describe('change notices diff whole Arabic words', () => {
  it('«الثامنة» → «التاسعة» is one word replaced', () => {
    expect(changed('تُعقد الجلسة في الساعة الثامنة صباحاً', 'تُعقد الجلسة في الساعة التاسعة صباحاً')).toEqual([
      { kind: 'removed', text: ' الثامنة' },
      { kind: 'added', text: ' التاسعة' },
    ]);
  });

  it('a replaced phrase reads as whole words removed then whole words added, never letters mixed', () => {
    const parts = diffArabicWords('تأسست جمعية أهلية في مدينة الرياض', 'تأسست دورة تدريبية في مدينة الرياض');
    expect(parts).toEqual([
      { kind: 'same', text: 'تأسست' },
      { kind: 'removed', text: ' جمعية أهلية' },
      { kind: 'added', text: ' دورة تدريبية' },
      { kind: 'same', text: ' في مدينة الرياض' },
    ]);
  });

  it('a word added keeps its diacritics whole and the text around it unchanged', () => {
    expect(changed('تأسست جمعية أهلية', 'تأسست جمعيةٌ خيرية أهلية')).toEqual([
      { kind: 'removed', text: ' جمعية' },
      { kind: 'added', text: ' جمعيةٌ خيرية' },
    ]);
  });

  it('shows unchanged context around a change and elides the rest', () => {
    const long = Array.from({ length: 30 }, (_, i) => `كلمة${i}`).join(' ');
    const parts = diffArabicWords(`${long} الثامنة ${long}`, `${long} التاسعة ${long}`, 3);
    expect(parts.map((p) => p.kind)).toEqual(['elided', 'same', 'removed', 'added', 'same', 'elided']);
    expect(parts[1]?.text.trim()).toBe('كلمة27 كلمة28 كلمة29');
    expect(parts[4]?.text.trim()).toBe('كلمة0 كلمة1 كلمة2');
  });

  it('punctuation that changes is part of the change; identical texts have no change', () => {
    expect(changed('المدة أسبوع.', 'المدة أسبوع، على الأقل.').map((p) => p.kind)).toEqual(['removed', 'added']);
    expect(changed('نص واحد', 'نص واحد')).toEqual([]);
  });
});
