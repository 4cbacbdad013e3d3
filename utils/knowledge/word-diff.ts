import { tokenize } from '../arabic/tokenize';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed' | 'elided';
  text: string;
}

interface Unit {
  /** What compares: the word as written, with the punctuation before it (spaces collapsed). */
  key: string;
  /** What is shown: the text before the word and the word. */
  text: string;
}

/** Whole words as Murshid's tokenizer finds them (Arabic letters, marks and digits), each with the text before it. */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    let end = token.end;
    // Diacritics and tatweel after the last letter belong to the word.
    while (end < text.length && /[\p{M}\u0640]/u.test(text[end] ?? '')) end++;
    const gap = text.slice(at, token.start);
    const word = text.slice(token.start, end);
    out.push({ key: `${gap.replace(/\s+/g, ' ').trim()}${word}`, text: gap + word });
    at = end;
  }
  const rest = text.slice(at);
  if (rest) {
    const last = out[out.length - 1];
    if (last) {
      last.text += rest;
      last.key += rest.replace(/\s+/g, ' ').trim();
    } else out.push({ key: rest.trim(), text: rest });
  }
  return out;
}

/** Longest common subsequence on units; past this many cells the middle is shown as replaced whole. */
const MAX_CELLS = 4_000_000;

function lcsParts(a: Unit[], b: Unit[]): DiffPart[] {
  if (a.length * b.length > MAX_CELLS)
    return [...a.map((u) => ({ kind: 'removed' as const, text: u.text })), ...b.map((u) => ({ kind: 'added' as const, text: u.text }))];
  const w = b.length + 1;
  const table = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * w + j] = a[i]?.key === b[j]?.key ? (table[(i + 1) * w + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * w + j] ?? 0, table[i * w + j + 1] ?? 0);
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]?.key === b[j]?.key) {
      out.push({ kind: 'same', text: b[j]?.text ?? '' });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || (table[i * w + j + 1] ?? 0) >= (table[(i + 1) * w + j] ?? 0)))
      out.push({ kind: 'added', text: b[j++]?.text ?? '' });
    else out.push({ kind: 'removed', text: a[i++]?.text ?? '' });
  }
  return out;
}

/** Joins neighbours of one kind, removals before additions, so a replaced phrase reads as one change. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) last.text += p.text;
    else if (last?.kind === 'added' && p.kind === 'removed') {
      const before = out[out.length - 2];
      if (before?.kind === 'removed') before.text += p.text;
      else out.splice(out.length - 1, 0, { ...p });
    } else out.push({ ...p });
  }
  return out;
}

/**
 * A word diff that treats Arabic words as words (`diff`'s diffWords splits them letter by letter:
 * «الثامنة» → «التاسعة» read «الثتامنسعة»). Unchanged runs longer than twice `context` words keep
 * `context` words on each side of a change and are elided in between.
 */
export function diffArabicWords(before: string, after: string, context = 6): DiffPart[] {
  const a = units(before);
  const b = units(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head]?.key === b[head]?.key) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail]?.key === b[b.length - 1 - tail]?.key) tail++;
  const same = (us: Unit[]) => us.map((u) => ({ kind: 'same' as const, text: u.text }));
  const parts = merge([
    ...same(b.slice(0, head)),
    ...lcsParts(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...same(b.slice(b.length - tail)),
  ]);
  return elide(parts, context);
}

function elide(parts: DiffPart[], context: number): DiffPart[] {
  const out: DiffPart[] = [];
  parts.forEach((p, i) => {
    if (p.kind !== 'same') {
      out.push(p);
      return;
    }
    const words = units(p.text);
    const keepStart = i > 0 ? context : 0;
    const keepEnd = i < parts.length - 1 ? context : 0;
    if (words.length <= keepStart + keepEnd + 1) {
      out.push(p);
      return;
    }
    if (keepStart)
      out.push({
        kind: 'same',
        text: words
          .slice(0, keepStart)
          .map((u) => u.text)
          .join(''),
      });
    out.push({ kind: 'elided', text: ' … ' });
    if (keepEnd)
      out.push({
        kind: 'same',
        text: words
          .slice(words.length - keepEnd)
          .map((u) => u.text)
          .join(''),
      });
  });
  return out;
}
