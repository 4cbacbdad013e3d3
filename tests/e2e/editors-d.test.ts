import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { modelIs, PLACEMENTS, SEED, STRAY, withQuery } from './editors-a';
import { withExtensionAndFixtures } from './fixture-server';
import { compose, enableExpander, expandInEditor, insertFromPanel, openPanelWindow, STATUS } from './helpers';

/**
 * Editors that take the keys in a hidden input and draw their own text, caret and selection: Monaco
 * (VS Code's editor; in Chromium its default input is an EditContext element, `?input=textarea` the
 * hidden textarea of Monacos before 0.5x and of browsers without EditContext) and CodeMirror 5. Each
 * is the real library with its own undo, its model (`getValue()`, one line a document line) mirrored
 * into #state. Every assertion reads that model; the selection is set through the editor's API
 * (`selectInEditor` in the fixture), as a click or a drag would.
 */
interface EditorPage {
  name: string;
  path: string;
  /** The element that has the focus while the staff member types (the hidden input). */
  input: string;
  /** Where a click puts the caret (the editor's drawn text). */
  click: string;
  /**
   * The shortcut is typed key by key, as an Arabic keyboard layout does (an EditContext element reports
   * no `beforeinput` for the input-method text Playwright's `keyboard.type` sends for Arabic).
   */
  keys?: boolean;
  /**
   * Edits of one kind closer together than this are one step in the editor's undo (CodeMirror 5's
   * historyEventDelay): the test waits longer than this before choosing the form, as a person reading does.
   */
  groupsMs?: number;
  /**
   * One Ctrl+Z takes the whole insertion out. False for Monaco's textarea: it takes the text in as typing,
   * and its undo stops after each word: Ctrl+Z takes back the last word (asserted, the weakness kept in view).
   */
  undoOneStep: boolean;
  /** The same for the expander's reply (Monaco takes it as typing in both inputs: its undo stops after each word). */
  expanderUndoOneStep: boolean;
}

const EDITORS: EditorPage[] = [
  {
    name: 'Monaco (EditContext)',
    path: '/monaco.html',
    input: '.monaco-editor .native-edit-context',
    click: '.monaco-editor .editor-scrollable',
    keys: true,
    undoOneStep: true,
    expanderUndoOneStep: false,
  },
  {
    name: 'Monaco (textarea)',
    path: '/monaco.html?input=textarea',
    input: '.monaco-editor textarea.inputarea',
    click: '.monaco-editor .editor-scrollable',
    undoOneStep: false,
    expanderUndoOneStep: false,
  },
  {
    name: 'CodeMirror 5',
    path: '/codemirror5.html',
    input: '.CodeMirror textarea',
    click: '.CodeMirror-lines',
    groupsMs: 1250,
    undoOneStep: true,
    expanderUndoOneStep: true,
  },
];

const lines = (s: string) => s.split('\n').length;

const model = (page: Page) => page.locator('#state').evaluate((el: HTMLElement) => ({ text: el.textContent ?? '', lines: Number(el.dataset.blocks) }));

describe('insertion into editors with a hidden input: Monaco and CodeMirror 5 (panel → background → page, and the expander)', () => {
  const env = withExtensionAndFixtures({ before, after });

  for (const e of EDITORS) {
    for (const [how, from, to, before, after] of PLACEMENTS) {
      test(`${e.name}: a multi-line reply from the panel, ${how}, is in the model once, a document line a line; ${e.undoOneStep ? 'one Ctrl+Z takes it out' : 'Ctrl+Z takes back its last word'}`, async () => {
        const page = await env.ext.context.newPage();
        await page.goto(env.server.url(withQuery(e.path, `text=${encodeURIComponent(SEED)}`)));
        await modelIs(page, SEED);
        assert.equal((await model(page)).text, SEED, 'the fixture starts with «قبل بعد»');
        await page.waitForFunction(() => 'selectInEditor' in window);
        await page.evaluate(([a, b]) => (window as unknown as { selectInEditor(a: number, b: number): void }).selectInEditor(a, b), [from, to] as const);
        await page.waitForTimeout(200);
        const panel = await openPanelWindow(env.ext);
        const reply = await compose(panel, STATUS);
        assert.equal(await insertFromPanel(panel), 'inserted');
        const want = before + reply + after;
        await modelIs(page, want);
        const got = await model(page);
        assert.deepEqual(got, { text: want, lines: lines(want) }, 'once, in place, the text around it intact, its lines as document lines');
        assert.doesNotMatch(got.text, STRAY);
        await page.bringToFront();
        await page.locator(e.input).first().focus();
        await page.keyboard.press('Control+z');
        if (e.undoOneStep) {
          await modelIs(page, SEED);
          assert.equal((await model(page)).text, SEED, "the editor's own undo takes the whole insertion out in one step");
        } else {
          const lastWord = /\s(\S+)$/.exec(reply)?.[1] ?? '';
          await modelIs(page, before + reply.slice(0, -lastWord.length).trimEnd() + after);
          assert.equal((await model(page)).text, before + reply.slice(0, -lastWord.length).trimEnd() + after, 'Ctrl+Z takes back the last word only');
        }
        await panel.close();
        await page.close();
      });
    }
  }

  for (const e of EDITORS) {
    test(`${e.name}: typed ;ختام + Tab is replaced in the model once, nothing selected after it; ${e.expanderUndoOneStep ? 'Ctrl+Z gives the shortcut back' : 'Ctrl+Z takes back words from the end'}`, async () => {
      await enableExpander(env.ext);
      const page = await env.ext.context.newPage();
      const r = await expandInEditor(page, {
        reference: env.server.url('/plain.html'),
        url: env.server.url(withQuery(e.path, 'text=')),
        editor: e.click,
        model: '#state',
        pauseMs: Math.max(1100, (e.groupsMs ?? 0) + 200),
        keys: e.keys,
      });
      assert.equal(r.expanded, `مرحباً ${r.expected}`, 'the shortcut replaced by the expansion, exactly once, in the model');
      assert.equal(Number(r.expandedData.blocks), lines(r.expanded), 'its lines as document lines');
      // The editor draws its own selection and keeps its text out of the DOM's: the blank cannot be selected
      // there, and nothing else is: what is typed next follows the reply.
      assert.equal(r.filled, `مرحباً ${r.expected}م`, 'nothing selected: what is typed next follows the reply');
      assert.ok(!r.undone.some((s) => s.includes(';ختام') && s.includes('شكراً')), `no undo step holds both: ${JSON.stringify(r.undone)}`);
      if (e.expanderUndoOneStep) assert.equal(r.undone.at(-1), 'مرحباً ;ختام', `undo gives the shortcut back as typed: ${JSON.stringify(r.undone)}`);
      else
        assert.ok(
          r.undone[0]?.startsWith('مرحباً') && r.filled.startsWith(r.undone[0] ?? '-'),
          `Ctrl+Z takes back words from the end: ${JSON.stringify(r.undone)}`,
        );
      await page.close();
    });
  }
});
