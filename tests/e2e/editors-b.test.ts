import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { modelIs, PLACEMENTS, SEED } from './editors-a';
import { withExtensionAndFixtures } from './fixture-server';
import { chooseForm, compose, enableExpander, expansionInTextarea, insertFromPanel, openPanelWindow, type Reply } from './helpers';

// Slate, TinyMCE and CodeMirror 6, each the real library from npm with its own undo history; each
// fixture mirrors the editor's own model into #state (its blocks' text one a line, and
// data-blocks: how many blocks), so these tests read the model, not the page's DOM.
interface Model {
  text: string;
  blocks: number;
}

interface EditorPage {
  name: string;
  path: string;
  /** The editable element, inside `frame` when the editor has its own iframe (TinyMCE). */
  editor: string;
  frame?: string;
  /** How the editor's model holds the reply's lines. */
  lines: string;
  /** The model once `reply` is inserted between `before` and `after` (one line of text each). */
  expected: (before: string, reply: string, after: string) => Model;
}

/** One block a line: the model's text is the text as inserted. */
const blockPerLine = (before: string, reply: string, after: string): Model => ({ text: before + reply + after, blocks: reply.split('\n').length });

const EDITORS: EditorPage[] = [
  { name: 'Slate', path: '/slate.html', editor: '[data-slate-editor=true]', lines: 'one paragraph element a line', expected: blockPerLine },
  {
    name: 'TinyMCE',
    path: '/tinymce.html',
    editor: 'body#tinymce',
    frame: 'iframe.tox-edit-area__iframe',
    lines: 'as TinyMCE pastes plain text: a <br> a line, a <p> for each part between empty lines',
    expected: (before, reply, after) => {
      const parts = reply.split('\n\n');
      if (parts.length === 1) return { text: before + reply + after, blocks: 1 };
      // Paragraphs are not put inside the one at the caret: it ends there (its last space kept as a no-break space).
      const blocks = [before.replace(/ $/, '\u00a0'), ...parts, after].filter(Boolean);
      return { text: blocks.join('\n'), blocks: blocks.length };
    },
  },
  { name: 'CodeMirror 6', path: '/codemirror.html', editor: '.cm-content', lines: 'one document line a line', expected: blockPerLine },
];

/** A three-line Arabic reply with a number and a Latin name. */
const STATUS: Reply = {
  template: /متابعة طلب قائم/,
  fields: { 'اسم المستفيد': 'نورة', 'رقم الطلب': '48213', 'اسم الموظف': 'Sara Ali', الفرع: 'الرياض' },
  shows: /أختي الكريمة نورة،\n[^\n]*48213[^\n]*\nSara Ali — الرياض$/,
};

const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2069\ufeff]/;

const model = (page: Page): Promise<Model> =>
  page.locator('#state').evaluate((el) => ({ text: el.textContent ?? '', blocks: Number((el as HTMLElement).dataset.blocks) }));

/** The fixture with its editor ready; resolves with the frame that holds the editable. */
async function open(page: Page, e: EditorPage, text = ''): Promise<Page | Frame> {
  await page.goto(env().server.url(`${e.path}?text=${encodeURIComponent(text)}`));
  await modelIs(page, text);
  if (!e.frame)
    return page
      .locator(e.editor)
      .waitFor()
      .then(() => page);
  const frame = await (await page.waitForSelector(e.frame)).contentFrame();
  assert.ok(frame, `${e.name}: the editor's frame`);
  await frame.waitForSelector(e.editor);
  return frame;
}

/** Focuses the editor and selects its characters `from`…`to` with the page's own selection, as a click or a drag would. */
async function selectText(where: Page | Frame, editor: string, from: number, to: number): Promise<void> {
  await where.locator(editor).evaluate(
    (el, [a, b]) => {
      (el as HTMLElement).focus();
      // The text nodes in order (zero-width fillers aside), and the node and offset of characters a and b.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const points: [Node, number][] = [];
      let seen = 0;
      for (let node = walker.nextNode(); node && points.length < 2; node = walker.nextNode()) {
        const len = (node as Text).data.replace(/\ufeff/g, '').length;
        for (let want = [a, b][points.length] as number; points.length < 2 && len > 0 && want <= seen + len; want = [a, b][points.length] as number)
          points.push([node, want - seen]);
        seen += len;
      }
      const [start, end] = points;
      if (!start || !end) throw new Error(`no characters ${a}…${b} in ${el.textContent}`);
      const range = document.createRange();
      range.setStart(...start);
      range.setEnd(...end);
      const sel = document.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    },
    [from, to],
  );
  await where.waitForTimeout(200); // the editor reads the page's selection on selectionchange
}

let env: () => ReturnType<typeof withExtensionAndFixtures>;

describe('insertion into Slate, TinyMCE (in its iframe) and CodeMirror 6', () => {
  const fixtures = withExtensionAndFixtures({ before, after });
  env = () => fixtures;

  for (const e of EDITORS) {
    for (const [how, from, to, before, after] of PLACEMENTS) {
      test(`${e.name}: a multi-line reply from the panel, ${how}, is in the model once, ${e.lines}; Ctrl+Z takes it out`, async () => {
        const page = await fixtures.ext.context.newPage();
        const where = await open(page, e, SEED);
        await selectText(where, e.editor, from, to);
        const panel = await openPanelWindow(fixtures.ext);
        const text = await compose(panel, STATUS);
        assert.equal(await insertFromPanel(panel), 'inserted');
        const want = e.expected(before, text, after);
        await modelIs(page, want.text);
        const got = await model(page);
        assert.equal(got.text, want.text, 'once, in place, the text around it intact');
        assert.equal(got.blocks, want.blocks, `${e.lines}: ${JSON.stringify(got)}`);
        assert.doesNotMatch(got.text, ZERO_WIDTH);
        await page.bringToFront();
        await where.locator(e.editor).focus();
        await page.keyboard.press('Control+z');
        await modelIs(page, SEED);
        assert.equal((await model(page)).text, SEED, "the editor's own undo takes the whole insertion out");
        await panel.close();
        await page.close();
      });
    }
  }

  // `;ختام` waits for the form of address; `;مكالمة` (no forms) is inserted straight after the Tab, while
  // the editor may still be grouping the keys just typed into one undo step.
  const SHORTCUTS = [
    { shortcut: ';ختام', form: '1', says: 'شكراً', blank: '«هاتف الجمعية»' },
    // Its first «» is the template's own quotation; its first blank is the staff member's name, inside it.
    { shortcut: ';مكالمة', form: null, says: 'قائمة التحقق', blank: '«اسم الموظف»' },
  ];
  for (const e of EDITORS) {
    for (const { shortcut, form, says, blank } of SHORTCUTS) {
      test(`${e.name}: typed ${shortcut} + Tab is replaced in the model, ${e.lines}, its first «blank» selected; Ctrl+Z gives the shortcut back`, async () => {
        await enableExpander(fixtures.ext);
        const page = await fixtures.ext.context.newPage();
        const expected = await expansionInTextarea(page, fixtures.server.url('/plain.html'), shortcut, form);
        assert.ok(expected.includes('\n') && expected.includes(blank), `the reference expansion has lines and ${blank} to fill: ${expected}`);
        const where = await open(page, e);
        await where.locator(e.editor).click();
        await page.waitForTimeout(800); // the expander is injected at document_idle, in every frame
        const typed = `مرحباً ${shortcut}`;
        await page.keyboard.type(typed);
        await modelIs(page, typed);
        await page.keyboard.press('Tab');
        if (form) await chooseForm(page, form, where);
        await page.waitForFunction((w) => document.getElementById('state')?.textContent?.includes(w), says);
        await page.waitForTimeout(300); // anything the editor does after the insertion has happened
        const got = await model(page);
        const want = e.expected('مرحباً ', expected, '');
        assert.equal(got.text, want.text, 'the shortcut is gone and the reply is there once');
        assert.equal(got.blocks, want.blocks, `${e.lines}: ${JSON.stringify(got)}`);
        assert.doesNotMatch(got.text, ZERO_WIDTH);
        // The first blank is selected in the editor's own model: what is typed next replaces it, and only it.
        const filled = e.expected('مرحباً ', expected.replace(blank, 'م'), '').text;
        await page.keyboard.type('م');
        await modelIs(page, filled);
        assert.equal((await model(page)).text, filled);
        // Undo (Ctrl+Z, a few times) takes the letter and the expansion back, to the shortcut as typed;
        // no step leaves the shortcut and its expansion together.
        const steps: string[] = [];
        for (let i = 0; i < 3 && (steps.at(-1) ?? says).includes(says); i++) {
          const was = (await model(page)).text;
          await page.keyboard.press('Control+z');
          await page.waitForFunction((w) => document.getElementById('state')?.textContent !== w, was, { timeout: 3000 }).catch(() => {});
          steps.push((await model(page)).text);
        }
        assert.ok(!steps.some((s) => s.includes(shortcut) && s.includes(says)), `undo steps: ${JSON.stringify(steps)}`);
        assert.equal(steps.at(-1), typed, `undo steps: ${JSON.stringify(steps)}`);
        await page.close();
      });
    }
  }

  test("the fixture server's TinyMCE route serves node_modules/tinymce and nothing outside it", async () => {
    /** The status for a raw request path, sent as is (no URL normalisation on the way). */
    const status = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const { port } = new URL(fixtures.server.url('/'));
        request({ host: '127.0.0.1', port, path }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
    assert.equal(await status('/tinymce/tinymce.min.js'), 200);
    for (const path of ['/tinymce/../package.json', '/tinymce/..%2f..%2fpackage.json', '/tinymce/%2e%2e/package.json', '/tinymce/%E0%A4%A', '/tinymce/'])
      assert.equal(await status(path), 404, path);
  });
});
