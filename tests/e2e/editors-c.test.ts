import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { modelIs, PLACEMENTS, SEED, STRAY, withQuery } from './editors-a';
import { withExtensionAndFixtures } from './fixture-server';
import { compose, enableExpander, expandInEditor, insertFromPanel, LETTER, openPanelWindow, STATUS } from './helpers';

/**
 * Editor.js, Jodit, Ace and Toast UI Editor (WYSIWYG and markdown), each the real library from npm
 * (tests/fixtures/editors) with its model mirrored into #state: its text (blocks one a line, a line
 * break inside a block as \n), data-blocks and data-breaks. Every assertion reads that model.
 */
interface Model {
  text: string;
  blocks: number;
  breaks: number;
}

interface EditorPage {
  name: string;
  path: string;
  /** The element a staff member clicks into (Ace: its hidden textarea takes the keys). */
  host: string;
  /** Where a click puts the caret in it, when not `host` (Ace draws its text over its textarea). */
  click?: string;
  /** How the editor's model holds the reply's lines, in words… */
  lines: string;
  /** …and the model once `reply` is inserted between `before` and `after` in its one-line seed. */
  expected: (before: string, reply: string, after: string) => Model;
  /**
   * The first «blank» can be selected in the editor's model (false: Ace keeps its selection to itself,
   * and its textarea holds only a line or so; nothing is selected and typing goes on after the reply).
   */
  selectsBlank: boolean;
  /** Ctrl+Z takes the insertion back (false: the editor has no undo of its own; what it does is asserted). */
  undo: boolean;
  /** The model once a letter (paragraphs between blank lines) is inserted, for the editors whose letter is tested here. */
  letter?: (before: string, reply: string, after: string) => Model;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

const EDITORS: EditorPage[] = [
  {
    name: 'Editor.js',
    path: '/editorjs.html',
    host: '.ce-paragraph',
    lines: 'a <br> a line inside the block at the caret, as Shift+Enter types it',
    expected: (b, r, a) => ({ text: b + r + a, blocks: 1, breaks: count(r, /\n/g) }),
    selectsBlank: true,
    undo: true,
  },
  {
    name: 'Jodit',
    path: '/jodit.html',
    host: '.jodit-wysiwyg',
    lines: "a <p> a line, as Jodit's Enter makes",
    expected: (b, r, a) => ({ text: b + r + a, blocks: 1 + count(r, /\n/g), breaks: 0 }),
    selectsBlank: true,
    undo: true,
  },
  {
    name: 'Ace',
    path: '/ace.html',
    host: 'textarea.ace_text-input',
    click: '.ace_content',
    lines: 'one document line a line',
    expected: (b, r, a) => ({ text: b + r + a, blocks: 1 + count(r, /\n/g), breaks: 0 }),
    selectsBlank: false,
    undo: true,
  },
  {
    name: 'Toast UI (WYSIWYG)',
    path: '/toastui.html',
    host: '.toastui-editor-ww-container .ProseMirror',
    lines: "a hard break a line in the paragraph at the caret; its markdown escapes the reply's literal *",
    expected: (b, r, a) => ({ text: (b + r + a).replace(/\*/g, '\\*'), blocks: 1, breaks: count(r, /\n/g) }),
    selectsBlank: true,
    undo: true,
    // Its markdown is the letter's text: a blank line between blocks, a line break inside them.
    letter: (b, r, a) => ({ text: (b + r + a).replace(/\*/g, '\\*'), blocks: 1 + count(r, /\n\n/g), breaks: count(r.replace(/\n\n/g, ''), /\n/g) }),
  },
  {
    name: 'Toast UI (markdown)',
    path: '/toastui.html?mode=markdown',
    host: '.toastui-editor-md-container .ProseMirror',
    lines: 'one markdown line a line',
    expected: (b, r, a) => ({ text: b + r + a, blocks: 1, breaks: count(r, /\n/g) }),
    selectsBlank: true,
    undo: true,
    letter: (b, r, a) => ({ text: b + r + a, blocks: 1 + count(r, /\n\n/g), breaks: count(r.replace(/\n\n/g, ''), /\n/g) }),
  },
];

const model = (page: Page): Promise<Model> =>
  page.locator('#state').evaluate((el: HTMLElement) => ({ text: el.textContent ?? '', blocks: Number(el.dataset.blocks), breaks: Number(el.dataset.breaks) }));

/**
 * Focuses the editor and selects characters `from`…`to` of its «قبل بعد», as a click or a drag would:
 * the page's own selection in the text node, or Ace's (it draws its own and keeps no text in the DOM's).
 */
async function select(page: Page, e: EditorPage, from: number, to: number): Promise<void> {
  await page.locator(e.host).first().waitFor({ state: 'attached' });
  await page.evaluate(
    ([host, a, b]) => {
      const ace = (window as unknown as { aceEditor?: { focus(): void; selection: { setRange(r: unknown): void }; session: unknown } }).aceEditor;
      if (ace) {
        ace.focus();
        const range = { start: { row: 0, column: a }, end: { row: 0, column: b } };
        ace.selection.setRange(range);
        return;
      }
      const el = document.querySelector(host as string) as HTMLElement;
      el.focus();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !(node as Text).data.includes('قبل')) node = walker.nextNode();
      if (!node) throw new Error(`no «قبل بعد» text in ${host}`);
      const range = document.createRange();
      range.setStart(node, a as number);
      range.setEnd(node, b as number);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    [e.host, from, to] as const,
  );
  await page.waitForTimeout(200); // editors copy the DOM selection into their model on selectionchange
}

describe('insertion into Editor.js, Jodit, Ace and Toast UI Editor (panel → background → page, and the expander)', () => {
  const env = withExtensionAndFixtures({ before, after });

  for (const e of EDITORS) {
    for (const [how, from, to, before, after] of PLACEMENTS) {
      test(`${e.name}: a multi-line reply from the panel, ${how}, is in the model once (${e.lines}); Ctrl+Z ${e.undo ? 'takes it out' : 'is asserted'}`, async () => {
        const page = await env.ext.context.newPage();
        await page.goto(env.server.url(withQuery(e.path, `text=${encodeURIComponent(SEED)}`)));
        await modelIs(page, SEED);
        assert.equal((await model(page)).text, SEED, 'the fixture starts with «قبل بعد»');
        await select(page, e, from, to);
        const panel = await openPanelWindow(env.ext);
        const reply = await compose(panel, STATUS);
        assert.equal(await insertFromPanel(panel), 'inserted');
        const want = e.expected(before, reply, after);
        await modelIs(page, want.text);
        const got = await model(page);
        assert.deepEqual(got, want, `once, in place, the text around it intact, ${e.lines}`);
        assert.doesNotMatch(got.text, STRAY);
        await page.bringToFront();
        await page.locator(e.host).first().focus();
        await page.keyboard.press('Control+z');
        if (e.undo) {
          await modelIs(page, SEED);
          assert.equal((await model(page)).text, SEED, "the editor's own undo takes the whole insertion out");
        }
        await panel.close();
        await page.close();
      });
    }
  }

  for (const e of EDITORS) {
    const { letter } = e;
    if (letter)
      test(`${e.name}: a letter's blank lines are kept in the model; Ctrl+Z takes it out`, async () => {
        const page = await env.ext.context.newPage();
        await page.goto(env.server.url(withQuery(e.path, `text=${encodeURIComponent(SEED)}`)));
        await modelIs(page, SEED);
        await select(page, e, 4, 4);
        const panel = await openPanelWindow(env.ext);
        const reply = await compose(panel, LETTER);
        assert.equal(await insertFromPanel(panel), 'inserted');
        const want = letter('قبل ', reply, 'بعد');
        await modelIs(page, want.text);
        assert.deepEqual(await model(page), want, 'the letter once, at the caret, its blank lines kept');
        await page.bringToFront();
        await page.locator(e.host).first().focus();
        await page.keyboard.press('Control+z');
        await modelIs(page, SEED);
        assert.equal((await model(page)).text, SEED, "the editor's own undo takes the whole letter out");
        await panel.close();
        await page.close();
      });
  }

  for (const e of EDITORS) {
    test(`${e.name}: typed ;ختام + Tab is replaced in the model, ${e.selectsBlank ? 'its first «blank» selected' : 'nothing selected after it'}; Ctrl+Z gives the shortcut back`, async () => {
      await enableExpander(env.ext);
      const page = await env.ext.context.newPage();
      const r = await expandInEditor(page, {
        reference: env.server.url('/plain.html'),
        url: env.server.url(withQuery(e.path, 'text=')),
        editor: e.click ?? e.host,
        model: '#state',
        pauseMs: 1100,
      });
      const want = e.expected('مرحباً ', r.expected, '');
      assert.deepEqual(
        { text: r.expanded, blocks: Number(r.expandedData.blocks), breaks: Number(r.expandedData.breaks) },
        want,
        'the shortcut replaced by the expansion, exactly once, in the model',
      );
      if (e.selectsBlank) assert.equal(r.filled, e.expected('مرحباً ', r.expected.replace(r.blank, 'م'), '').text, 'what is typed next fills the first blank');
      else assert.equal(r.filled, e.expected('مرحباً ', `${r.expected}م`, '').text, 'nothing selected: what is typed next follows the reply');
      assert.ok(!r.undone.some((s) => s.includes(';ختام') && s.includes('شكراً')), `no undo step holds both: ${JSON.stringify(r.undone)}`);
      if (e.undo) assert.equal(r.undone.at(-1), 'مرحباً ;ختام', `undo gives the shortcut back as typed: ${JSON.stringify(r.undone)}`);
      await page.close();
    });
  }
});
