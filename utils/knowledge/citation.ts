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
  const label = article ? (article[1] as string).replace(/\s+/g, ' ') : section.id === 'intro' || section.editorial ? '' : `«${section.title}»`;
  const named = label ? `${label} من ${doc.title}` : doc.title;
  const source = doc.status === 'sample' ? `${named} ${SAMPLE_MARK}` : named;
  // One line break for each break, so a list item's end is still known; spaces in the quote.
  const flat = (text: string) => text.replace(/\s*\n+\s*/g, '\n');
  const text = flat(section.text.trim());
  const from = at > 0 ? flat(section.text.slice(0, at).trimStart()).length : 0;
  return `${source}: ${excerpt(text, maxChars, from).replace(/\n/g, ' ')}`;
}

/** A full stop, question mark or semicolon ending a sentence (a list number «2.» does not). */
const SENTENCE_END = /(?<![0-9\u0660-\u0669])[.؟?!؛](?=\s)/g;

/** Where each sentence or line of `text` starts, in order (0 first). */
function sentenceStarts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/(?<![0-9\u0660-\u0669])[.؟?!؛]\s+|\n/g)) out.push(m.index + m[0].length);
  return [...new Set(out)].filter((i) => i < text.length).sort((a, b) => a - b);
}

/**
 * At most `maxChars` of `text` that hold the sentence at `at`: from that sentence's start (or an
 * earlier one, when the rest of the text then fits), cut at the end of the last whole sentence or
 * line. «…» stands, with a space, for what was left out before and after.
 */
function excerpt(text: string, maxChars: number, at: number): string {
  if (text.length <= maxChars) return text;
  const starts = sentenceStarts(text);
  let start = starts.filter((s) => s <= at).pop() ?? 0;
  const fitting = starts.find((s) => text.length - s <= maxChars);
  if (fitting !== undefined && fitting < start) start = fitting;
  const body = text.slice(start);
  return `${start > 0 ? '… ' : ''}${body.length > maxChars ? shorten(body, maxChars) : body}`;
}

/**
 * The text cut to `maxChars` at the end of its last whole sentence or list item (a quote that stops
 * mid-sentence — «التوضيح للمستفيد بأن…» — says something the document does not), else, when no
 * sentence ends that early, at the last whole word.
 */
function shorten(text: string, maxChars: number): string {
  const head = text.slice(0, maxChars + 1);
  let end = -1;
  for (const m of head.matchAll(SENTENCE_END)) if (m.index < maxChars) end = m.index + 1;
  // A line that ends a list item, not one that opens a list («… ما يلي:»).
  for (const m of head.matchAll(/(?<![:،,])\n/g)) end = Math.max(end, m.index);
  if (end > 0) return `${text.slice(0, end)} …`;
  const cut = Math.max(head.lastIndexOf(' ', maxChars), head.lastIndexOf('\n', maxChars));
  return `${text.slice(0, cut > 0 ? cut : maxChars)} …`;
}

type PackDocRef = Pick<KnowledgeDocument, 'title'> & Partial<Pick<KnowledgeDocument, 'status'>>;

/** Whether a reply's text quotes sample (unapproved) text. */
export function quotesSample(text: string | undefined): boolean {
  return !!text?.includes(SAMPLE_MARK);
}
