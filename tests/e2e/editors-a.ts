import assert from 'node:assert/strict';

/**
 * ProseMirror, Quill 2, CKEditor 5 and Trix (tests/fixtures/editors), each the real library with its
 * own undo and its model mirrored into #state, and each one's rule for how a reply's lines land
 * there. Written once for the Chromium tests (editors-a.test.ts) and Firefox's (firefox-editors.test.ts).
 */
export interface Editor {
  name: string;
  path: string;
  /** The editing host a staff member clicks into. */
  host: string;
  /** How the editor turns a pasted reply's line breaks into its own structure, in words… */
  lines: string;
  /** …and as the model then reads (#state: blocks joined by \n, a line break inside a block as \n): the paragraphs and line breaks it adds. */
  lands: (reply: string) => Model;
  /** Edits closer together than this are one undo step in the editor's history (ProseMirror's newGroupDelay, Quill's delay). */
  groupsMs?: number;
}

/** The editor's model as #state mirrors it: its text, its blocks (paragraphs, lines) and its line breaks inside blocks. */
export interface Model {
  text: string;
  blocks: number;
  breaks: number;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

export const EDITORS_A: Editor[] = [
  {
    name: 'ProseMirror',
    path: '/prosemirror.html',
    host: '.ProseMirror',
    lines: 'a paragraph per line, a blank line an empty paragraph',
    lands: (r) => ({ text: r, blocks: count(r, /\n/g), breaks: 0 }),
    groupsMs: 500,
  },
  {
    name: 'Quill 2',
    path: '/quill.html',
    host: '.ql-editor',
    lines: 'a line (block) per line, a blank line kept',
    lands: (r) => ({ text: r, blocks: count(r, /\n/g), breaks: 0 }),
    groupsMs: 1000,
  },
  {
    name: 'CKEditor 5',
    path: '/ckeditor.html',
    host: '.ck-editor__editable',
    lines: 'soft breaks, a blank line a new paragraph',
    lands: (r) => ({ text: r.replace(/\n\n/g, '\n'), blocks: count(r, /\n\n/g), breaks: count(r.replace(/\n\n/g, ''), /\n/g) }),
  },
  {
    name: 'Trix',
    path: '/trix.html',
    host: 'trix-editor',
    lines: 'a <br> per line break, in the one block',
    lands: (r) => ({ text: r, blocks: 0, breaks: count(r, /\n/g) }),
  },
];

/** The model once `reply` is inserted between `before` and `after` in a one-paragraph editor. */
export function landed(editor: Editor, before: string, reply: string, after: string): Model {
  assert.ok(count(reply, /\n/g) >= 2, `the reply has several lines: ${JSON.stringify(reply)}`);
  const { text, blocks, breaks } = editor.lands(reply);
  return { text: `${before}${text}${after}`, blocks: 1 + blocks, breaks };
}
