import { editContextOf, editContextRanges, type Field, isField } from './editable';

const TEXT_NODE = 3;

/** The text before a collapsed caret, and a way to select the last `count` characters of it. */
export interface CaretText {
  before: string;
  /**
   * Selects the last `count` characters before the caret. Resolves once the page has seen the new
   * selection: rich editors (Lexical, Draft.js) copy the DOM selection into their own model on
   * `selectionchange`, which comes later, and an insertion before that would not replace the range.
   */
  selectBack: (count: number) => Promise<void>;
}

/** Resolves after the document's next `selectionchange` has been handled (or after `timeoutMs`). */
export function selectionSeen(doc: Document, timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      setTimeout(resolve, 0); // after every listener of that event, including the editor's
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * Where the staff member is typing: the text before the caret in a field or a contenteditable's
 * text node (for the `;shortcut` expander). Null when text is selected or the caret is not in text.
 */
export function textBeforeCaret(el: Field | HTMLElement): CaretText | null {
  if (isField(el)) {
    const at = el.selectionStart ?? 0;
    if (at !== el.selectionEnd) return null;
    return { before: el.value.slice(0, at), selectBack: async (count) => el.setSelectionRange(Math.max(0, at - count), at) };
  }
  const context = editContextOf(el);
  if (context) {
    const at = context.selectionStart;
    if (at !== context.selectionEnd) return null;
    return { before: context.text.slice(0, at), selectBack: async (count) => void editContextRanges.set(el, { start: Math.max(0, at - count), end: at }) };
  }
  const sel = el.ownerDocument.getSelection();
  const range = sel?.rangeCount ? sel.getRangeAt(0) : null;
  if (!range?.collapsed || range.startContainer.nodeType !== TEXT_NODE) return null;
  const node = range.startContainer as Text;
  const at = range.startOffset;
  return {
    before: node.data.slice(0, at),
    selectBack: (count) => {
      const doc = el.ownerDocument;
      const seen = selectionSeen(doc);
      const r = doc.createRange();
      r.setStart(node, Math.max(0, at - count));
      r.setEnd(node, at);
      sel?.removeAllRanges();
      sel?.addRange(r);
      return seen;
    },
  };
}
