import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type FirefoxExtension, launchFirefox } from '../../scripts/lib/firefox';
import { EDITORS_A, type Editor, landed, type Model } from './editors-a';
import { composeReply, enableShortcuts, insertReply, type Reply } from './firefox-sidebar';
import { type FixtureServer, startFixtureServer } from './fixture-server';

const CTRL = '\uE009';
const TAB = '\uE004';
const collapse = (s: string) => s.replace(/[\s\u200b-\u200f\u2066-\u2069]+/g, ' ').trim();
/** The editor's lines, blank ones aside (editors put paragraphs where the text has line breaks). */
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => collapse(l))
    .filter(Boolean);

/** Several lines of Arabic with a request number and a Latin name in them. */
const REPLY: Reply = {
  channel: 'branches',
  title: 'الرد على متابعة طلب',
  values: { beneficiary_name: 'نورة', request_number: '48213', staff_name: 'Sara Ali' },
};

/** What each test inserts (the Latin name marks it in the model): a reply's lines, then a letter's paragraphs between blank lines. */
const REPLIES = [
  { what: 'a multi-line reply', reply: REPLY, shows: /\n[\s\S]*48213[\s\S]*\n[\s\S]*Sara Ali/, letter: false },
  {
    what: 'a letter (paragraphs between blank lines)',
    letter: true,
    reply: { channel: 'website', title: 'استلام شكوى', values: { beneficiary_name: 'نورة', staff_name: 'Sara Ali', staff_title: 'منسقة علاقات المستفيدين' } },
    shows: /\n\n[\s\S]*\n\n[\s\S]*Sara Ali/,
  },
];

interface FirefoxEditor {
  name: string;
  path: string;
  /** The editing host a staff member clicks into. */
  editor: string;
  /** Where the editor's own model is mirrored (the host itself for a plain one). */
  model: string;
  /** The editor's own rule for a reply's lines, checked exactly against the mirror's text, blocks and line breaks. */
  rule?: Editor;
  /** A script that focuses the editor and puts its caret after «قبل », for one whose text is not in the page's DOM (Ace, TinyMCE's iframe). */
  caret?: string;
  /** What differs in driving one of editors-b's and editors-c's. */
  more?: MoreEditor;
}

/** Each editor holds «قبل بعد» in its own model before the reply, the caret after «قبل ». */
const EDITORS: FirefoxEditor[] = [
  { name: 'a plain contenteditable', path: '/plain.html', editor: '#ce', model: '#ce' },
  { name: 'Lexical (WhatsApp Web, Messenger)', path: '/lexical.html', editor: '#editor', model: '#state' },
  { name: 'Draft.js (X)', path: '/draft.html', editor: '[contenteditable=true]', model: '#state' },
  ...EDITORS_A.map((rule) => ({ name: rule.name, path: rule.path, editor: rule.host, model: '#state', rule })),
];

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/** One of editors-b's and editors-c's, with what differs in driving it. */
interface MoreEditor extends Editor {
  /** false: the multi-line reply only; a function: the whole model once a letter is inserted between `before` and `after`, when not `landed`'s. */
  letter?: false | ((before: string, reply: string, after: string) => Model);
  /** A script that puts the caret after «قبل », for an editor whose text is not in the page's DOM (Ace, TinyMCE's iframe). */
  caret?: string;
  /** Where a click puts the caret in it, when not its host (Ace draws its text over its hidden textarea). */
  click?: string;
  /** A script returning the editor's selected text, when not the page's selection (TinyMCE's is in its iframe). */
  selection?: string;
  /** false: the expander selects no blank there (Ace keeps its selection to itself): typing goes on after the reply. */
  selectsBlank?: false;
  /**
   * 'words': the editor takes an insertion into its hidden textarea as typing and its undo stops after each word
   * (Monaco): Ctrl+Z takes back the last word only, as editors-d asserts in Chromium (the weakness kept in view).
   */
  undo?: 'words';
  /**
   * The editor takes input only while it has had a focus event (CodeMirror 5's `state.focused`, Monaco's): the
   * page's window is left the active one while Insert is clicked in the sidebar's, as a real sidebar shares
   * the page's window. Gecko fires no focus event for a focus() in an inactive window.
   */
  activeWindow?: true;
  /** Edits closer together than this are one undo step in the editor (CodeMirror 5's historyEventDelay): the chooser is read longer. */
  groupsMs?: number;
}

/** Focuses an editor that draws its own selection and puts its caret after «قبل », through its API (editors-d's fixtures). */
const SELECT_IN_EDITOR = `(window.wrappedJSObject ?? window).selectInEditor(4, 4);`;

/** Editors of editors-b and editors-c, with their rules as those state them. */
const MORE: MoreEditor[] = [
  {
    name: 'Editor.js',
    path: '/editorjs.html',
    host: '.ce-paragraph',
    lines: 'a <br> per line break, in the block at the caret',
    lands: (r) => ({ text: r, blocks: 0, breaks: count(r, /\n/g) }),
  },
  {
    name: 'Slate',
    path: '/slate.html',
    host: '[data-slate-editor=true]',
    lines: 'a paragraph element per line',
    lands: (r) => ({ text: r, blocks: count(r, /\n/g), breaks: 0 }),
  },
  {
    name: 'CodeMirror 6',
    path: '/codemirror.html',
    host: '.cm-content',
    lines: 'a document line per line',
    lands: (r) => ({ text: r, blocks: count(r, /\n/g), breaks: 0 }),
  },
  {
    name: 'Jodit',
    path: '/jodit.html',
    host: '.jodit-wysiwyg',
    // Chromium's insertText makes a <p> a line, as Jodit's Enter does; Gecko's a <br>, as its Shift+Enter.
    lines: 'a <br> per line in the paragraph at the caret, as Gecko types it',
    lands: (r) => ({ text: r, blocks: 0, breaks: count(r, /\n/g) }),
  },
  {
    name: 'Toast UI (WYSIWYG)',
    path: '/toastui.html',
    host: '.toastui-editor-ww-container .ProseMirror',
    // Its markdown has the reply's text as is: a line break a line, a blank line between paragraphs.
    lines: "its markdown a line per line, a blank line kept; its markdown escapes the reply's literal *",
    lands: (r) => ({ text: r.replace(/\*/g, '\\*'), blocks: count(r, /\n\n/g), breaks: count(r.replace(/\n\n/g, ''), /\n/g) }),
  },
  {
    name: 'Toast UI (markdown)',
    path: '/toastui.html?mode=markdown',
    host: '.toastui-editor-md-container .ProseMirror',
    lines: 'one markdown line a line, a blank line kept',
    lands: (r) => ({ text: r, blocks: count(r, /\n\n/g), breaks: count(r.replace(/\n\n/g, ''), /\n/g) }),
  },
  {
    name: 'Ace',
    path: '/ace.html',
    host: 'textarea.ace_text-input',
    lines: 'a document line per line',
    lands: (r) => ({ text: r, blocks: count(r, /\n/g), breaks: 0 }),
    // Ace draws its own text and keeps its selection to itself: the caret is set with its API.
    caret: `const ace = (window.wrappedJSObject ?? window).aceEditor; ace.focus(); ace.selection.moveTo(0, 4);`,
    click: '.ace_content',
    selectsBlank: false,
  },
  {
    name: 'TinyMCE',
    path: '/tinymce.html',
    host: 'iframe.tox-edit-area__iframe',
    lines: 'a <br> per line, a <p> for each part between blank lines, as TinyMCE pastes plain text',
    lands: (r) => ({ text: r, blocks: 0, breaks: 0 }),
    // A letter's parts between blank lines become paragraphs, and the caret's paragraph is split around
    // them, as editors-b states it; its last space, a no-break space in Chromium, is gone in Gecko's
    // (getContent drops a space that ends a paragraph). The mirror counts no line breaks.
    letter: (before, reply, after) => {
      const blocks = [before.replace(/ $/, ''), ...reply.split('\n\n'), after].filter(Boolean);
      return { text: blocks.join('\n'), blocks: blocks.length, breaks: 0 };
    },
    selection: `return document.querySelector('iframe.tox-edit-area__iframe').contentDocument.getSelection().toString()`,
    // Its editable body is in its own iframe.
    caret: `const doc = document.querySelector('iframe.tox-edit-area__iframe').contentDocument;
      doc.body.focus();
      const text = doc.evaluate("//text()[contains(., 'قبل')]", doc.body, null, 9, null).singleNodeValue;
      const r = doc.createRange();
      r.setStart(text, 4);
      r.collapse(true);
      doc.getSelection().removeAllRanges();
      doc.getSelection().addRange(r);`,
  },
  {
    // Firefox has no EditContext: Monaco takes the keys in its hidden textarea, as `?input=textarea` in Chromium.
    name: 'Monaco (its textarea)',
    path: '/monaco.html',
    host: '.monaco-editor textarea.inputarea',
    lines: 'a document line per line',
    lands: (r) => ({ text: r, blocks: count(r, /\n/g), breaks: 0 }),
    caret: SELECT_IN_EDITOR,
    click: '.monaco-editor .editor-scrollable',
    selectsBlank: false,
    undo: 'words',
    activeWindow: true,
  },
  {
    name: 'CodeMirror 5',
    path: '/codemirror5.html',
    host: '.CodeMirror textarea',
    lines: 'a document line per line',
    lands: (r) => ({ text: r, blocks: count(r, /\n/g), breaks: 0 }),
    caret: SELECT_IN_EDITOR,
    click: '.CodeMirror-lines',
    selectsBlank: false,
    groupsMs: 1250,
    activeWindow: true,
  },
];

/** The model's text (`t`): a mirror's textContent, or a contenteditable's own rendered text. */
const MODEL = `const m = document.querySelector(arguments[0]); const t = m.isContentEditable ? m.innerText : m.textContent;`;

/** Puts the caret after the first `at` characters of the editor's «قبل بعد» text, and lets the editor see it. */
const CARET_AT = `
  const [sel, at] = arguments;
  const editor = document.querySelector(sel);
  editor.focus();
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && !node.data.includes('قبل')) node = walker.nextNode();
  const r = document.createRange();
  r.setStart(node, at);
  r.collapse(true);
  getSelection().removeAllRanges();
  getSelection().addRange(r);
`;

describe('Firefox ESR: insertion into contenteditable and rich editors', () => {
  let ff: FirefoxExtension;
  let server: FixtureServer;
  let page: string;
  let sidebar: string;
  const model = (sel: string) => ff.run<string>(`${MODEL} return t;`, [sel]);
  /** The model's text once `test` (an expression over `t` and `arguments`) holds, or as it is after `timeoutMs`. */
  const modelOnce = (sel: string, test: string, args: unknown[] = [], timeoutMs = 3000) =>
    ff
      .waitFor<{ t: string }>(`${MODEL} return ${test} ? { t } : null;`, [sel, ...args], timeoutMs)
      .then(({ t }) => t)
      .catch(() => model(sel));
  /** The mirrored model with its paragraph and line-break counts (none counted: Slate's and CodeMirror's fixtures). */
  const counted = (sel: string) =>
    ff.run<Model>(
      `const d = document.querySelector(arguments[0]); return { text: d.textContent, blocks: Number(d.dataset.blocks), breaks: Number(d.dataset.breaks ?? 0) };`,
      [sel],
    );

  before(async () => {
    server = await startFixtureServer();
    ff = await launchFirefox();
    page = await ff.windowHandle();
    sidebar = await ff.newWindow();
    await enableShortcuts(ff);
  });
  after(async () => {
    await ff?.close();
    await server?.close();
  });

  /** Opens the editor's page with «قبل بعد» in the editor (typed, for Lexical and Draft.js) and the caret after «قبل ». */
  async function editorWithText({ path, editor, model: mirror, rule, caret }: FirefoxEditor): Promise<void> {
    await ff.switchTo(page);
    await ff.navigate(server.url(path));
    await ff.waitFor<boolean>(`return !!document.querySelector(arguments[0])`, [editor]);
    if (rule) await modelOnce(mirror, `t === 'قبل بعد'`, [], 15_000); // editors-a's fixtures start with it, once the editor is up
    if (collapse(await model(mirror)) !== 'قبل بعد') {
      await ff.click(editor);
      await ff.keys('قبل بعد');
      await modelOnce(mirror, `t.trim() === 'قبل بعد'`, [], 15_000);
    }
    if (caret) await ff.run(caret);
    else await ff.run(CARET_AT, [editor, 4]);
    await new Promise((r) => setTimeout(r, 200)); // the editor copies the selection on selectionchange
  }

  const more = MORE.map((rule) => ({ name: rule.name, path: rule.path, editor: rule.host, model: '#state', rule, caret: rule.caret, more: rule }));
  for (const ed of [...EDITORS, ...more]) {
    const { name, editor, model: mirror, rule } = ed;
    const letterRule = ed.more?.letter;
    for (const { what, reply, shows, letter } of letterRule === false ? REPLIES.slice(0, 1) : REPLIES)
      test(`${name}: ${what} from the sidebar lands once, at the caret, in the editor's model${rule ? ` (${rule.lines})` : ''}, and ${ed.more?.undo === 'words' ? 'Ctrl+Z takes back its last word' : 'Ctrl+Z takes it back'}`, async () => {
        await editorWithText(ed);
        await ff.switchTo(sidebar);
        const text = await composeReply(ff, reply);
        assert.match(text, shows, `${what}, as the preview shows it`);
        if (ed.more?.activeWindow) {
          await ff.switchTo(page);
          await ff.switchTo(sidebar, false);
        }
        const status = await insertReply(ff);
        await ff.switchTo(page);
        const got = await modelOnce(mirror, `t.includes('Sara Ali')`);
        assert.equal(status, 'inserted', `the panel's status; the model holds ${JSON.stringify(got)}`);
        // The whole model by the editor's rule (a letter's own, where it has one), or the text around the reply.
        const want = rule && (letter && letterRule ? letterRule('قبل ', text, 'بعد') : landed(rule, 'قبل ', text, 'بعد'));
        const around = letter && letterRule && want ? want.text : `قبل ${text}بعد`;
        assert.equal(collapse(got), collapse(around), 'once, at the caret, the text around it intact');
        assert.deepEqual(lines(got), lines(around), "the reply's lines are the editor's lines");
        assert.ok(!/[\u200b-\u200f\u2066-\u2069]/.test(got), 'no stray direction marks');
        if (want) assert.deepEqual(await counted(mirror), want, 'its own paragraphs and line breaks, nothing else');
        await ff.run(`document.querySelector(arguments[0]).focus()`, [editor]);
        await ff.chord(CTRL, 'z');
        if (ed.more?.undo === 'words') {
          const lastWord = /\s(\S+)$/.exec(text)?.[1] ?? '';
          const left = `قبل ${text.slice(0, -lastWord.length).trimEnd()}بعد`;
          const undone = await modelOnce(mirror, 't === arguments[1]', [left]);
          assert.equal(undone, left, 'Ctrl+Z takes back the last word only');
        } else {
          const undone = await modelOnce(mirror, `!t.includes('Sara Ali')`);
          assert.equal(collapse(undone), 'قبل بعد', 'one Ctrl+Z takes the whole reply back, and only it');
        }
      });
  }

  test("a same-origin iframe's editable body (TinyMCE's way): the reply lands at its caret, and Ctrl+Z there takes it back", async () => {
    await ff.switchTo(page);
    await ff.navigate(server.url('/plain.html'));
    await ff.run(`return (async () => {
      const frame = document.createElement('iframe');
      frame.id = 'rich';
      frame.srcdoc = '<body contenteditable="true" dir="rtl"><p>قبل بعد</p></body>';
      document.body.append(frame);
      await new Promise((r) => { frame.onload = r; });
      const doc = frame.contentDocument;
      doc.body.focus();
      const r = doc.createRange();
      r.setStart(doc.querySelector('p').firstChild, 4);
      r.collapse(true);
      doc.getSelection().removeAllRanges();
      doc.getSelection().addRange(r);
    })()`);
    const body = `return document.getElementById('rich').contentDocument.body.innerText`;
    await ff.switchTo(sidebar);
    const text = await composeReply(ff, REPLY);
    assert.equal(await insertReply(ff), 'inserted');
    await ff.switchTo(page);
    const got = await ff.run<string>(body);
    assert.deepEqual(lines(got), lines(`قبل ${text}بعد`), 'once, at the caret, line for line');
    await ff.run(`document.getElementById('rich').contentDocument.body.focus()`);
    await ff.chord(CTRL, 'z');
    const undone = await ff
      .waitFor<string>(`const t = document.getElementById('rich').contentDocument.body.innerText; return t.includes('48213') ? '' : t`, [], 3000)
      .catch(() => ff.run<string>(body));
    assert.equal(collapse(undone), 'قبل بعد', 'one Ctrl+Z takes the whole reply back, and only it');
  });

  test('Tab goes from blank to blank of an expansion (textarea, contenteditable): exactly the next blank selected each time, and the page hears only the Tab after the last', async () => {
    await ff.switchTo(page);
    await ff.navigate(server.url('/plain.html'));
    await new Promise((r) => setTimeout(r, 800)); // the expander is injected at document_idle
    // The page's own listener (a script of the page, not of this test's sandbox) counts every Tab it hears.
    await ff.run(`const s = document.createElement('script');
      s.textContent = "addEventListener('keydown', (e) => { if (e.key === 'Tab') document.body.dataset.tabs = String(Number(document.body.dataset.tabs || 0) + 1); });";
      document.head.append(s);`);
    const heardTabs = () => ff.run<number>(`const n = Number(document.body.dataset.tabs || 0); document.body.dataset.tabs = '0'; return n;`);
    /** The text before the caret (or the selection) in the field, and what is selected. */
    const READ = `const id = arguments[0];
      const el = document.getElementById(id);
      if (el instanceof HTMLTextAreaElement) return { before: el.value.slice(0, el.selectionStart), selected: el.value.slice(el.selectionStart, el.selectionEnd) };
      const sel = getSelection();
      const r = document.createRange();
      r.setStart(el, 0);
      r.setEnd(sel.getRangeAt(0).startContainer, sel.getRangeAt(0).startOffset);
      return { before: r.toString(), selected: sel.toString() };`;
    const read = (id: string) => ff.run<{ before: string; selected: string }>(READ, [id]);
    const text = (id: string) => ff.run<string>(`const el = document.getElementById(arguments[0]); return el.value ?? el.innerText`, [id]);
    for (const [name, id] of [
      ['textarea', 'ta'],
      ['contenteditable', 'ce'],
    ] as const) {
      await ff.run(`const el = document.getElementById(arguments[0]); if ('value' in el) el.value = ''; else el.textContent = ''; el.focus();`, [id]);
      await ff.keys(`;استلام${TAB}`);
      await ff.waitFor<boolean>(CHOOSER);
      await ff.keys('1');
      await ff.waitFor<boolean>(`return (() => { ${READ} })().selected.startsWith('«')`, [id]);
      const blanks = (await text(id)).match(/«[^»]+»/g) ?? [];
      assert.ok(blanks.length >= 2, `${name}: the template leaves several blanks in a fresh profile: ${JSON.stringify(blanks)}`);
      await heardTabs();
      const fills = blanks.map((_, i) => `ملء${'ابجد'[i % 4]}${i}`);
      for (const [i, blank] of blanks.entries()) {
        const now = await read(id);
        assert.equal(now.selected, blank, `${name}: blank ${i + 1} of ${blanks.length} is selected`);
        // Exactly the next one: every blank before it is filled, and what is typed lands in it.
        assert.ok(!now.before.includes('«') && (i === 0 || now.before.includes(fills[i - 1] as string)), `${name}: ${JSON.stringify(now.before)}`);
        await ff.keys(fills[i] as string);
        const was = await read(id);
        await ff.keys(TAB);
        // The next blank's selection, or (after the last) the focus gone elsewhere.
        await ff
          .waitFor<boolean>(`const a = document.activeElement; return a?.id !== arguments[0] || (() => { ${READ} })().selected !== arguments[1]`, [
            id,
            was.selected,
          ])
          .catch(() => undefined);
      }
      const done = await text(id);
      assert.ok(!done.includes('«'), `${name}: every blank filled: ${done}`);
      assert.ok(
        fills.every((f, i) => i === 0 || done.indexOf(f) > done.indexOf(fills[i - 1] as string)),
        `${name}: each in its place: ${done}`,
      );
      assert.equal(await heardTabs(), 1, `${name}: the page heard only the Tab after the last blank`);
      assert.notEqual(await ff.run<string>(`return document.activeElement?.id ?? ''`), id, `${name}: that Tab moved the focus as usual`);
    }
  });

  /** What `;ختام` + Tab and «1» give in a textarea: the reference for the rich editors. */
  async function expansionInTextarea(): Promise<string> {
    await ff.switchTo(page);
    await ff.navigate(server.url('/plain.html'));
    await new Promise((r) => setTimeout(r, 800)); // the expander is injected at document_idle
    await ff.run(`const ta = document.getElementById('ta'); ta.value = ''; ta.focus();`);
    await ff.keys(`;ختام${TAB}`);
    await ff.waitFor<boolean>(`return !!document.querySelector(':root > div[popover]')`);
    await ff.keys('1');
    return ff.waitFor<string>(`const v = document.getElementById('ta').value; return v.includes('شكراً') ? v : ''`);
  }

  /** The expander's chooser is up, in the page or in an editor's own iframe (TinyMCE's). */
  const CHOOSER = `return [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument)].some((d) => d?.querySelector(':root > div[popover]'))`;

  for (const { name, path, editor, model: mirror, rule, more: how } of [...EDITORS, ...more]) {
    const selectsBlank = how?.selectsBlank ?? true;
    test(`${name}: a typed ;shortcut + Tab is replaced in the editor's model${selectsBlank ? ' and its first «blank» is selected, so typing fills it' : ', nothing selected after it'}; ${how?.undo === 'words' ? 'Ctrl+Z takes back words from the end' : 'Ctrl+Z gives the shortcut back'}`, async () => {
      const expected = await expansionInTextarea();
      const blank = /«[^»]+»/.exec(expected)?.[0];
      assert.ok(blank, `the reference expansion leaves the staff member's name to fill: ${expected}`);
      // editors-a's fixtures start empty with ?text=, the others ignore it
      await ff.navigate(server.url(`${path}${path.includes('?') ? '&' : '?'}text=`));
      await new Promise((r) => setTimeout(r, 800)); // the expander is injected at document_idle
      if (mirror === editor) await ff.run(`document.querySelector(arguments[0]).textContent = ''`, [editor]); // a plain one starts with text
      await ff.waitFor<boolean>(`return !!document.querySelector(arguments[0])`, [how?.click ?? editor], 15_000);
      await ff.click(how?.click ?? editor);
      await ff.keys('مرحباً ;ختام');
      await modelOnce(mirror, `t.trim().endsWith(';ختام')`, [], 15_000);
      await ff.keys(TAB);
      await ff.waitFor<boolean>(CHOOSER);
      // A person reads the chooser before pressing its key (longer than any editor's undo grouping, as in editors-a).
      await new Promise((r) => setTimeout(r, Math.max(1100, (how?.groupsMs ?? 0) + 200)));
      await ff.keys('1');
      const text = await modelOnce(mirror, `t.includes('شكراً')`, [], 15_000);
      await new Promise((r) => setTimeout(r, 300)); // anything the editor does after the insertion has happened
      assert.ok(!text.includes(';ختام'), `the shortcut is gone from the model: ${JSON.stringify(text)}`);
      assert.deepEqual(lines(await model(mirror)), lines(`مرحباً ${expected}`), 'the expansion, line for line, in place of the shortcut');
      if (rule) assert.deepEqual(await counted(mirror), landed(rule, 'مرحباً ', expected, ''), "exactly once, by the editor's own rule for lines");
      const selection = how?.selection ?? 'return getSelection().toString()';
      if (selectsBlank) {
        const selected = await ff
          .waitFor<string>(`const s = (() => { ${selection} })(); return /^«[^»]+»$/.test(s) ? s : ''`, [], 3000)
          .catch(() => ff.run<string>(selection));
        assert.equal(selected, blank, 'the first blank is selected');
      }
      await ff.keys('م');
      const filled = await modelOnce(mirror, selectsBlank ? `!t.includes(arguments[1])` : `t.trim().endsWith('م')`, [blank]);
      const fills = selectsBlank ? expected.replace(blank, 'م') : `${expected}م`;
      assert.equal(collapse(filled), collapse(`مرحباً ${fills}`), selectsBlank ? 'typing fills the blank, in the model' : 'typing goes on after the reply');
      // Undo (Ctrl+Z, a few times) takes the letter and the expansion back; no step leaves the shortcut and its expansion together.
      const steps: string[] = [];
      for (let i = 0; i < 3 && (steps.at(-1) ?? 'شكراً').includes('شكراً'); i++) {
        const was = await model(mirror);
        await ff.chord(CTRL, 'z');
        steps.push(await modelOnce(mirror, 't !== arguments[1]', [was]));
      }
      assert.ok(!steps.some((s) => s.includes(';ختام') && s.includes('شكراً')), `undo steps: ${JSON.stringify(steps)}`);
      if (how?.undo === 'words')
        assert.ok(steps[0]?.startsWith('مرحباً') && filled.startsWith(steps[0]), `Ctrl+Z takes back words from the end: ${JSON.stringify(steps)}`);
      else assert.equal(collapse(steps.at(-1) ?? ''), 'مرحباً ;ختام', `one replace of the typed shortcut; undo steps: ${JSON.stringify(steps)}`);
    });
  }
});
