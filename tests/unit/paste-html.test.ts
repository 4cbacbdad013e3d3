import { parseHTML } from 'linkedom';
import { DOMParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { describe, expect, it } from 'vitest';
import { paragraphsHtml } from '../../utils/insert/paste';

/** The paragraphs ProseMirror's own parser (basic schema, as a paste reads HTML) makes of `html`. */
function paragraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`);
  const doc = DOMParser.fromSchema(schema).parse(document.querySelector('div') as unknown as Node);
  return doc.content.content.map((node) => `${node.type.name}:${node.textContent}`);
}

describe("a ProseMirror paste's HTML form keeps a letter's blank lines", () => {
  it('gives no HTML for text without a blank line between two others (the plain-text rule is kept there)', () => {
    expect(paragraphsHtml('one line')).toBeNull();
    expect(paragraphsHtml('السلام عليكم،\nسطر\nSara Ali')).toBeNull();
    expect(paragraphsHtml('\nleading and trailing\n')).toBeNull();
  });

  it('makes a paragraph a line and an empty paragraph a blank line, in the order of the text', () => {
    const letter = 'السلام عليكم،\n\nرقم الطلب \u20681448-0231\u2069\nSara Ali\n \nمع التحية';
    expect(paragraphs(paragraphsHtml(letter) ?? '')).toEqual([
      'paragraph:السلام عليكم،',
      'paragraph:',
      'paragraph:رقم الطلب \u20681448-0231\u2069',
      'paragraph:Sara Ali',
      'paragraph:',
      'paragraph:مع التحية',
    ]);
  });

  it('keeps the text as text: markup characters escaped, runs of spaces kept, CRLF read as a line break', () => {
    const text = 'a <b>not bold</b> & <script>x</script>\r\n\r\ntwo  spaces';
    const html = paragraphsHtml(text) ?? '';
    expect(html).not.toMatch(/<(b|script)>/);
    expect(paragraphs(html)).toEqual(['paragraph:a <b>not bold</b> & <script>x</script>', 'paragraph:', 'paragraph:two  spaces']);
  });
});
