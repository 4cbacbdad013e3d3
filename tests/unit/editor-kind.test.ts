import { describe, expect, it } from 'vitest';
import { editorKind } from '../../utils/insert';

/** An editing host as editorKind sees it: its tag, classes, data attributes and what it sits in or holds. */
function host(o: { tag?: string; classes?: string[]; data?: Record<string, string>; inside?: string; holds?: string }): HTMLElement {
  return {
    localName: o.tag ?? 'div',
    dataset: o.data ?? {},
    classList: { contains: (c: string) => (o.classes ?? []).includes(c) },
    closest: (s: string) => (o.inside === s ? {} : null),
    querySelector: (s: string) => (o.holds === s ? {} : null),
  } as unknown as HTMLElement;
}

describe('which editor a contenteditable host belongs to (it decides the insertion chain)', () => {
  it.each([
    ['Lexical', host({ data: { lexicalEditor: 'true' } }), 'lexical'],
    ['Draft.js', host({ inside: '.DraftEditor-root' }), 'draft'],
    ['ProseMirror (and Tiptap)', host({ classes: ['ProseMirror', 'tiptap'] }), 'prosemirror'],
    ['Slate', host({ data: { slateEditor: 'true' } }), 'slate'],
    ['Quill', host({ classes: ['ql-editor'] }), 'quill'],
    ['CKEditor 5 (classic, inline, balloon: the same editable class)', host({ classes: ['ck', 'ck-content', 'ck-editor__editable'] }), 'ckeditor'],
    ['Trix, by its element', host({ tag: 'trix-editor' }), 'trix'],
    ['TinyMCE, its iframe body', host({ tag: 'body', classes: ['mce-content-body'] }), 'tinymce'],
    ['TinyMCE inline', host({ classes: ['editor', 'mce-content-body', 'mce-edit-focus'] }), 'tinymce'],
    ['CodeMirror 6 (the plain chain: execCommand lands through its DOM observer)', host({ classes: ['cm-content', 'cm-lineWrapping'] }), 'plain'],
    ["Editor.js, a block's paragraph inside its holder", host({ classes: ['ce-paragraph', 'cdx-block'], inside: '.codex-editor' }), 'editorjs'],
    ['Jodit (the plain chain: execCommand, a <p> a line, in its history)', host({ classes: ['jodit-wysiwyg'] }), 'plain'],
    ['Toast UI Editor, WYSIWYG or markdown (a ProseMirror)', host({ classes: ['ProseMirror', 'toastui-editor-contents'] }), 'prosemirror'],
    ['a plain contenteditable', host({ classes: ['composer'] }), 'plain'],
    ['a div merely named like Trix', host({ classes: ['trix-editor'] }), 'plain'],
  ])('%s', (_name, el, kind) => {
    expect(editorKind(el)).toBe(kind);
  });
});
