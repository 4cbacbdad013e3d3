import { describe, expect, it, vi } from 'vitest';
import { textBeforeCaret } from '../../utils/insert';
import { fakeField } from './fake-field';

const field = (value: string, start: number, end = start) => fakeField(value, start, end);

/** A contenteditable whose caret sits in a text node (or, with `element`, between elements). */
function editable(text: string, offset: number, options: { collapsed?: boolean; element?: boolean } = {}) {
  const node = { nodeType: options.element ? 1 : 3, data: text };
  const ranges: { start: [unknown, number]; end: [unknown, number] }[] = [];
  const selection = {
    rangeCount: 1,
    getRangeAt: () => ({ collapsed: options.collapsed ?? true, startContainer: node, startOffset: offset }),
    removeAllRanges: () => {},
    addRange: () => {},
  };
  const listeners = new Set<() => void>();
  const doc = {
    addEventListener: (type: string, f: () => void) => type === 'selectionchange' && listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    getSelection: () => selection,
    createRange: () => {
      const r = { start: [null, 0] as [unknown, number], end: [null, 0] as [unknown, number] };
      ranges.push(r);
      return { setStart: (n: unknown, o: number) => (r.start = [n, o]), setEnd: (n: unknown, o: number) => (r.end = [n, o]) };
    },
  };
  const selectionchange = () => {
    for (const f of [...listeners]) f();
  };
  return { el: { tagName: 'DIV', ownerDocument: doc } as unknown as HTMLElement, node, ranges, listeners, selectionchange };
}

describe('the expander reads the text before the caret (utils/insert)', () => {
  it.each([
    ['a textarea, caret after «;استلام»', 'مرحبا ;استلام', 13, 'مرحبا ;استلام'],
    ['a textarea, caret mid-text', 'قبل ;ختام بعد', 9, 'قبل ;ختام'],
  ])('%s', (_, value, at, before) => {
    const { el } = field(value, at);
    expect(textBeforeCaret(el)?.before).toBe(before);
  });

  it('selects the typed shortcut (and its «;») back from the caret in a field', () => {
    const { el, selected } = field('نص ;ختام', 8);
    textBeforeCaret(el)?.selectBack(';ختام'.length);
    expect(selected).toEqual([[3, 8]]);
  });

  it('does nothing when text is selected', () => {
    expect(textBeforeCaret(field(';ختام', 0, 5).el)).toBeNull();
    expect(textBeforeCaret(editable(';ختام', 5, { collapsed: false }).el)).toBeNull();
  });

  it('reads a contenteditable text node and selects the shortcut in it', () => {
    const { el, node, ranges } = editable('شكراً ;ختام', 11);
    const caret = textBeforeCaret(el);
    expect(caret?.before).toBe('شكراً ;ختام');
    caret?.selectBack(5);
    expect(ranges).toEqual([{ start: [node, 6], end: [node, 11] }]);
  });

  it("in a contenteditable, resolves only once the page's selectionchange has been handled (rich editors read it then)", async () => {
    vi.useFakeTimers();
    try {
      const { el, listeners, selectionchange } = editable('شكراً ;ختام', 11);
      let done = false;
      void textBeforeCaret(el)
        ?.selectBack(5)
        .then(() => {
          done = true;
        });
      await vi.advanceTimersByTimeAsync(10);
      expect(done).toBe(false);
      selectionchange();
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
      expect(listeners.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing when the caret is between elements, not in text', () => {
    expect(textBeforeCaret(editable('', 0, { element: true }).el)).toBeNull();
  });
});
