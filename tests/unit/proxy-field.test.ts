import { describe, expect, it } from 'vitest';
import { isProxyField } from '../../utils/insert/editable';

/** A textarea as isProxyField sees it: its computed opacity and its box. */
function field(opacity: string, width: number, height: number) {
  const win = { getComputedStyle: () => ({ opacity }) };
  return { ownerDocument: { defaultView: win }, getBoundingClientRect: () => ({ width, height }) } as unknown as HTMLTextAreaElement;
}

describe("a code editor's hidden input textarea (its value is not the editor's text)", () => {
  it.each([
    ["Ace's textarea: transparent, a caret's size", field('0', 8, 16), true],
    ['a textarea squeezed to a point (CodeMirror 5, Monaco)', field('1', 1, 1), true],
    ['a reply box the staff member sees', field('1', 400, 120), false],
    ['a one-line input', field('1', 200, 24), false],
  ])('%s', (_name, el, proxy) => {
    expect(isProxyField(el)).toBe(proxy);
  });
});
