import type { KnowledgeDocument, Section } from './types';

const ARTICLE = /^(المادة\s*\(?\s*[0-9\u0660-\u0669]+\s*\)?)/;

/** "المادة (12) من اللائحة الأساسية للجمعية: …" or "«heading» من <document>: …". */
export function citation(doc: PackDocRef, section: Section, maxChars = 400): string {
  const article = ARTICLE.exec(section.title);
  const label = article ? (article[1] as string).replace(/\s+/g, ' ') : section.id === 'intro' ? '' : `«${section.title}»`;
  const source = label ? `${label} من ${doc.title}` : doc.title;
  let text = section.text.replace(/\s*\n+\s*/g, ' ').trim();
  if (text.length > maxChars) {
    const cut = text.lastIndexOf(' ', maxChars);
    text = `${text.slice(0, cut > 0 ? cut : maxChars)}…`;
  }
  return `${source}: ${text}`;
}

type PackDocRef = Pick<KnowledgeDocument, 'title'>;
