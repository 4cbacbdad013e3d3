import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import type { Extension } from '../../scripts/lib/browser';

// The end-to-end tests share the browser launcher with the benches and `npm start` (scripts/lib).
export * from '../../scripts/lib/browser';

/** A reply template as the panel offers it, the fields the staff member fills, and what its preview must show. */
export interface Reply {
  /** The panel's channel (social-media unless said). */
  channel?: string;
  template: RegExp;
  fields: Record<string, string>;
  shows: RegExp;
}

/** The social-media greeting, feminine: three lines, a Latin staff name. */
export const GREETING: Reply = {
  template: /ترحيب واستقبال/,
  fields: { 'اسم المستفيد': 'نورة', 'اسم الموظف': 'Sara Ali' },
  shows: /أهلاً بكِ أختي نورة/,
};

/** A multi-line Arabic reply with a request number (kept in its own order by isolates) and a Latin name. */
export const STATUS: Reply = {
  template: /متابعة طلب قائم/,
  fields: { 'اسم المستفيد': 'نورة', 'رقم الطلب': '1448-0231', 'اسم الموظف': 'Sara Ali', الفرع: 'فرع الرياض' },
  // The number arrives between isolates (FSI … PDI): each editor must keep them, and add no mark of its own.
  shows: /\u2068\*1448-0231\*\u2069[\s\S]*Sara Ali/,
};

/** A website answer laid out as a letter: paragraphs with blank lines between them. */
export const LETTER: Reply = {
  channel: 'website',
  template: /استلام شكوى/,
  fields: { 'اسم المستفيد': 'نورة', 'اسم الموظف': 'Sara Ali', 'المسمى الوظيفي': 'منسقة علاقات المستفيدين' },
  shows: /\n\n[\s\S]*\n\n[\s\S]*Sara Ali/,
};

/** Picks a template in the panel, fills it (feminine), returns the preview text: what is inserted. */
export async function compose(panel: Page, reply: Reply = GREETING): Promise<string> {
  await panel.getByRole('tab', { name: 'الردود' }).click();
  // A reply left open by the test before is restored (a draft outlives the panel): start a new one.
  const back = panel.getByRole('button', { name: 'رجوع إلى القوالب' });
  await panel.locator('.composer, .templates-panel').first().waitFor();
  if (await back.isVisible()) await back.click();
  await panel.getByLabel('القناة').selectOption(reply.channel ?? 'social-media');
  await panel.getByRole('button', { name: reply.template }).click();
  await panel.getByLabel('مؤنث').check();
  for (const [label, value] of Object.entries(reply.fields)) await panel.getByLabel(label, { exact: true }).fill(value);
  const preview = (await panel.getByTestId('preview').textContent()) ?? '';
  assert.match(preview, reply.shows);
  return preview;
}

/** Presses the panel's insert button; resolves with the toast's final status (`inserted`, `copiedFallback`…). */
export async function insertFromPanel(panel: Page): Promise<string> {
  await panel.getByRole('button', { name: 'إدراج في الصفحة' }).click();
  const toast = panel.locator('.toast[data-status]:not([data-status=""]):not([data-status="inserting"])');
  await toast.waitFor();
  return (await toast.getAttribute('data-status')) ?? '';
}

/** Turns the expander on from the options page (idempotent). */
export async function enableExpander(ext: Extension): Promise<void> {
  const options: Page = await ext.context.newPage();
  await options.goto(ext.url('options.html'));
  const box = options.getByLabel(/اكتب ;الاختصار ثم Tab/);
  await box.waitFor();
  if (!(await box.isChecked())) {
    await box.check();
    await options.getByTestId('expand-message').filter({ hasText: 'الاختصارات مفعّلة' }).waitFor();
  }
  await options.close();
}

/** The chooser's host: a plain element on the top layer (a manual popover), outside <body>. */
export const CHOOSER = ':root > div[popover]';

/** After the Tab, the form-of-address chooser appears next to the caret; the staff member presses its key. */
export async function chooseForm(page: Page, key = '1', where: Page | Frame = page): Promise<void> {
  await where.locator(CHOOSER).waitFor({ state: 'attached' });
  await page.keyboard.press(key);
  await where.locator(CHOOSER).waitFor({ state: 'detached' });
}

/**
 * The expansion of `shortcut` as a plain textarea receives it (the reference for the rich editors):
 * `;ختام` asks for the form of address (answered `form`); `form: null` for a template without forms.
 */
export async function expansionInTextarea(page: Page, url: string, shortcut = ';ختام', form: string | null = '1'): Promise<string> {
  await page.goto(url);
  await page.locator('#ta').fill('');
  await page.locator('#ta').focus();
  await page.keyboard.type(shortcut);
  await page.keyboard.press('Tab');
  if (form) await chooseForm(page, form);
  await page.waitForFunction((s) => !(document.getElementById('ta') as HTMLTextAreaElement).value.includes(s), shortcut);
  return page.locator('#ta').inputValue();
}

/** What became of `;ختام` + Tab in a rich editor, read from its own model at each step. */
export interface EditorExpansion {
  /** The expansion as a plain textarea receives it: the reference. */
  expected: string;
  /** Its first «blank» (the staff member's name, not set in a fresh profile). */
  blank: string;
  /** The model once expanded, and the model element's data attributes then (a fixture's block and break counts). */
  expanded: string;
  expandedData: Record<string, string | undefined>;
  /** The model once «م» is typed straight after (into the selected blank, if one is selected). */
  filled: string;
  /** The model after each Ctrl+Z, until the expansion is gone (at most three). */
  undone: string[];
}

/**
 * Types `text` as an Arabic keyboard layout does: a key press per character, its keydown carrying the
 * letter. (Playwright's `keyboard.type` hands characters outside its US layout to the page as an input
 * method's text, with no key event; an EditContext element gets no `beforeinput` for those either.)
 */
export async function typeKeys(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const ch of text) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
  }
  await cdp.detach();
}

/**
 * Types «مرحباً ;ختام» then Tab into the editor at `url` (clicked at `editor`, its model's text in
 * `model`), chooses the first form `pauseMs` after the Tab (a person reads the chooser), types «م»,
 * then presses Ctrl+Z until the expansion has left the model. `keys`: the shortcut typed key by key
 * (`typeKeys`, Chromium only).
 */
export async function expandInEditor(
  page: Page,
  where: { reference: string; url: string; editor: string; model: string; pauseMs?: number; keys?: boolean },
): Promise<EditorExpansion> {
  const expected = await expansionInTextarea(page, where.reference);
  const blank = /«[^»]+»/.exec(expected)?.[0];
  assert.ok(blank, `the reference expansion leaves the staff member's name to fill: ${expected}`);
  await page.goto(where.url);
  await page.locator(where.editor).click();
  await page.waitForTimeout(800); // the expander is injected at document_idle
  const state = () => page.locator(where.model).evaluate((el) => el.textContent ?? '');
  const changed = (was: string) =>
    page.waitForFunction(([sel, w]) => (document.querySelector(sel as string)?.textContent ?? '') !== w, [where.model, was], { timeout: 3000 }).catch(() => {});
  if (where.keys) await typeKeys(page, 'مرحباً ;ختام');
  else await page.keyboard.type('مرحباً ;ختام');
  await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '').endsWith(';ختام'), where.model);
  await page.keyboard.press('Tab');
  if (where.pauseMs) await page.waitForTimeout(where.pauseMs);
  await chooseForm(page);
  await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '').includes('شكراً'), where.model);
  await page.waitForTimeout(300); // anything the editor does after the insertion has happened
  const expanded = await state();
  const expandedData = await page.locator(where.model).evaluate((el: HTMLElement) => ({ ...el.dataset }));
  await page.keyboard.type('م');
  await changed(expanded);
  const filled = await state();
  const undone: string[] = [];
  for (let i = 0; i < 3 && (undone.at(-1) ?? 'شكراً').includes('شكراً'); i++) {
    const was = await state();
    await page.keyboard.press('Control+z');
    await changed(was);
    undone.push(await state());
  }
  return { expected, blank, expanded, expandedData, filled, undone };
}
