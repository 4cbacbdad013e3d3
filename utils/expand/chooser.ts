import { ADDRESS_FORMS, type AddressForm } from '../messaging';
import { MODIFIERS } from './typed';

/** Each form's key in the digits a layout may type: Latin, Arabic-Indic, Persian. */
const DIGITS = ['123', '\u0661\u0662\u0663', '\u06f1\u06f2\u06f3'];

function formForKey(key: string): AddressForm | undefined {
  if (key.length !== 1) return undefined;
  for (const set of DIGITS) {
    const i = set.indexOf(key);
    if (i >= 0) return ADDRESS_FORMS[i];
  }
  return undefined;
}

/** The slice of a KeyboardEvent the choice reads. */
export interface ChooserKey {
  key: string;
  isTrusted: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/** A form; `escape` (cancel, the key swallowed); `cancel` (the key goes on to the page); `ignore` (not the staff member's key, or a modifier alone). */
export type KeyDecision = AddressForm | 'escape' | 'cancel' | 'ignore';

/**
 * While a template waits for its form of address, the staff member's next key decides: 1, 2, 3
 * (Latin, Arabic-Indic or Persian digits, whatever their layout types) pick masculine, feminine,
 * plural; Escape or any other key cancels. Events a page dispatches are never a choice.
 */
export function decideKey(e: ChooserKey): KeyDecision {
  if (!e.isTrusted || MODIFIERS.has(e.key)) return 'ignore';
  if (e.key === 'Escape') return 'escape';
  // Ctrl+1 and the like are the browser's or the editor's; an IME key is text being composed.
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return 'cancel';
  return formForKey(e.key) ?? 'cancel';
}

interface Listening {
  addEventListener(type: string, listener: (e: Event) => void, options?: AddEventListenerOptions): void;
}

/** What the keydown handler reads of where a key went (the editor the shortcut was typed in, or not). */
interface Routed {
  composedPath(): EventTarget[];
}

export interface FormWait {
  /** The chosen form, or null once cancelled (any other key, Escape, a click, a blur, the timeout). */
  result: Promise<AddressForm | null>;
  cancel(): void;
}

export const CHOOSER_TIMEOUT_MS = 10_000;

/**
 * Waits for the staff member's decision. `win` gets the keys first (capture on the window, before
 * any listener on the document); `doc` reports focus leaving the editor. Only a key that went to
 * `editor` (the one the shortcut was typed in) can choose: a page that swallows every click, blur
 * and focusout before the chooser hears them cannot make a digit typed elsewhere the choice — that
 * key cancels and goes where it was typed. Every listener goes when the wait ends, whichever way.
 */
export function waitForForm(win: Listening, doc: Listening, editor: EventTarget, timeoutMs = CHOOSER_TIMEOUT_MS): FormWait {
  const stop = new AbortController();
  let settle: (form: AddressForm | null) => void = () => {};
  const result = new Promise<AddressForm | null>((resolve) => {
    settle = resolve;
  });
  const timer = setTimeout(() => finish(null), timeoutMs);
  function finish(form: AddressForm | null): void {
    if (stop.signal.aborted) return;
    stop.abort();
    clearTimeout(timer);
    settle(form);
  }
  const on = { capture: true, signal: stop.signal };
  win.addEventListener(
    'keydown',
    (e) => {
      const d = decideKey(e as KeyboardEvent);
      if (d === 'ignore') return;
      // Not the focused element as the page reports it: where this key itself is going.
      if (!(e as unknown as Routed).composedPath().includes(editor)) {
        finish(null);
        return;
      }
      if (d !== 'cancel') {
        // The chosen digit and Escape are the chooser's: neither reaches the editor or the page.
        e.preventDefault();
        e.stopImmediatePropagation();
      }
      finish(d === 'cancel' || d === 'escape' ? null : d);
    },
    on,
  );
  win.addEventListener('pointerdown', (e) => e.isTrusted && finish(null), on);
  win.addEventListener('blur', () => finish(null), on);
  doc.addEventListener('focusout', () => finish(null), on);
  return { result, cancel: () => finish(null) };
}
