import { parseHTML } from 'linkedom';
import { DOMParser, Schema } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { describe, expect, it } from 'vitest';
import { paragraphsHtml } from '../../utils/insert/paste';

/** A schema whose paragraph is a `<div>` and that has no rule for `<p>` (as Toast UI's markdown editor). */
const divSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*', parseDOM: [{ tag: 'div' }], toDOM: () => ['div', 0] },
    text: {},
  },
});

/** The paragraphs ProseMirror's own parser (basic schema unless given, as a paste reads HTML) makes of `html`. */
function paragraphs(html: string, using: Schema = schema): string[] {
  const { document } = parseHTML(`<!doctype html><html><body><main>${html}</main></body></html>`);
  const doc = DOMParser.fromSchema(using).parse(document.querySelector('main') as unknown as Node);
  return doc.content.content.map((node) => `${node.type.name}:${node.textContent}`);
}

describe("a ProseMirror paste's HTML form keeps a letter's blank lines", () => {
  it('gives no HTML for text without a blank line between two others (the plain-text rule is kept there)', () => {
    expect(paragraphsHtml('one line')).toBeNull();
    expect(paragraphsHtml('السلام عليكم،\nسطر\nSara Ali')).toBeNull();
    expect(paragraphsHtml('\nleading and trailing\n')).toBeNull();
    expect(paragraphsHtml('a reply ending in blank lines\n\n\n')).toBeNull();
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

  it('keeps the blank lines where the paragraph is a <div> too', () => {
    expect(paragraphs(paragraphsHtml('a1\n\nb1\nb2\n\nc1') ?? '', divSchema)).toEqual([
      'paragraph:a1',
      'paragraph:',
      'paragraph:b1',
      'paragraph:b2',
      'paragraph:',
      'paragraph:c1',
    ]);
  });

  it('keeps the text as text: markup characters escaped, runs of spaces kept, CRLF read as a line break', () => {
    const text = 'a <b>not bold</b> & <script>x</script>\r\n\r\ntwo  spaces';
    const html = paragraphsHtml(text) ?? '';
    expect(html).not.toMatch(/<(b|script)>/);
    expect(paragraphs(html)).toEqual(['paragraph:a <b>not bold</b> & <script>x</script>', 'paragraph:', 'paragraph:two  spaces']);
  });
});
