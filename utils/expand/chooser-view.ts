import { type Field, isField } from '../insert/editable';
import type { AddressForm, FormChoice } from '../messaging';
import { ADDRESS_FORMS } from '../messaging';
import { waitForForm } from './chooser';

const STYLE = `
:host { all: initial; }
.box { box-sizing: border-box; display: flex; gap: 10px; align-items: center;
  padding: 5px 9px; border: 1px solid #b9c3ca; border-radius: 7px; background: #fff; color: #1d2327;
  box-shadow: 0 3px 10px rgba(0, 0, 0, .18); white-space: nowrap; pointer-events: none;
  font: 14px/1.5 "Noto Sans Arabic", "Segoe UI", Tahoma, "Noto Sans", system-ui, sans-serif; }
.title { color: #5b6770; }
kbd { display: inline-block; min-width: 1.35em; margin-inline-end: 4px; padding: 0 4px; border: 1px solid #9aa6ae;
  border-bottom-width: 2px; border-radius: 4px; background: #eef6f4; color: #0d6b5e; font: inherit; font-weight: 700; text-align: center; }
@media (prefers-color-scheme: dark) {
  .box { background: #16191c; color: #e7eaec; border-color: #30363b; }
  .title { color: #a3adb5; }
  kbd { background: #1e2a28; color: #4fc2ad; border-color: #4b565e; }
}`;

/** What the mirror of a field copies so its text wraps exactly as the field's does. */
const MIRRORED = (
  'box-sizing width direction font-family font-size font-weight font-style font-variant letter-spacing word-spacing line-height ' +
  'text-align text-indent text-transform tab-size overflow-wrap word-break padding-top padding-right padding-bottom padding-left ' +
  'border-top-width border-right-width border-bottom-width border-left-width border-style'
).split(' ');

interface Caret {
  x: number;
  top: number;
  bottom: number;
}

/** Where the caret of a field is: a hidden copy of the field inside the chooser's own closed root, measured. */
function fieldCaret(el: Field, scratch: ShadowRoot): Caret {
  const doc = el.ownerDocument;
  const css = doc.defaultView?.getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const mirror = doc.createElement('div');
  for (const p of MIRRORED) mirror.style.setProperty(p, css?.getPropertyValue(p) ?? '');
  Object.assign(mirror.style, {
    position: 'fixed',
    top: `${box.top}px`,
    left: `${box.left}px`,
    visibility: 'hidden',
    overflow: 'hidden',
    whiteSpace: el.tagName === 'TEXTAREA' ? 'pre-wrap' : 'pre',
  });
  mirror.textContent = el.value.slice(0, el.selectionStart ?? el.value.length);
  const mark = doc.createElement('span');
  mark.textContent = '\u200b';
  mirror.append(mark);
  scratch.append(mirror);
  const m = mark.getBoundingClientRect();
  mirror.remove();
  const x = Math.min(Math.max(m.left - el.scrollLeft, box.left), box.right);
  const top = Math.min(Math.max(m.top - el.scrollTop, box.top), box.bottom);
  return { x, top, bottom: Math.min(top + (m.height || 18), box.bottom) };
}

function editableCaret(el: HTMLElement): Caret {
  const sel = el.ownerDocument.getSelection();
  const range = sel?.rangeCount ? sel.getRangeAt(0) : null;
  const r = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
  if (r && (r.height || r.width || r.top)) return { x: r.left, top: r.top, bottom: r.bottom };
  const box = el.getBoundingClientRect();
  return { x: box.left, top: box.top, bottom: Math.min(box.top + 24, box.bottom) };
}

/**
 * The host's own styles, inline and important through the CSSOM (a page's CSP does not govern it, as
 * it may a `style` attribute in Firefox): no page rule can hide, move or resize it.
 */
function pin(host: HTMLElement, props: Record<string, string>): void {
  for (const [name, value] of Object.entries(props)) host.style.setProperty(name, value, 'important');
}

/** The chooser's styles: a constructed sheet where there is one (a page's CSP governs a `<style>` a content script adds in Firefox), else a `<style>`. */
function styleRoot(root: ShadowRoot, doc: Document): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // An older engine, or one whose content-script wrappers refuse the array: the element below.
  }
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.append(style);
}

/**
 * The chooser on screen next to the caret, in a closed shadow root (the page can neither read nor
 * restyle it), in the staff member's language. It holds the three forms' names and keys, nothing
 * of the template or the beneficiary; the focus stays in the editor. Its host is a plain element
 * (a page cannot pre-define its name) shown on the top layer as a manual popover, above any page
 * z-index, modal dialog, popover or fullscreen element opened before it; where popovers are missing
 * the highest z-index stands in. Returns its removal.
 */
export function showChooser(el: Field | HTMLElement, choice: FormChoice): { host: HTMLElement; remove: () => void } {
  const doc = el.ownerDocument;
  const host = doc.createElement('div');
  const remove = () => host.remove();
  pin(host, {
    all: 'initial',
    display: 'block',
    position: 'fixed',
    top: '0px',
    left: '0px',
    margin: '0px',
    padding: '0px',
    border: '0px',
    'z-index': '2147483647',
    visibility: 'visible',
    opacity: '1',
    overflow: 'visible',
    'pointer-events': 'none',
  });
  host.setAttribute('popover', 'manual');
  try {
    const root = host.attachShadow({ mode: 'closed' });
    styleRoot(root, doc);
    const box = doc.createElement('div');
    box.className = 'box';
    box.lang = choice.lang;
    box.dir = choice.lang === 'ar' ? 'rtl' : 'ltr';
    box.setAttribute('role', 'status');
    const title = doc.createElement('span');
    title.className = 'title';
    title.textContent = choice.title;
    box.append(title);
    ADDRESS_FORMS.forEach((_, i) => {
      const option = doc.createElement('span');
      const key = doc.createElement('kbd');
      key.textContent = choice.keys[i] ?? '';
      option.append(key, choice.labels[i] ?? '');
      box.append(option);
    });
    // Outside <body>: a body that is itself the editor (an iframe composer) must not take it in.
    doc.documentElement.append(host);
    try {
      host.showPopover();
    } catch {
      // No popover support (or the page removed the attribute): the inline z-index stands in.
    }
    const caret = isField(el) ? fieldCaret(el, root) : editableCaret(el);
    root.append(box);
    const view = doc.defaultView;
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    const size = box.getBoundingClientRect();
    const left = box.dir === 'rtl' ? caret.x - size.width : caret.x;
    const below = caret.bottom + 4;
    pin(host, {
      left: `${Math.max(4, Math.min(left, width - size.width - 4))}px`,
      top: `${below + size.height <= height - 4 ? below : Math.max(4, caret.top - size.height - 4)}px`,
    });
  } catch (error) {
    remove();
    throw error;
  }
  return { host, remove };
}

/**
 * Calls `onTamper` once the page touches the chooser after it is shown: restyles or hides its host
 * (any attribute), takes it out of the document, or opens something of its own on the top layer,
 * which would paint above it (a popover or a modal dialog, a fullscreen element). The wait then
 * ends with no choice, so a fake chooser can never be the one on top. Returns its end.
 */
export function watchChooser(host: HTMLElement, onTamper: () => void): () => void {
  const doc = host.ownerDocument;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.target === host || [...r.removedNodes].includes(host))) onTamper();
  });
  observer.observe(host, { attributes: true });
  if (host.parentNode) observer.observe(host.parentNode, { childList: true });
  const stop = new AbortController();
  const on = { capture: true, signal: stop.signal };
  doc.addEventListener('beforetoggle', (e) => (e.target !== host || (e as ToggleEvent).newState !== 'open') && onTamper(), on);
  doc.addEventListener('fullscreenchange', onTamper, on);
  return () => {
    observer.disconnect();
    stop.abort();
  };
}

/** Shows the chooser, waits for the staff member's decision, and removes it whatever happened. */
export async function askForm(el: Field | HTMLElement, choice: FormChoice): Promise<AddressForm | null> {
  const doc = el.ownerDocument;
  const { host, remove } = showChooser(el, choice);
  const wait = waitForForm(doc.defaultView ?? doc, doc, el);
  const unwatch = watchChooser(host, wait.cancel);
  try {
    return await wait.result;
  } finally {
    unwatch();
    remove();
  }
}
