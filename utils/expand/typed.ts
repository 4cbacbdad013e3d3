/**
 * What the staff member has typed since their last `;`, built only from trusted events so a page
 * cannot add to it. A page can put «;ختام» in a field with a script (which fires no event) and move
 * the focus there when the staff member presses Tab, but it cannot make them type it: the expander
 * acts on a Tab only when the shortcut before the caret is exactly what the tracker says was typed.
 *
 * Characters come from key presses (every editor sees keydown first, even those that insert text
 * themselves) and, when no key press produced them (a layout or tool that inserts text without a
 * key event), from `beforeinput` — never both for the same character.
 */
export interface TypedTracker {
  /** A trusted keydown. */
  key(key: string, mods: { ctrl: boolean; meta: boolean; alt: boolean }): void;
  /** A trusted beforeinput. */
  input(inputType: string, data: string | null): void;
  /** A trusted keyup: the key press and the input it caused are over. */
  keyup(): void;
  /** A click, or the expansion done: nothing is being typed. */
  reset(): void;
  /** The shortcut typed since the last `;`, or null. */
  readonly typed: string | null;
}

/** The longest shortcut `shortcutBefore` accepts. */
const MAX = 40;
/** Keys that only change what the next key means. */
export const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn']);

function add(typed: string | null, text: string): string | null {
  let next = typed;
  for (const ch of text) {
    if (ch === ';') next = '';
    else if (next === null || /\s/.test(ch)) next = null;
    else next += ch;
    if (next !== null && next.length > MAX) next = null;
  }
  return next;
}

function dropLast(typed: string | null): string | null {
  if (!typed) return null; // deleting the `;` itself ends the shortcut
  return Array.from(typed).slice(0, -1).join('');
}

export function createTypedTracker(): TypedTracker {
  let typed: string | null = null;
  /** A key press whose own beforeinput (if the editor lets one happen) must not count again. */
  let pressed = false;
  return {
    key(key, mods) {
      pressed = false;
      if (MODIFIERS.has(key)) return;
      if ((mods.ctrl || mods.meta) && !mods.alt) {
        typed = null; // shortcuts of the browser or the editor (paste, undo, select all…)
        return;
      }
      if (key === 'Backspace') {
        typed = dropLast(typed);
        pressed = true;
        return;
      }
      // Named keys (Enter, ArrowLeft, Tab, Dead, Process…) are one capitalised ASCII word; a character is anything else.
      if (/^[A-Z][A-Za-z0-9]+$/.test(key)) {
        if (key !== 'Dead' && key !== 'Process' && key !== 'Unidentified') typed = null;
        return;
      }
      typed = add(typed, key);
      pressed = true;
    },
    input(inputType, data) {
      if (pressed) return;
      if (inputType === 'deleteContentBackward') typed = dropLast(typed);
      // Text of several lines is not a shortcut being typed, whatever it ends with: in Firefox the
      // panel's own insertion of a reply arrives here as a trusted insertText.
      else typed = inputType === 'insertText' && data && !/[\r\n]/.test(data) ? add(typed, data) : null; // paste, drop, IME, autocorrect
    },
    keyup() {
      pressed = false;
    },
    reset() {
      typed = null;
      pressed = false;
    },
    get typed() {
      return typed;
    },
  };
}
