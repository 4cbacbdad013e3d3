import { sentenceEnds } from '../arabic';
import type { KnowledgeDocument, Section } from './types';

const ARTICLE = /^(المادة\s*\(?\s*[0-9\u0660-\u0669]+\s*\)?)/;

/** What a citation of a section of a `status: sample` document carries, wherever it travels. */
export const SAMPLE_MARK = '(نص تجريبي)';

/**
 * "المادة (12) من اللائحة الأساسية للجمعية: …" or "«heading» من <document>: …"; a heading the
 * editors added is not quoted as the document's, and sample text is marked as such. `at` is where
 * in `section.text` the passage a search matched lies (a snippet's start): a long section is quoted
 * from that passage's sentence, so the quote holds what matched.
 */
export function citation(doc: PackDocRef, section: Section, maxChars = 400, at = 0): string {
  const article = ARTICLE.exec(section.title);
  // An article keeps its title («المادة (4) «أهداف الجمعية»»): its number alone says nothing of its subject.
  const articleTitle = article
    ? section.title
        .slice((article[1] as string).length)
        .replace(/^\s*[:：\-–—]\s*/, '')
        .trim()
    : '';
  const label = article
    ? `${(article[1] as string).replace(/\s+/g, ' ')}${articleTitle ? ` «${articleTitle}»` : ''}`
    : section.id === 'intro' || section.editorial
      ? ''
      : `«${section.title}»`;
  const named = label ? `${label} من ${doc.title}` : doc.title;
  const source = doc.status === 'sample' ? `${named} ${SAMPLE_MARK}` : named;
  // One line break for each break, so a list item's end is still known; spaces in the quote.
  const flat = (text: string) => text.replace(/\s*\n+\s*/g, '\n');
  const text = flat(section.text.trim());
  const from = at > 0 ? flat(section.text.slice(0, at).trimStart()).length : 0;
  return `${source}: ${excerpt(text, maxChars, from, section.markdown).replace(/\n/g, ' ')}`;
}

/** Where each sentence or line of `text` starts, in order (0 first). */
function sentenceStarts(text: string): number[] {
  const out = [0];
  for (const { end } of sentenceEnds(text)) {
    let start = end;
    while (/\s/.test(text[start] ?? '')) start++;
    out.push(start);
  }
  return [...new Set(out)].filter((i) => i < text.length);
}

/** A line of the quoted text: where it starts, and its list marker and indent in the document's Markdown. */
interface Line {
  start: number;
  text: string;
  /** An ordered item's number («4»), «-» for a bullet, null for a paragraph's line. */
  marker: string | null;
  indent: number;
}

const ITEM = /^(\s*)(?:([-*+])|(\d+)[.)])\s+/;

/**
 * The lines of `text` (one per line break), each with the list marker its Markdown line has; the
 * text has lost the markers (markdownToText), so a line is only known as a list item when the
 * Markdown's non-blank lines and the text's lines are as many.
 */
function lines(text: string, markdown: string | undefined): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, text: line, marker: null, indent: 0 });
    start += line.length + 1;
  }
  const md = (markdown ?? '').split('\n').filter((l) => l.trim());
  if (md.length !== out.length || md.some((l) => /^\s*```/.test(l))) return out;
  md.forEach((l, i) => {
    const m = ITEM.exec(l);
    const line = out[i] as Line;
    line.indent = (m?.[1] ?? /^\s*/.exec(l)?.[0] ?? '').length;
    line.marker = m ? (m[3] ?? '-') : null;
  });
  return out;
}

/** The line that opens the list `i` is an item of («… ما يلي:», or the item a nested list hangs from), if any. */
function listOf(all: Line[], i: number): { first: number; opener: number | null } {
  const item = all[i] as Line;
  let first = i;
  while (first > 0) {
    const prev = all[first - 1] as Line;
    if (!prev.marker || prev.indent < item.indent) break;
    first--;
  }
  const before = all[first - 1];
  const opens = before && ((before.marker && before.indent < item.indent) || /[:：]\s*$/.test(before.text));
  return { first, opener: opens ? first - 1 : null };
}

/** A list item's number as the document writes it («5. »), so a goal quoted from the middle of its list keeps its number. */
const numbered = (line: Line, from: number) => (line.marker && line.marker !== '-' && from > 0 && from === line.start ? `${line.marker}. ` : '');

/**
 * At most `maxChars` of `text` that hold the sentence at `at`. The quote starts at that sentence,
 * or earlier only where nothing before it is then left out unmarked: at the section's start or at
 * the line that opens the list the match is in, when the matched sentence still fits from there
 * (a list that opens the section is quoted from its first item; a section made of a list and a
 * closing note, from its first item too, for the note alone is not what the section says). A quote
 * that starts at a list item is preceded by the list's opening line («… وذلك عن طريق ما يلي: …»),
 * so a means is not read as a goal, and an ordered item keeps its number. It is cut at the end of
 * the last whole sentence or line; «…» stands, with a space, for what was left out.
 */
function excerpt(text: string, maxChars: number, at: number, markdown?: string): string {
  if (text.length <= maxChars) return text;
  const starts = sentenceStarts(text);
  let start = starts.filter((s) => s <= at).pop() ?? 0;
  const matchEnd = starts.find((s) => s > at) ?? text.length;
  const all = lines(text, markdown);
  const lineAt = (offset: number) => all.findLastIndex((l) => l.start <= offset);
  const i = lineAt(start);
  const line = all[i] as Line;
  let prefix = '';
  if (line.marker) {
    const { first, opener } = listOf(all, i);
    const back = opener ?? (first === 0 ? 0 : null);
    if (back !== null && matchEnd - (all[back] as Line).start <= maxChars) start = (all[back] as Line).start;
    else if (opener !== null) {
      const open = all[opener] as Line;
      prefix = `${start > 0 && opener > 0 ? '… ' : ''}${numbered(open, open.start)}${open.text} `;
    }
  } else if (matchEnd <= maxChars) start = 0;
  else if (all[0]?.marker && all.slice(0, i).every((l) => l.marker) && all.slice(i).every((l) => !l.marker)) start = 0;
  const startLine = all[lineAt(start)] as Line;
  const lead = numbered(startLine, start);
  const body = text.slice(start);
  // An opening line too long to precede the item is left out, the item still marked «… ».
  if (maxChars - prefix.length < maxChars / 2) prefix = '';
  const room = maxChars - prefix.length - lead.length;
  const quoted = `${lead}${body.length > room ? shorten(body, room) : body}`;
  return `${prefix || (start > 0 ? '… ' : '')}${prefix ? `… ${quoted}` : quoted}`;
}

/**
 * The text cut to `maxChars` at the end of its last whole sentence or list item (a quote that stops
 * mid-sentence — «التوضيح للمستفيد بأن…» — says something the document does not), else, when no
 * sentence ends that early, at the last whole word.
 */
function shorten(text: string, maxChars: number): string {
  const head = text.slice(0, maxChars + 1);
  let end = -1;
  // A sentence's end, or a line's that ends a list item, not one that opens a list («… ما يلي:»).
  for (const s of sentenceEnds(head)) {
    const cut = head[s.start] === '\n' ? s.start : s.end;
    if (cut <= maxChars && !/[:،,]/.test(head[cut - 1] ?? '')) end = Math.max(end, cut);
  }
  if (end > 0) return `${text.slice(0, end)} …`;
  const cut = Math.max(head.lastIndexOf(' ', maxChars), head.lastIndexOf('\n', maxChars));
  return `${text.slice(0, cut > 0 ? cut : maxChars)} …`;
}

type PackDocRef = Pick<KnowledgeDocument, 'title'> & Partial<Pick<KnowledgeDocument, 'status'>>;

/** Whether a reply's text quotes sample (unapproved) text. */
export function quotesSample(text: string | undefined): boolean {
  return !!text?.includes(SAMPLE_MARK);
}
