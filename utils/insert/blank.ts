import { selectionSeen } from './caret';
import { type Field, fieldText, isField, isProxyField } from './editable';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Text without its white space: editors turn line breaks into paragraphs and spaces into no-break spaces. */
const bare = (s: string) => s.replace(/\s+/g, '');
const blankPattern = (blanks: string[]) => new RegExp(blanks.map(literal).join('|'), 'g');

/**
 * Once `inserted` is in `el` with the caret at its end, selects the first of its «label» blanks
 * (`blanks`, as written in it), so what the staff member types next fills it — in a rich editor's
 * own model too, which follows the page's selection. Only when the text just before the caret is
 * `inserted` with every one of its blanks intact: a page or an editor that moved the caret or
 * changed the text gets nothing selected. Reads no more of the page than `inserted` is long.
 * True when a blank was selected.
 */
export async function selectFirstBlank(el: Field | HTMLElement, inserted: string, blanks: string[]): Promise<boolean> {
  if (blanks.length === 0) return false;
  const pattern = blankPattern(blanks);
  const count = [...inserted.matchAll(pattern)].length;
  if (count === 0) return false;
  const select = isField(el) ? inField(el, inserted, pattern) : inEditable(el, inserted, pattern, count);
  if (!select) return false;
  await select();
  return true;
}

function inField(field: Field, raw: string, pattern: RegExp): (() => Promise<void>) | null {
  // A code editor's hidden textarea holds a window of the editor's text, not the text: a range there
  // is not the blank's (Monaco maps it onto other lines, and typing then mangles them).
  if (isProxyField(field)) return null;
  const inserted = fieldText(field, raw); // as `insertText` put it there
  const caret = field.selectionEnd;
  if (caret === null || field.selectionStart !== caret || field.value.slice(caret - inserted.length, caret) !== inserted) return null;
  const first = new RegExp(pattern.source).exec(inserted);
  if (!first) return null;
  const at = caret - inserted.length + first.index;
  return async () => field.setSelectionRange(at, at + first[0].length);
}

function inEditable(host: HTMLElement, inserted: string, pattern: RegExp, count: number): (() => Promise<void>) | null {
  const doc = host.ownerDocument;
  const sel = doc.getSelection();
  const caret = sel?.rangeCount ? sel.getRangeAt(0) : null;
  if (!caret?.collapsed || caret.startContainer.nodeType !== Node.TEXT_NODE || !host.contains(caret.startContainer)) return null;
  // The text nodes before the caret, back to as much text as `inserted` holds, and no further.
  const want = bare(inserted).length;
  const walker = doc.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  walker.currentNode = caret.startContainer;
  const parts = [{ node: caret.startContainer as Text, text: (caret.startContainer as Text).data.slice(0, caret.startOffset) }];
  let have = bare(parts[0]?.text ?? '').length;
  while (have < want) {
    const node = walker.previousNode() as Text | null;
    if (!node) return null;
    parts.unshift({ node, text: node.data });
    have += bare(node.data).length;
  }
  const tail = parts.map((p) => p.text).join('');
  if (!bare(tail).endsWith(bare(inserted))) return null;
  // Where the inserted text starts in `tail`: as many characters back, white space aside, as it holds.
  let start = tail.length;
  for (let seen = 0; start > 0 && seen < want; ) if (!/\s/.test(tail[--start] as string)) seen++;
  // Its blanks, each whole in one text node (one an editor split is not found).
  const found: { node: Text; from: number; to: number }[] = [];
  let offset = 0;
  for (const { node, text } of parts) {
    for (const m of text.matchAll(pattern)) if (offset + m.index >= start) found.push({ node, from: m.index, to: m.index + m[0].length });
    offset += text.length;
  }
  const first = found[0];
  if (!first || found.length !== count) return null;
  return () => selectText(first.node, first.from, first.to);
}

/** Selects part of one text node; resolves once the page (and an editor listening to it) has seen it. */
function selectText(node: Text, from: number, to: number): Promise<void> {
  const doc = node.ownerDocument;
  const sel = doc.getSelection();
  const seen = selectionSeen(doc);
  const r = doc.createRange();
  r.setStart(node, from);
  r.setEnd(node, to);
  sel?.removeAllRanges();
  sel?.addRange(r);
  return seen;
}

/** A blank of an expansion: its label, and where it ends in the inserted text. */
export interface BlankStop {
  label: string;
  end: number;
}

/** The template's blanks in `inserted`, in order: the tab stops of an expansion. */
export function blankStops(inserted: string, blanks: string[]): BlankStop[] {
  if (blanks.length === 0) return [];
  return [...inserted.matchAll(blankPattern(blanks))].map((m) => ({ label: m[0], end: m.index + m[0].length }));
}

/** A blank found ahead of the caret: its label, and its selection. */
export interface BlankAhead {
  label: string;
  select: () => Promise<void>;
}

/**
 * The next «label» blank after the caret (the end of the selection, so a blank still selected is
 * passed over), looked for no further ahead than `rest` is long — the template's text after the
 * blank the staff member was on — so no more of the page is read, and a blank of the page's own past
 * the template is not found. A blank split across text nodes is not found. Decided synchronously
 * (the Tab that asks must be held or let go at once); `select` selects it, in a rich editor's model
 * too. Null when there is none.
 */
export function nextBlank(el: Field | HTMLElement, rest: string, blanks: string[]): BlankAhead | null {
  if (blanks.length === 0) return null;
  const pattern = blankPattern(blanks);
  if (!isField(el)) return aheadInEditable(el, bare(rest).length, pattern);
  return isProxyField(el) ? null : aheadInField(el, fieldText(el, rest).length, pattern); // a proxy's value is not the text
}

function aheadInField(field: Field, length: number, pattern: RegExp): BlankAhead | null {
  const from = field.selectionEnd;
  if (from === null) return null;
  const m = new RegExp(pattern.source).exec(field.value.slice(from, from + length));
  if (!m) return null;
  const at = from + m.index;
  return { label: m[0], select: async () => field.setSelectionRange(at, at + m[0].length) };
}

function aheadInEditable(host: HTMLElement, want: number, pattern: RegExp): BlankAhead | null {
  const doc = host.ownerDocument;
  const sel = doc.getSelection();
  const caret = sel?.rangeCount ? sel.getRangeAt(0) : null;
  if (!caret || !host.contains(caret.endContainer)) return null;
  const walker = doc.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  let node = textFrom(walker, caret.endContainer, caret.endOffset);
  let from = caret.endContainer === node ? caret.endOffset : 0;
  // Text after the caret, node by node, until as much of it (white space aside) as the template has left.
  for (let read = 0; node && read < want; node = walker.nextNode() as Text | null, from = 0) {
    // Cut to what is left of the budget, so a blank found here lies whole within it.
    const text = upToBare(node.data.slice(from), want - read);
    const m = new RegExp(pattern.source).exec(text);
    if (m) {
      const [found, at] = [node, from + m.index];
      return { label: m[0], select: () => selectText(found, at, at + m[0].length) };
    }
    read += bare(text).length;
  }
  return null;
}

/** `text` up to its `n`th character that is not white space (all of it if it has fewer): no more is read. */
function upToBare(text: string, n: number): string {
  let seen = 0;
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i] as string) && ++seen > n) return text.slice(0, i);
  return text;
}

/** The first text node at or after a boundary point, with the walker standing on it. */
function textFrom(walker: TreeWalker, container: Node, offset: number): Text | null {
  if (container.nodeType === Node.TEXT_NODE) {
    walker.currentNode = container;
    return container as Text;
  }
  const child = container.childNodes[offset];
  let start: Node = container;
  if (child) start = child;
  else while (start.lastChild) start = start.lastChild; // after all of the container: its last descendant
  walker.currentNode = start;
  if (child?.nodeType === Node.TEXT_NODE) return child as Text;
  // From a child: its first text (children come first); from the last descendant: the text after it.
  return walker.nextNode() as Text | null;
}
