import { type Field, isField } from './editable';

const TEXT_NODE = 3;

/** The text before a collapsed caret, and a way to select the last `count` characters of it. */
export interface CaretText {
  before: string;
  selectBack: (count: number) => void;
}

/**
 * Where the staff member is typing: the text before the caret in a field or a contenteditable's
 * text node (for the `;shortcut` expander). Null when text is selected or the caret is not in text.
 */
export function textBeforeCaret(el: Field | HTMLElement): CaretText | null {
  if (isField(el)) {
    const at = el.selectionStart ?? 0;
    if (at !== el.selectionEnd) return null;
    return { before: el.value.slice(0, at), selectBack: (count) => el.setSelectionRange(Math.max(0, at - count), at) };
  }
  const sel = el.ownerDocument.getSelection();
  const range = sel?.rangeCount ? sel.getRangeAt(0) : null;
  if (!range?.collapsed || range.startContainer.nodeType !== TEXT_NODE) return null;
  const node = range.startContainer as Text;
  const at = range.startOffset;
  return {
    before: node.data.slice(0, at),
    selectBack: (count) => {
      const r = el.ownerDocument.createRange();
      r.setStart(node, Math.max(0, at - count));
      r.setEnd(node, at);
      sel?.removeAllRanges();
      sel?.addRange(r);
    },
  };
}
