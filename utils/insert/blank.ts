import { selectionSeen } from './caret';
import { type Field, isField } from './editable';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Found {
  /** Characters of text between the blank's start and the caret. */
  distance: number;
  select: () => Promise<void>;
}

/**
 * Once `inserted` is in `el` and the caret at its end, selects the first of its «label» blanks
 * (`blanks`, as written in it), so what the staff member types next fills it — in a rich editor's
 * own model too, which follows the page's selection. The blank is found among the text before the
 * caret, counting back as many blanks as `inserted` holds; one found farther back than `inserted`
 * is long (text the page had before, or a blank an editor split across nodes) is left alone.
 * True when a blank was selected.
 */
export async function selectFirstBlank(el: Field | HTMLElement, inserted: string, blanks: string[]): Promise<boolean> {
  if (blanks.length === 0) return false;
  const pattern = new RegExp(blanks.map(literal).join('|'), 'g');
  const count = [...inserted.matchAll(pattern)].length;
  if (count === 0) return false;
  const found = isField(el) ? inField(el, pattern) : inEditable(el, pattern);
  if (found.length < count) return false;
  const first = found[found.length - count] as Found;
  if (first.distance > inserted.length) return false;
  await first.select();
  return true;
}

function inField(field: Field, pattern: RegExp): Found[] {
  const caret = field.selectionEnd ?? field.value.length;
  if (field.selectionStart !== caret) return [];
  return [...field.value.slice(0, caret).matchAll(pattern)].map((m) => ({
    distance: caret - m.index,
    select: async () => field.setSelectionRange(m.index, m.index + m[0].length),
  }));
}

function inEditable(host: HTMLElement, pattern: RegExp): Found[] {
  const doc = host.ownerDocument;
  const sel = doc.getSelection();
  const caret = sel?.rangeCount ? sel.getRangeAt(0) : null;
  if (!caret?.collapsed || !host.contains(caret.startContainer)) return [];
  // The text before the caret, node by node (a blank split across nodes is not found).
  const before = doc.createRange();
  before.setStart(host, 0);
  before.setEnd(caret.startContainer, caret.startOffset);
  const walker = doc.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  const hits: { node: Text; start: number; end: number; at: number }[] = [];
  let length = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!before.intersectsNode(node)) break;
    const text = node === caret.startContainer ? node.data.slice(0, caret.startOffset) : node.data;
    for (const m of text.matchAll(pattern)) hits.push({ node, start: m.index, end: m.index + m[0].length, at: length + m.index });
    length += text.length;
  }
  return hits.map(({ node, start, end, at }) => ({
    distance: length - at,
    select: () => {
      const seen = selectionSeen(doc);
      const r = doc.createRange();
      r.setStart(node, start);
      r.setEnd(node, end);
      sel?.removeAllRanges();
      sel?.addRange(r);
      return seen;
    },
  }));
}
