import {
  deepActiveElement,
  type EditorKind,
  editableFor,
  editContextOf,
  editContextRanges,
  editorBox,
  editorKind,
  type Field,
  fieldText,
  hasEditContext,
  isField,
  isPasswordField,
  isProxyField,
} from './editable';
import { paragraphsHtml } from './paste';

export interface InsertResult {
  ok: boolean;
  method: string;
  error?: string;
}

export { type BlankAhead, type BlankStop, blankStops, nextBlank, selectFirstBlank } from './blank';
export { type CaretText, textBeforeCaret } from './caret';
export { deepActiveElement, editableFor, editorKind, isField } from './editable';
export { createFocusTracker, type FocusTracker } from './track';

const collapse = (s: string) => s.replace(/[\s\u200b-\u200f\u2066-\u2069]+/g, ' ').trim();
const count = (hay: string, needle: string) => (needle ? hay.split(needle).length - 1 : 0);
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Inserts `text` at the caret (replacing the selection) of `target`, or of the deepest
 * focused editable when `target` is null. Tries the methods that editor family listens to,
 * reads the result back after each, and stops at the first that worked or changed anything,
 * so text is never inserted twice.
 */
export async function insertText(target: Element | null, text: string): Promise<InsertResult> {
  const el = editableFor(target ?? deepActiveElement());
  if (!el) {
    const active = target ?? deepActiveElement();
    return { ok: false, method: 'none', error: isPasswordField(active) ? 'password-field' : 'no-editable' };
  }
  if (isField(el)) return insertIntoField(el, text);
  if (hasEditContext(el)) return insertIntoEditContext(el, text);
  return insertIntoEditable(el as HTMLElement, text);
}

async function insertIntoField(field: Field, raw: string): Promise<InsertResult> {
  if (field.disabled || field.readOnly) return { ok: false, method: 'none', error: 'read-only' };
  const text = fieldText(field, raw);
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const expected = field.value.slice(0, start) + text + field.value.slice(end);
  const before = field.value;
  // A code editor's hidden textarea: what the staff member sees is the editor's box around it.
  const box = isProxyField(field) ? editorBox(field) : null;
  field.focus();
  field.setSelectionRange(start, end);
  // What the editor draws once focus and selection are set (it may redraw its caret for them).
  const seen = box ? collapse(box.innerText) : '';
  // execCommand keeps the field's own undo stack and fires the events frameworks expect.
  const doc = field.ownerDocument;
  const took = doc.execCommand('insertText', false, text);
  // A code editor's hidden textarea (Ace, CodeMirror 5, Monaco) holds what we wrote whether or not the
  // editor took it (a read-only Monaco leaves it there): it took the text only if what it draws
  // changed. Nothing else goes into a proxy, which could hand it on a second time.
  if (box) {
    if (took && (await waitForChange(box, seen)) !== seen) return { ok: true, method: 'execCommand:proxy' };
    return { ok: false, method: 'execCommand:proxy', error: 'rejected' };
  }
  if (took && field.value === expected) return { ok: true, method: 'execCommand' };
  if (field.value !== before) return field.value.includes(text) ? { ok: true, method: 'execCommand' } : { ok: false, method: 'execCommand', error: 'partial' };
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  await settle();
  if (field.value.includes(text)) return { ok: true, method: 'setRangeText' };
  // A page that keeps a changed version (a mask, a length cut, forced case) has something in the field: to be checked.
  return { ok: false, method: 'setRangeText', error: field.value === before ? 'rejected' : 'partial' };
}

/**
 * An EditContext element (Monaco): its editor's own paste, at the editor's selection, one undo step;
 * or, over a range the expander named (its typed shortcut), a `textupdate` as an input method sends,
 * which the editor applies as typing. Read back from the box the editor draws its text in.
 */
async function insertIntoEditContext(el: HTMLElement, text: string): Promise<InsertResult> {
  const context = editContextOf(el);
  const box = editorBox(el);
  const range = editContextRanges.get(el);
  editContextRanges.delete(el);
  if (!context || !box) return { ok: false, method: 'editcontext', error: 'rejected' };
  el.focus();
  const seen = collapse(box.innerText);
  const win = el.ownerDocument.defaultView as (Window & { TextUpdateEvent?: new (type: string, init: object) => Event }) | null;
  let method = 'editcontext:paste';
  if (range) {
    // The expander's typed shortcut, to be replaced: if the caret has moved off it (or the browser has
    // no such event), nothing goes in — a paste at the caret would leave the shortcut beside the reply.
    if (range.end !== context.selectionStart || context.selectionStart !== context.selectionEnd || !win?.TextUpdateEvent)
      return { ok: false, method: 'editcontext:textupdate', error: 'rejected' };
    method = 'editcontext:textupdate';
    const end = range.start + text.length;
    context.dispatchEvent(
      new win.TextUpdateEvent('textupdate', { text, updateRangeStart: range.start, updateRangeEnd: range.end, selectionStart: end, selectionEnd: end }),
    );
  } else fire(el, 'plain', 'paste', text);
  if ((await waitForChange(box, seen)) !== seen) return { ok: true, method };
  return { ok: false, method, error: 'rejected' };
}

type Method = 'execCommand' | 'lines' | 'beforeinput' | 'paste';

const CHAIN: Record<EditorKind, Method[]> = {
  plain: ['execCommand', 'paste', 'beforeinput'],
  lexical: ['paste', 'beforeinput', 'execCommand'],
  slate: ['beforeinput', 'paste', 'execCommand'],
  draft: ['paste', 'beforeinput', 'execCommand'],
  prosemirror: ['paste', 'beforeinput', 'execCommand'],
  quill: ['paste', 'execCommand', 'beforeinput'],
  ckeditor: ['paste', 'beforeinput', 'execCommand'],
  trix: ['paste', 'beforeinput', 'execCommand'],
  // TinyMCE's own paste closes the typing run before inserting: one undo step for the insertion alone.
  tinymce: ['paste', 'execCommand', 'beforeinput'],
  // Editor.js's own paste puts a reply's lines in new blocks after the current one, leaves the selection
  // (an expander's shortcut) in place, and lands later than the read-back waits: a second method could
  // insert twice. Typed lines stay at the caret, in the browser's undo.
  editorjs: ['lines'],
};

/** Whether the caret is in a code block, where an editor takes a paste's plain text as it is. */
function inCode(host: HTMLElement): boolean {
  const sel = host.ownerDocument.getSelection();
  const node = sel?.rangeCount ? sel.getRangeAt(0).startContainer : null;
  const el = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
  return !!el?.closest('pre, code');
}

function ensureCaretInside(host: HTMLElement): void {
  const sel = host.ownerDocument.getSelection();
  if (sel && sel.rangeCount > 0 && host.contains(sel.getRangeAt(0).commonAncestorContainer)) return;
  const range = host.ownerDocument.createRange();
  range.selectNodeContents(host);
  range.collapse(false);
  sel?.removeAllRanges();
  sel?.addRange(range);
}

function fire(host: HTMLElement, kind: EditorKind, method: Method, text: string): void {
  const doc = host.ownerDocument;
  const win = doc.defaultView ?? window;
  if (method === 'execCommand') {
    doc.execCommand('insertText', false, text);
    return;
  }
  if (method === 'lines') {
    // As typed with Shift+Enter between lines: <br>s inside the block, not the <div>s insertText splits lines into.
    // Gecko makes each execCommand its own undo step (Ctrl+Z would take back the last line only), and its
    // insertText already turns each line break into a <br> in the block: there the whole text goes in at once.
    if (/\bGecko\/\d/.test(win.navigator.userAgent) && !/\bAppleWebKit\//.test(win.navigator.userAgent)) {
      doc.execCommand('insertText', false, text.replace(/\r\n?/g, '\n'));
      return;
    }
    text.split(/\r?\n/).forEach((line, i) => {
      if (i > 0) doc.execCommand('insertLineBreak');
      if (line) doc.execCommand('insertText', false, line);
    });
    return;
  }
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  // ProseMirror's plain-text rule drops blank lines; its HTML rule keeps them (paste.ts). Only there:
  // other editors read a text/html paste as formatting of their own.
  const html = method === 'paste' && kind === 'prosemirror' && !inCode(host) ? paragraphsHtml(text) : null;
  if (html) data.setData('text/html', html);
  // Gecko ignores `clipboardData` in the event's init (the page would read an empty clipboard) and
  // fills the event's own from its non-standard `dataType` and `data`, one type only; other engines
  // ignore those two. (What a content script adds to Gecko's DataTransfer afterwards, the page cannot
  // read.) With an HTML form that one type is the HTML, which ProseMirror reads first anyway.
  const clipboard = { clipboardData: data, dataType: html ? 'text/html' : 'text/plain', data: html ?? text } as ClipboardEventInit;
  if (method === 'paste') host.dispatchEvent(new win.ClipboardEvent('paste', { ...clipboard, bubbles: true, cancelable: true }));
  else {
    // Typing never inserts a line break as text: lines come as a replacement carrying a DataTransfer,
    // which editors that read beforeinput (Slate, Lexical) split into their own paragraphs, as for a paste.
    const lines = /[\r\n]/.test(text);
    const init = lines ? { inputType: 'insertReplacementText', dataTransfer: data } : { inputType: 'insertText', data: text };
    host.dispatchEvent(new win.InputEvent('beforeinput', { ...init, bubbles: true, cancelable: true, composed: true }));
  }
}

async function waitForChange(host: HTMLElement, before: string, timeoutMs = 150): Promise<string> {
  const deadline = performance.now() + timeoutMs;
  await settle();
  let now = collapse(host.innerText);
  while (now === before && performance.now() < deadline) {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    now = collapse(host.innerText);
  }
  return now;
}

async function insertIntoEditable(host: HTMLElement, text: string): Promise<InsertResult> {
  host.focus();
  ensureCaretInside(host);
  const probe = collapse(text);
  const kind = editorKind(host);
  for (const method of CHAIN[kind]) {
    const before = collapse(host.innerText);
    fire(host, kind, method, text);
    const after = await waitForChange(host, before);
    if (count(after, probe) > count(before, probe)) return { ok: true, method: `${kind}:${method}` };
    if (after !== before) return { ok: false, method: `${kind}:${method}`, error: 'partial' };
  }
  return { ok: false, method: kind, error: 'rejected' };
}
