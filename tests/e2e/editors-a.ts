import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

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

/** The text an editor fixture starts with (`?text=`), where a reply goes at the caret or over a selection. */
export const SEED = 'قبل بعد';

/** Where a reply goes in «قبل بعد»: characters `from`…`to` selected, and the text expected before and after it. */
export const PLACEMENTS = [
  ['at the caret in the middle of the text', 4, 4, 'قبل ', 'بعد'],
  ['replacing a selection', 0, 3, '', ' بعد'],
] as const;

/** Zero-width marks other than the reply's own isolates (FSI U+2068 … PDI U+2069). */
export const STRAY = /[\u200b-\u200f\u2060-\u2067\ufeff]/;

/** Waits (up to `timeout`, then goes on) for the fixture's mirrored model (#state) to read `text`. */
export const modelIs = (page: Page, text: string, timeout = 3000) =>
  page.waitForFunction((t) => document.getElementById('state')?.textContent === t, text, { timeout }).catch(() => {});

/** `path` with `query` parameters added. */
export const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;
