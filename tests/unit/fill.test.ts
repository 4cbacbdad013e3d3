import { describe, expect, it } from 'vitest';
import { createFilling } from '../../utils/expand/fill';
import { SEEN } from './fake-field';

const NAME = '«اسم المستفيد»';
const NUMBER = '«رقم الطلب»';
const STAFF = '«اسم الموظف»';
const inserted = `أخي الكريم ${NAME}، استلمنا طلبك برقم ${NUMBER}.\n${STAFF}`;
const blanks = [NAME, NUMBER, STAFF];

/** A textarea holding `text` (the expansion) between `before` and `after`, its first blank selected; typing replaces the selection. */
function textarea(text = inserted, before = '', after = '') {
  const at = before.length + text.indexOf(NAME);
  const el = {
    tagName: 'TEXTAREA',
    value: before + text + after,
    selectionStart: at,
    selectionEnd: at + NAME.length,
    setSelectionRange(a: number, b: number) {
      el.selectionStart = a;
      el.selectionEnd = b;
    },
    getAttribute: () => null,
    ...SEEN,
  };
  const type = (text: string) => {
    el.value = el.value.slice(0, el.selectionStart) + text + el.value.slice(el.selectionEnd);
    el.selectionStart = el.selectionEnd = el.selectionStart + text.length;
  };
  const selected = () => el.value.slice(el.selectionStart, el.selectionEnd);
  return { el: el as unknown as HTMLTextAreaElement, type, selected };
}

/** A window or document: its listeners, honouring their signal, and events fired at them. */
function target() {
  const listeners: { type: string; fn: (e: Event) => void; signal?: AbortSignal }[] = [];
  const live = () => listeners.filter((l) => !l.signal?.aborted);
  return {
    addEventListener: (type: string, fn: (e: Event) => void, options?: AddEventListenerOptions) => listeners.push({ type, fn, signal: options?.signal }),
    fire: (type: string, isTrusted = true) => {
      for (const l of live()) if (l.type === type) l.fn({ type, isTrusted } as Event);
    },
    count: () => live().length,
  };
}

const setup = () => {
  const win = target();
  const doc = target();
  return { win, doc, filling: createFilling(win, doc) };
};

/** A Tab: true when the filling took it (and selected what it found). */
async function tab(filling: ReturnType<typeof createFilling>, el: HTMLTextAreaElement): Promise<boolean> {
  const select = filling.tab(el);
  await select?.();
  return select !== null;
}

describe('filling in an expansion: Tab goes from blank to blank, then is the page’s again', () => {
  it('takes the staff member through every blank in order, then lets the Tab go', async () => {
    const { filling } = setup();
    const { el, type, selected } = textarea(inserted, `ملاحظة سابقة ${NAME}\n`);
    filling.start(el, inserted, blanks);
    expect(selected()).toBe(NAME);
    type('سارة');
    expect(await tab(filling, el)).toBe(true);
    expect(selected()).toBe(NUMBER);
    type('٤٥٦٧');
    expect(await tab(filling, el)).toBe(true);
    expect(selected()).toBe(STAFF);
    type('نورة');
    expect(await tab(filling, el)).toBe(false);
    expect(el.value).toBe(`ملاحظة سابقة ${NAME}\nأخي الكريم سارة، استلمنا طلبك برقم ٤٥٦٧.\nنورة`);
    // Ended: a further Tab is the page's even with a blank of the page's own right after.
    el.value += ` ${NAME}`;
    expect(await tab(filling, el)).toBe(false);
  });

  it('a Tab on a blank still selected skips it', async () => {
    const { filling } = setup();
    const { el, selected } = textarea();
    filling.start(el, inserted, blanks);
    expect(await tab(filling, el)).toBe(true);
    expect(await tab(filling, el)).toBe(true);
    expect(selected()).toBe(STAFF);
  });

  it('after its last blank, a template followed by a blank of the page’s own leaves the Tab to the page', async () => {
    const { filling } = setup();
    const { el, type } = textarea(inserted, '', ` ${NAME} ${NAME}`);
    filling.start(el, inserted, blanks);
    type('سارة');
    expect(await tab(filling, el)).toBe(true);
    expect(await tab(filling, el)).toBe(true);
    type('نورة');
    expect(await tab(filling, el)).toBe(false);
  });

  it("a blank found is the template's next with that label: once the page removed one, its own blank past the template is not taken", async () => {
    const { filling } = setup();
    const { el, type, selected } = textarea(inserted.replace(NUMBER, '١٢'), '', STAFF);
    filling.start(el, inserted, blanks);
    type('سارة');
    expect(await tab(filling, el)).toBe(true);
    expect(selected()).toBe(STAFF); // the template's third, taken for its second
    type('نورة');
    expect(await tab(filling, el)).toBe(false);
    expect(el.value.endsWith(`نورة${STAFF}`)).toBe(true);
  });

  it('ends when told (a click, Escape, focus gone, a new expansion), in another editable, or once the page removed the blanks', async () => {
    const { filling: ended } = setup();
    const a = textarea();
    ended.start(a.el, inserted, blanks);
    ended.end();
    expect(await tab(ended, a.el)).toBe(false);

    const { filling: elsewhere } = setup();
    const b = textarea();
    elsewhere.start(a.el, inserted, blanks);
    expect(await tab(elsewhere, b.el)).toBe(false);
    expect(await tab(elsewhere, a.el)).toBe(false); // the one Tab elsewhere ended it

    const { filling: changed } = setup();
    const c = textarea();
    changed.start(c.el, inserted, blanks);
    c.el.value = c.el.value.replace(NUMBER, '١').replace(STAFF, 'نورة');
    expect(await tab(changed, c.el)).toBe(false);
  });

  it('ends when the focus leaves (a trusted focusout or the window losing focus); listens to neither when no filling lasts', async () => {
    for (const [where, type] of [
      ['doc', 'focusout'],
      ['win', 'blur'],
    ] as const) {
      const { win, doc, filling } = setup();
      const { el } = textarea();
      expect(win.count() + doc.count()).toBe(0);
      filling.start(el, inserted, blanks);
      expect(win.count() + doc.count()).toBe(2);
      const at = { win, doc }[where];
      at.fire(type, false); // a page's own event changes nothing
      expect(win.count() + doc.count()).toBe(2);
      at.fire(type);
      expect(win.count() + doc.count()).toBe(0);
      expect(await tab(filling, el)).toBe(false);
    }
  });

  it('a template with a single blank starts nothing: Tab is the page’s at once', async () => {
    const { filling } = setup();
    const one = `شكراً ${NAME}، ونحن في الخدمة.`;
    const { el } = textarea(one);
    filling.start(el, one, [NAME]);
    expect(await tab(filling, el)).toBe(false);
  });
});
