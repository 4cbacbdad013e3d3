import { deepActiveElement, editableFor } from './editable';

export interface FocusTracker {
  /** The editable to insert into: the focused one, else the last one focused that is still on the page. */
  target(): Element | null;
  dispose(): void;
}

/**
 * Remembers the last editable the staff member focused, and its caret in rich editors, so
 * a click in the side panel does not lose where the text should go.
 */
export function createFocusTracker(doc: Document = document): FocusTracker {
  let last: Element | null = null;
  let range: Range | null = null;
  const onFocus = (e: Event) => {
    const el = editableFor((e.composedPath()[0] as Element | undefined) ?? null);
    if (el) last = el;
  };
  const onSelection = () => {
    const sel = doc.getSelection();
    if (last && sel && sel.rangeCount > 0 && last.contains(sel.getRangeAt(0).commonAncestorContainer)) range = sel.getRangeAt(0).cloneRange();
  };
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('selectionchange', onSelection);
  return {
    target() {
      const active = editableFor(deepActiveElement(doc));
      if (active) return active;
      if (last?.isConnected) {
        if (range && !(last instanceof HTMLInputElement || last instanceof HTMLTextAreaElement)) {
          (last as HTMLElement).focus();
          const sel = doc.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(range);
        }
        return last;
      }
      return null;
    },
    dispose() {
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('selectionchange', onSelection);
    },
  };
}
