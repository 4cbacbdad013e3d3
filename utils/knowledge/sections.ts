import { normalize } from '../arabic';
import { bodyBidiErrors, titleProblem } from './schema';
import type { PackError, Section } from './types';

/**
 * Every pattern here runs over an admin's file, so none may backtrack over a long run (of spaces,
 * blank lines, `[`, `<`): an unanchored `\s*` or `[^x]*` retried from each position of a 150 KB
 * line took seconds. Headings and anchors are therefore cut with string methods first.
 */
const HEADING = /^(#{1,6})\s/;
/** `{#id}`, optionally with `.editorial`, ending the title: a heading the editors added, not in the source text. */
const ANCHOR = /^\{#([A-Za-z0-9][\w-]*)((?:\s+\.[A-Za-z][\w-]*)*)\}\s*$/;

/** `## title` → level and title (trimmed, never empty), or null for any other line. */
function heading(line: string): { level: number; title: string } | null {
  const h = HEADING.exec(line);
  const title = h ? line.slice((h[1] as string).length).trim() : '';
  return h && title ? { level: (h[1] as string).length, title } : null;
}

/** A trailing `{#id .editorial}`: the title without it, the id and the classes. */
function anchorOf(title: string): { title: string; id: string; classes: string } | null {
  // An anchor holds neither `{` nor `#`, so only the last `{#` can start one.
  const at = title.lastIndexOf('{#');
  const m = at < 0 ? null : ANCHOR.exec(title.slice(at));
  return m ? { title: title.slice(0, at).trim(), id: m[1] as string, classes: m[2] as string } : null;
}
const ARTICLE = /^المادة\s*\(?\s*([0-9\u0660-\u0669]+)\s*\)?/;

/** Markdown → plain text good enough for search and citations. */
export function markdownToText(md: string): string {
  return (
    md
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
      .replace(/<[^<>]+>/g, ' ')
      .replace(/^\s{0,3}>\s?/gm, '')
      // A list marker goes with the blank lines before it; only a line with text starts the match, so a long blank run is walked once.
      .replace(/(^|\S[^\S\n]*\n)\s*(?:[-*+]|\d+[.)])\s+/g, '$1')
      .replace(/[*_`~|]+/g, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

export function autoSectionId(title: string): string {
  const article = ARTICLE.exec(title);
  if (article) return `article-${normalize(article[1] as string)}`;
  const slug = normalize(title)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'section';
}

/**
 * Splits a document body into sections at headings. A heading with no text of its own
 * (a chapter) becomes part of the `path` of the sections under it.
 */
export function splitSections(file: string, lines: string[], bodyStart: number): { title: string | null; sections: Section[]; errors: PackError[] } {
  const errors: PackError[] = [];
  const sections: Section[] = [];
  let docTitle: string | null = null;
  const stack: { level: number; title: string }[] = [];
  let current: { level: number; title: string; id: string; line: number; body: string[]; editorial?: boolean } | null = null;
  const seen = new Map<string, number>();

  const flush = () => {
    if (!current) return;
    const markdown = current.body.join('\n').trim();
    const level = current.level;
    const path = stack.filter((h) => h.level < level).map((h) => h.title);
    if (markdown) {
      const prev = seen.get(current.id);
      if (prev !== undefined) errors.push({ file, line: current.line, message: `duplicate section id "${current.id}" (first at line ${prev})` });
      seen.set(current.id, current.line);
      sections.push({
        id: current.id,
        title: current.title,
        path,
        markdown,
        text: markdownToText(markdown),
        line: current.line,
        ...(current.editorial ? { editorial: true } : {}),
      });
    }
    current = null;
  };

  let inFence = false;
  for (let i = bodyStart; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (/^\s*```/.test(raw)) inFence = !inFence;
    const h = inFence ? null : heading(raw);
    if (!h) {
      errors.push(...bodyBidiErrors(file, [raw], i + 1));
      if (current) current.body.push(raw);
      else if (raw.trim()) errors.push({ file, line: i + 1, message: 'text before the first heading (start the body with "# title")' });
      continue;
    }
    const { level } = h;
    const anchor = anchorOf(h.title);
    const title = anchor ? anchor.title : h.title;
    const problem = titleProblem(title);
    if (problem) errors.push({ file, line: i + 1, message: `heading ${problem}` });
    if (level === 1) {
      flush();
      if (docTitle !== null) errors.push({ file, line: i + 1, message: 'more than one "# title" heading' });
      docTitle = title;
      // Text between the title and the first section is the document's introduction.
      current = { level: 1, title, id: anchor ? anchor.id : 'intro', line: i + 1, body: [] };
      continue;
    }
    flush();
    while (stack.length && (stack[stack.length - 1] as { level: number }).level >= level) stack.pop();
    stack.push({ level, title });
    const editorial = / \.editorial\b/.test(` ${anchor?.classes ?? ''}`);
    current = { level, title, id: anchor ? anchor.id : autoSectionId(title), line: i + 1, body: [], editorial };
  }
  flush();
  return { title: docTitle, sections, errors };
}
