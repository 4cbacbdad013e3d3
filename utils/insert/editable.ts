/** Finding what the staff member is typing in: deep focus, editables, editor kinds. DOM only. */

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

export type Field = HTMLInputElement | HTMLTextAreaElement;

export function isField(el: Element | null): el is Field {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

/** `text` as a field holds it: a single-line input takes line breaks as spaces. */
export function fieldText(field: Field, text: string): string {
  return field.tagName === 'INPUT' ? text.replace(/\s*\n+\s*/g, ' ') : text;
}

/**
 * A code editor's input proxy (Ace, Monaco, CodeMirror 5): a textarea the staff member cannot see,
 * which takes the keys and hands them to the editor. Its value is not the editor's text. Unseen:
 * transparent, narrower or lower than 3 px, or inside a box that small which clips it (CodeMirror 5
 * keeps a wide textarea in a 3 × 0 px box with its overflow hidden).
 */
export function isProxyField(field: Field): boolean {
  const win = field.ownerDocument.defaultView;
  if (!win) return false;
  if (win.getComputedStyle(field).opacity === '0' || tiny(field)) return true;
  let box = field.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    if (tiny(box) && win.getComputedStyle(box).overflow !== 'visible') return true;
  }
  return false;
}

const tiny = (el: Element) => {
  const rect = el.getBoundingClientRect();
  return rect.width < 3 || rect.height < 3;
};

/** What the staff member sees of an editor whose input is hidden: the nearest box around `el` that is not a proxy's size. */
export function editorBox(el: Element): HTMLElement | null {
  let box = el.parentElement;
  while (box && tiny(box)) box = box.parentElement;
  return box;
}

/**
 * An element that takes text through the EditContext API (Monaco in Chromium, by default): the
 * browser hands it typed text as events, and the editor draws it elsewhere; neither a field nor a
 * contenteditable.
 */
export function hasEditContext(el: Element | null): el is HTMLElement {
  return !!editContextOf(el);
}

/** The parts of an EditContext read here: its text (a window of the editor's) and its selection in it. */
export interface EditContextLike extends EventTarget {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

export function editContextOf(el: Element | null): EditContextLike | null {
  return ((el as (HTMLElement & { editContext?: EditContextLike | null }) | null)?.editContext as EditContextLike | undefined) ?? null;
}

/**
 * A range of an EditContext's text the next insertion replaces (the expander's typed shortcut): the
 * page cannot select text the editor draws, so the range is handed to the editor with the text, as an
 * input method replaces what it composed. Kept only while the caret is where it was.
 */
export const editContextRanges = new WeakMap<Element, { start: number; end: number }>();

export function isPasswordField(el: Element | null): boolean {
  return el?.tagName === 'INPUT' && (el as HTMLInputElement).type === 'password';
}

/** The contenteditable editing host that contains `el`, if any. */
export function editingHost(el: Element | null): HTMLElement | null {
  let node = el as HTMLElement | null;
  if (!node?.isContentEditable) return null;
  while (node.parentElement?.isContentEditable) node = node.parentElement;
  return node;
}

/** An editable target for `el`: the field itself, an EditContext element, or its contenteditable host. */
export function editableFor(el: Element | null): Field | HTMLElement | null {
  if (isField(el) || hasEditContext(el)) return el;
  return editingHost(el);
}

/** The focused element, looking through open shadow roots and same-origin iframes. */
export function deepActiveElement(doc: Document = document): Element | null {
  let el: Element | null = doc.activeElement;
  for (let depth = 0; el && depth < 20; depth++) {
    const shadowActive = el.shadowRoot?.activeElement;
    if (shadowActive) {
      el = shadowActive;
      continue;
    }
    if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null; // cross-origin frame: not ours to reach
      }
      const active = inner?.activeElement;
      if (active && active !== inner?.body) {
        el = active;
        continue;
      }
      if (active && inner?.body?.isContentEditable) return inner.body;
    }
    break;
  }
  return el;
}

export type EditorKind = 'lexical' | 'draft' | 'prosemirror' | 'slate' | 'quill' | 'ckeditor' | 'trix' | 'tinymce' | 'editorjs' | 'plain';

export function editorKind(host: HTMLElement): EditorKind {
  if (host.dataset.lexicalEditor === 'true' || '__lexicalEditor' in host) return 'lexical';
  if (host.closest('.DraftEditor-root') || host.querySelector('[data-contents="true"]')) return 'draft';
  if (host.classList.contains('ProseMirror')) return 'prosemirror';
  if (host.dataset.slateEditor === 'true') return 'slate';
  if (host.classList.contains('ql-editor')) return 'quill';
  if (host.classList.contains('ck-editor__editable')) return 'ckeditor';
  // Trix (Basecamp, HEY, Rails' Action Text) re-reads DOM it did not write into its model, but not into its undo.
  if (host.localName === 'trix-editor') return 'trix';
  if (host.classList.contains('mce-content-body')) return 'tinymce';
  // Editor.js: a contenteditable per block whose saved HTML keeps <br> but drops the <div>s a browser splits lines into.
  if (host.closest('.codex-editor')) return 'editorjs';
  return 'plain';
}
