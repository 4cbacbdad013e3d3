import { describe, expect, it } from 'vitest';
import { selectFirstBlank } from '../../utils/insert';
import { fakeField } from './fake-field';

/** A textarea after an insertion, the caret at its end unless given. */
const field = (value: string, caret = value.length, tagName = 'TEXTAREA') => fakeField(value, caret, caret, tagName);

const NAME = '«اسم المستفيد»';
const NUMBER = '«رقم الطلب»';

describe('the first blank of an expansion is selected, so typing fills it', () => {
  it('selects the first blank of the inserted text, not one the field held before', () => {
    const inserted = `مرحباً ${NAME}، طلبك رقم ${NUMBER} قيد الدراسة. شكراً ${NAME}`;
    const before = `ملاحظة سابقة ${NAME} `;
    const { el, selected } = field(before + inserted);
    return selectFirstBlank(el, inserted, [NAME, NUMBER]).then((done) => {
      expect(done).toBe(true);
      const start = before.length + inserted.indexOf(NAME);
      expect(selected).toEqual([[start, start + NAME.length]]);
    });
  });

  it('selects nothing when the text has no blank, or the blank found is not the inserted one', async () => {
    const none = field('شكراً لتواصلك');
    expect(await selectFirstBlank(none.el, 'شكراً لتواصلك', [])).toBe(false);
    const inserted = `مرحباً ${NAME}`;
    // The page changed the inserted blank (dropped its marks): the one found is older than the insertion.
    const changed = field(`${NAME} نص كتبه الموظف من قبل، ثم مرحباً اسم المستفيد`);
    expect(await selectFirstBlank(changed.el, inserted, [NAME])).toBe(false);
    expect(changed.selected).toEqual([]);
    // The caret is not at the end of the insertion (the page added text after it): the blank
    // behind the caret is the page's, not the template's.
    const added = field(`${inserted} ملاحظتي: ${NAME}`);
    expect(await selectFirstBlank(added.el, inserted, [NAME])).toBe(false);
    expect(added.selected).toEqual([]);
    // Fewer blanks before the caret than the inserted text holds: nothing to be sure of.
    const short = field(`مرحباً ${NAME}`);
    expect(await selectFirstBlank(short.el, `${NAME} ${NAME}`, [NAME])).toBe(false);
  });

  it('reads a label with pattern characters as text', async () => {
    const odd = '«الرقم (اختياري)+»';
    const { el, selected } = field(`أرسل ${odd}`);
    expect(await selectFirstBlank(el, `أرسل ${odd}`, [odd])).toBe(true);
    expect(selected).toEqual([[5, 5 + odd.length]]);
  });

  it('finds it in a single-line field, where the line breaks were inserted as spaces', async () => {
    const inserted = `مرحباً\n${NAME}`;
    const { el, selected } = field(`قبل مرحباً ${NAME}`, undefined, 'INPUT');
    expect(await selectFirstBlank(el, inserted, [NAME])).toBe(true);
    expect(selected).toEqual([[11, 11 + NAME.length]]);
  });
});
