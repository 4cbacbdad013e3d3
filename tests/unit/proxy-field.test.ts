import { describe, expect, it } from 'vitest';
import { isProxyField } from '../../utils/insert/editable';

/** A box around the field: its size and its overflow. */
interface Box {
  width: number;
  height: number;
  overflow: string;
}

/** A textarea as isProxyField sees it: its computed opacity and its box, inside `boxes` (innermost first). */
function field(opacity: string, width: number, height: number, boxes: Box[] = []) {
  const style = new Map<unknown, { opacity: string; overflow: string }>();
  let parent: unknown = null;
  for (const b of [...boxes].reverse()) {
    const el = { parentElement: parent, getBoundingClientRect: () => b };
    style.set(el, { opacity: '1', overflow: b.overflow });
    parent = el;
  }
  const el = {
    ownerDocument: { defaultView: { getComputedStyle: (e: unknown) => style.get(e) } },
    parentElement: parent,
    getBoundingClientRect: () => ({ width, height }),
  };
  style.set(el, { opacity, overflow: 'visible' });
  return el as unknown as HTMLTextAreaElement;
}

describe("a code editor's hidden input textarea (its value is not the editor's text)", () => {
  it.each([
    ["Ace's textarea: transparent, a caret's size", field('0', 8, 16), true],
    ['a textarea squeezed to a point (CodeMirror 5, Monaco)', field('1', 1, 1), true],
    ['a wide textarea clipped by a 3 × 0 px box (CodeMirror 5)', field('1', 1000, 15, [{ width: 3, height: 0, overflow: 'hidden' }]), true],
    ['a textarea in a collapsed box it overflows, still seen', field('1', 400, 120, [{ width: 3, height: 0, overflow: 'visible' }]), false],
    ['a reply box the staff member sees', field('1', 400, 120, [{ width: 600, height: 400, overflow: 'hidden' }]), false],
    ['a one-line input', field('1', 200, 24), false],
  ])('%s', (_name, el, proxy) => {
    expect(isProxyField(el)).toBe(proxy);
  });
});
