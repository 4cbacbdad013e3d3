/** What `isProxyField` reads of a fake field: a box the staff member sees (not a code editor's hidden input). */
export const SEEN = {
  ownerDocument: { defaultView: { getComputedStyle: () => ({ opacity: '1', overflow: 'visible' }) } },
  parentElement: null,
  getBoundingClientRect: () => ({ width: 400, height: 120 }),
};

/** A text field as the expander sees it: value, caret (or selection), the selections it sets; a box the staff member sees. */
export function fakeField(value: string, start = value.length, end = start, tagName = 'TEXTAREA') {
  const selected: number[][] = [];
  const el = {
    tagName,
    value,
    selectionStart: start,
    selectionEnd: end,
    setSelectionRange: (a: number, b: number) => selected.push([a, b]),
    getAttribute: () => null,
    ...SEEN,
  };
  return { el: el as unknown as HTMLTextAreaElement, selected };
}
