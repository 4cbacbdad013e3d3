import { selectionSeen } from './caret';
import { type Field, fieldText, isField } from './editable';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Text without its white space: editors turn line breaks into paragraphs and spaces into no-break spaces. */
const bare = (s: string) => s.replace(/\s+/g, '');

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
  const pattern = new RegExp(blanks.map(literal).join('|'), 'g');
  const count = [...inserted.matchAll(pattern)].length;
  if (count === 0) return false;
  const select = isField(el) ? inField(el, inserted, pattern) : inEditable(el, inserted, pattern, count);
  if (!select) return false;
  await select();
  return true;
}

function inField(field: Field, raw: string, pattern: RegExp): (() => Promise<void>) | null {
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
  return () => {
    const seen = selectionSeen(doc);
    const r = doc.createRange();
    r.setStart(first.node, first.from);
    r.setEnd(first.node, first.to);
    sel?.removeAllRanges();
    sel?.addRange(r);
    return seen;
  };
}
