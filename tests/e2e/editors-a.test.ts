import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { EDITORS_A as EDITORS, landed, type Model } from './editors-a';
import { withExtensionAndFixtures } from './fixture-server';
import { compose, enableExpander, expandInEditor, insertFromPanel, LETTER, openPanelWindow, STATUS } from './helpers';

/**
 * Editors Murshid's first tests never opened: ProseMirror, Quill 2, CKEditor 5 and Trix, each the real
 * library with its own undo (tests/fixtures/editors, listed in editors-a.ts). Every assertion reads the
 * editor's own model (mirrored into #state), not its DOM.
 */

async function model(page: Page): Promise<Model> {
  return page.locator('#state').evaluate((el: HTMLElement) => ({
    text: el.textContent ?? '',
    blocks: Number(el.dataset.blocks),
    breaks: Number(el.dataset.breaks),
  }));
}

/** Waits until the model's text is `text` (the editor may apply its change a frame later). */
async function modelIs(page: Page, text: string, what: string): Promise<Model> {
  await page.waitForFunction((t) => document.getElementById('state')?.textContent === t, text, { timeout: 3000 }).catch(() => {});
  const now = await model(page);
  assert.equal(now.text, text, what);
  return now;
}

/** Puts the caret (or a selection) at `from`…`to` of the host's «قبل بعد» text, and waits for the editor to have seen it. */
async function select(page: Page, host: string, from: number, to = from): Promise<void> {
  await page.locator(host).evaluate(
    async (el: HTMLElement, [a, b]) => {
      el.focus();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !(node as Text).data.includes('قبل')) node = walker.nextNode();
      if (!node) throw new Error('no «قبل بعد» text in the editor');
      const range = document.createRange();
      range.setStart(node, a as number);
      range.setEnd(node, b as number);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      // Editors copy the DOM selection into their model on selectionchange (a task later).
      await new Promise((r) => setTimeout(r, 100));
    },
    [from, to],
  );
}

/** Waits for the model to be `want`, then checks its paragraphs and line breaks too. */
async function modelBecomes(page: Page, want: Model, what: string): Promise<void> {
  const got = await modelIs(page, want.text, what);
  assert.deepEqual({ blocks: got.blocks, breaks: got.breaks }, { blocks: want.blocks, breaks: want.breaks }, `${what}: paragraphs and line breaks`);
}

/** Ctrl+Z in the page, with the editor focused as the staff member would have it. */
async function undo(page: Page, host: string): Promise<void> {
  await page.bringToFront();
  await page.locator(host).focus();
  await page.keyboard.press('Control+z');
}

describe('insertion into ProseMirror, Quill 2, CKEditor 5 and Trix (panel → background → page, and the expander)', () => {
  const env = withExtensionAndFixtures({ before, after });

  /**
   * The editor's page at «قبل بعد», `reply` composed in the panel and inserted after «قبل »: in the
   * model exactly once, at the caret, nothing else added; then one Ctrl+Z takes it all back.
   */
  async function insertAfterBefore(editor: (typeof EDITORS)[number], kind: typeof STATUS) {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url(editor.path));
    await modelIs(page, 'قبل بعد', 'the fixture starts with «قبل بعد»');
    await select(page, editor.host, 4); // after «قبل »
    const panel = await openPanelWindow(env.ext);
    const reply = await compose(panel, kind);
    assert.equal(await insertFromPanel(panel), 'inserted');
    await modelBecomes(page, landed(editor, 'قبل ', reply, 'بعد'), 'at the caret, exactly once, nothing else added');
    await undo(page, editor.host);
    await modelIs(page, 'قبل بعد', "the editor's own undo takes the whole insertion back");
    return { page, panel, reply };
  }

  /** `;ختام` + Tab typed in the editor's empty page, the form chosen (after `pauseMs`): what the model went through. */
  async function expandIn(editor: (typeof EDITORS)[number], pauseMs?: number) {
    await enableExpander(env.ext);
    const page = await env.ext.context.newPage();
    const r = await expandInEditor(page, {
      reference: env.server.url('/plain.html'),
      url: env.server.url(`${editor.path}?text=`),
      editor: editor.host,
      model: '#state',
      ...(pauseMs ? { pauseMs } : {}),
    });
    return { page, r };
  }

  for (const editor of EDITORS) {
    test(`${editor.name}: a multi-line reply at the caret and over a selection, once, in place (${editor.lines}); Ctrl+Z takes each back`, async () => {
      const { page, panel, reply } = await insertAfterBefore(editor, STATUS);

      await select(page, editor.host, 0, 3); // «قبل» selected
      await panel.bringToFront();
      assert.equal(await insertFromPanel(panel), 'inserted');
      await modelBecomes(page, landed(editor, '', reply, ' بعد'), 'the selection replaced, exactly once');
      await undo(page, editor.host);
      await modelIs(page, 'قبل بعد', 'undo gives the selected text back');
      await panel.close();
      await page.close();
    });

    test(`${editor.name}: a letter's blank lines (${editor.lines})`, async () => {
      const { page, panel } = await insertAfterBefore(editor, LETTER);
      await panel.close();
      await page.close();
    });

    test(`${editor.name}: typed ;shortcut + Tab is replaced in the editor's model, its first blank selected there, Ctrl+Z undoes it`, async () => {
      // A person reads the chooser before pressing its key (longer than any editor's undo grouping).
      const { page, r } = await expandIn(editor, 1100);
      const want = landed(editor, 'مرحباً ', r.expected, '');
      assert.deepEqual(
        { text: r.expanded, blocks: Number(r.expandedData.blocks), breaks: Number(r.expandedData.breaks) },
        want,
        'the shortcut replaced by the expansion, exactly once, in the model',
      );
      assert.equal(r.filled, want.text.replace(r.blank, 'م'), 'what is typed next fills the first blank, selected in the model');
      assert.ok(!r.undone.some((s) => s.includes(';ختام') && s.includes('شكراً')), `no undo step holds both: ${JSON.stringify(r.undone)}`);
      assert.equal(r.undone.at(-1), 'مرحباً ;ختام', `undoing the expansion gives the shortcut back as typed: ${JSON.stringify(r.undone)}`);
      await page.close();
    });

    test(`${editor.name}: the form chosen at once, Ctrl+Z never leaves the shortcut and its expansion together`, async () => {
      const { page, r } = await expandIn(editor);
      assert.equal(r.expanded, landed(editor, 'مرحباً ', r.expected, '').text);
      assert.ok(!r.undone.some((s) => s.includes(';ختام') && s.includes('شكراً')), `no undo step holds both: ${JSON.stringify(r.undone)}`);
      const last = r.undone.at(-1) ?? '';
      if (editor.groupsMs) {
        // The expansion came within the editor's grouping time of the typing: one step takes both back.
        assert.ok(!last.includes('شكراً') && 'مرحباً ;ختام'.startsWith(last), `undo steps: ${JSON.stringify(r.undone)}`);
      } else assert.equal(last, 'مرحباً ;ختام', `the expansion is its own undo step: ${JSON.stringify(r.undone)}`);
      await page.close();
    });
  }
});
