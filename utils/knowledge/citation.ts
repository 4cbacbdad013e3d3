import type { KnowledgeDocument, Section } from './types';

const ARTICLE = /^(المادة\s*\(?\s*[0-9\u0660-\u0669]+\s*\)?)/;

/** What a citation of a section of a `status: sample` document carries, wherever it travels. */
export const SAMPLE_MARK = '(نص تجريبي)';

/**
 * "المادة (12) من اللائحة الأساسية للجمعية: …" or "«heading» من <document>: …"; a heading the
 * editors added is not quoted as the document's, and sample text is marked as such.
 */
export function citation(doc: PackDocRef, section: Section, maxChars = 400): string {
  const article = ARTICLE.exec(section.title);
  const label = article ? (article[1] as string).replace(/\s+/g, ' ') : section.id === 'intro' || section.editorial ? '' : `«${section.title}»`;
  const named = label ? `${label} من ${doc.title}` : doc.title;
  const source = doc.status === 'sample' ? `${named} ${SAMPLE_MARK}` : named;
  let text = section.text.replace(/\s*\n+\s*/g, ' ').trim();
  if (text.length > maxChars) text = shorten(text, maxChars);
  return `${source}: ${text}`;
}

/**
 * The text cut to `maxChars` at the end of its last whole sentence when that keeps at least half of
 * it (a quote that stops mid-sentence — «التوضيح للمستفيد بأن…» — says something the document does
 * not), else at the last whole word; «…» marks what was left out.
 */
function shorten(text: string, maxChars: number): string {
  const head = text.slice(0, maxChars + 1);
  let end = -1;
  for (const m of head.matchAll(/(?<![0-9\u0660-\u0669])[.؟?!؛](?=\s)/g)) end = m.index + 1;
  if (end >= maxChars / 2) return `${text.slice(0, end)} …`;
  const cut = text.lastIndexOf(' ', maxChars);
  return `${text.slice(0, cut > 0 ? cut : maxChars)}…`;
}

type PackDocRef = Pick<KnowledgeDocument, 'title'> & Partial<Pick<KnowledgeDocument, 'status'>>;

/** Whether a reply's text quotes sample (unapproved) text. */
export function quotesSample(text: string | undefined): boolean {
  return !!text?.includes(SAMPLE_MARK);
}
