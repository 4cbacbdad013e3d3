const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `text/html` form of a plain-text paste for a ProseMirror editor, or null when the text has no
 * blank line between two others. ProseMirror's own plain-text rule splits on runs of line breaks, so
 * a letter's blank lines are lost; given HTML it parses it with the same rule for paragraphs, so a
 * `<p>` a line and an empty `<p>` for a blank one give the same paragraphs with the blank ones kept.
 * Each `<p>` sits in a `<div>`: a schema with no rule for `<div>` reads the `<p>` alone, one whose
 * paragraph is a `<div>` (Toast UI's markdown editor, which drops an empty `<p>`) keeps the empty one.
 * `white-space: pre-wrap` keeps the text's spaces as the plain-text rule does (prosemirror-model reads
 * it); nothing else is said about formatting.
 */
export function paragraphsHtml(text: string): string | null {
  // Blank lines at the end are no paragraphs between two others (the plain-text rule ends the text there too).
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  if (!lines.slice(1, -1).some((line) => !line.trim())) return null;
  return lines.map((line) => `<div><p style="white-space: pre-wrap">${line.trim() ? escapeHtml(line) : ''}</p></div>`).join('');
}
