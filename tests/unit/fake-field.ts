/** A text field as the expander sees it: value, caret (or selection), and the selections it sets. */
export function fakeField(value: string, start = value.length, end = start, tagName = 'TEXTAREA') {
  const selected: number[][] = [];
  const el = {
    tagName,
    value,
    selectionStart: start,
    selectionEnd: end,
    setSelectionRange: (a: number, b: number) => selected.push([a, b]),
    getAttribute: () => null,
  };
  return { el: el as unknown as HTMLTextAreaElement, selected };
}
