import { describe, expect, it } from 'vitest';
import { blankStops, nextBlank, selectFirstBlank } from '../../utils/insert';
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

describe('Tab takes the staff member to the next blank after the caret (nextBlank)', () => {
  const DATE = '«تاريخ الموعد»';
  const inserted = `مرحباً ${NAME}، طلبك رقم ${NUMBER} وموعدك ${DATE}.`;
  const blanks = [NAME, NUMBER, DATE];
  const [afterName = 0, afterNumber = 0] = blankStops(inserted, blanks).map((s) => s.end);

  it('finds each blank and where it ends, in order, repeated labels included', () => {
    expect(blankStops(inserted, blanks)).toEqual([NAME, NUMBER, DATE].map((b) => ({ label: b, end: inserted.indexOf(b) + b.length })));
    expect(blankStops(`${NAME} و${NAME}`, [NAME]).map((s) => s.end)).toEqual([NAME.length, 2 * NAME.length + 2]);
    expect(blankStops(inserted, [])).toEqual([]);
  });

  it('selects the next blank after what the staff member typed into the first, whatever its length', async () => {
    const filled = inserted.replace(NAME, 'سارة عبدالله محمد');
    const caret = filled.indexOf('سارة') + 'سارة عبدالله محمد'.length;
    const { el, selected } = field(`ملاحظة ${filled} بعدها`, 'ملاحظة '.length + caret);
    const next = nextBlank(el, inserted.slice(inserted.indexOf(NAME) + NAME.length), blanks);
    expect(next?.label).toBe(NUMBER);
    await next?.select();
    const at = 'ملاحظة '.length + filled.indexOf(NUMBER);
    expect(selected).toEqual([[at, at + NUMBER.length]]);
    expect(afterName).toBeGreaterThan(0);
  });

  it('passes over a blank still selected (Tab without typing skips it)', async () => {
    const start = inserted.indexOf(NUMBER);
    const { el, selected } = fakeField(inserted, start, start + NUMBER.length);
    await nextBlank(el, inserted.slice(start + NUMBER.length), blanks)?.select();
    expect(selected).toEqual([[inserted.indexOf(DATE), inserted.indexOf(DATE) + DATE.length]]);
  });

  it("reads no further than the template's text left: after its last blank, or past it, a blank of the page's own is not found", () => {
    const end = inserted.length;
    // The page's own «label» right after the expansion.
    const after = field(`${inserted} ${NAME}`, end);
    expect(nextBlank(after.el, inserted.slice(end), blanks)).toBeNull();
    // From the second blank, the window is the template's rest: a blank ending exactly at its end is
    // found, one a character further is not.
    const rest = inserted.slice(afterNumber);
    const pad = 'x'.repeat(rest.length - DATE.length);
    const edge = field(`${inserted.slice(0, afterNumber)}${pad}${DATE}`, afterNumber);
    expect(nextBlank(edge.el, rest, blanks)).not.toBeNull();
    const past = field(`${inserted.slice(0, afterNumber)}${pad}x${DATE}`, afterNumber);
    expect(nextBlank(past.el, rest, blanks)).toBeNull();
  });

  it('finds nothing once the page changed the text so the blank is gone, or with no labels', () => {
    const changed = field(inserted.replace(NUMBER, '١٢٣').replace(DATE, 'غداً'), afterName);
    expect(nextBlank(changed.el, inserted.slice(afterName), blanks)).toBeNull();
    expect(nextBlank(field(inserted, afterName).el, inserted.slice(afterName), [])).toBeNull();
  });
});
