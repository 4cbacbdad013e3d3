import { addressProblems, type Gender, renderTemplate, type Template, timeLimitWord } from '../templates';
import { parseFrontMatter } from './frontmatter';
import type { KnowledgeDocument, PackError, PackFile } from './types';

const FORMS: Gender[] = ['m', 'f', 'p'];
const KIND_MESSAGE = {
  'singular-in-plural': ['template_singular_in_plural', 'the plural rendering still addresses one person'],
  'masculine-in-feminine': ['template_masculine_in_feminine', 'the feminine rendering addresses a man (the feminine "you" is written كِ)'],
  'feminine-in-masculine': ['template_feminine_in_masculine', 'the masculine rendering addresses a woman'],
} as const;

/**
 * What a careful reader at the association would refuse in a template that otherwise parses:
 * a form of address wrong for the rendering (checked line by line, in all three forms, on the
 * template's own words — placeholder values are not the template's), and a time limit that
 * does not name the official section it comes from.
 */
export function checkTemplate(file: PackFile, template: Template, documents: KnowledgeDocument[], documentsComplete = true): PackError[] {
  const errors: PackError[] = [];
  const lines = file.content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { fm } = parseFrontMatter(file.path, lines);
  if (!fm) return errors;
  let timeWord: { word: string; line: number } | null = null;
  for (let i = fm.bodyStart; i < lines.length; i++) {
    const raw = lines[i] as string;
    const seen = new Set<string>();
    for (const gender of FORMS) {
      const text = renderTemplate(raw, {}, gender, () => '').text;
      for (const p of addressProblems(text, gender)) {
        const key = `${p.kind}|${p.word}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const [code, message] = KIND_MESSAGE[p.kind];
        errors.push({ file: file.path, line: i + 1, message: `${message}: «${p.word}»`, code, args: [p.word] });
      }
    }
    const word = timeLimitWord(raw) ?? (/\{\{\s*due_(?:hijri|gregorian)\s*\}\}/.test(raw) ? '{{due_…}}' : null);
    if (word && !timeWord) timeWord = { word, line: i + 1 };
  }
  if (!timeWord) return errors;
  const sourceLine = fm.lines.source ?? 2;
  if (!template.source) {
    errors.push({
      file: file.path,
      line: timeWord.line,
      message: `states a time limit («${timeWord.word}») but names no official source: add "source: policy#<section>" to the front matter`,
      code: 'template_source_missing',
      args: [timeWord.word],
    });
    return errors;
  }
  const [docId, sectionId] = template.source.split('#');
  const doc = documents.find((d) => d.id === docId);
  // A document that failed to parse has its own errors: its sources are not reported again.
  if (!doc && !documentsComplete) return errors;
  if (!doc?.sections.some((s) => s.id === sectionId)) {
    errors.push({
      file: file.path,
      line: sourceLine,
      message: `source "${template.source}" is not a section of this pack`,
      code: 'template_source_unknown',
      args: [template.source],
    });
  } else if (doc.status !== 'official') {
    errors.push({
      file: file.path,
      line: sourceLine,
      message: `source "${template.source}" is in a document with status "${doc.status}", not "official"`,
      code: 'template_source_not_official',
      args: [template.source, doc.status],
    });
  }
  return errors;
}
