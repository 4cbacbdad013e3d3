import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shortcutBefore } from '../utils/expand';
import { deepActiveElement, editableFor, insertText, textBeforeCaret } from '../utils/insert';
import type { ExpandReply, ShortcutsReply } from '../utils/messaging';

// Opt-in: registered only when the staff member turns on shortcut expansion in the options.
export default defineUnlistedScript(() => {
  // Nothing is asked of the background until the staff member really types in this frame: frames
  // (ads, hidden iframes) that are never typed in cost nothing and learn nothing.
  let shortcuts: Promise<Set<string>> | null = null;
  let known: Set<string> | null = null;
  const load = () => {
    shortcuts ??= browser.runtime
      .sendMessage({ type: 'murshid:shortcuts' })
      .then((r: ShortcutsReply) => {
        known = new Set(r?.shortcuts ?? []);
        return known;
      })
      .catch(() => {
        shortcuts = null;
        return new Set<string>();
      });
    return shortcuts;
  };
  // The staff member's own click or tap starts the load, before the first key (a script's focus()
  // would fire a trusted focus event, so focus does not count).
  document.addEventListener('pointerdown', (e) => void (e.isTrusted && load()), { capture: true, passive: true });

  document.addEventListener(
    'keydown',
    (e) => {
      // A page can dispatch its own key events; only the staff member's own key presses count, and
      // an untrusted event is left untouched so the page cannot even tell the expander is here.
      if (!e.isTrusted) return;
      void load();
      if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
      const el = editableFor(deepActiveElement());
      if (!el) return; // password fields are never editables here
      const caret = textBeforeCaret(el);
      if (!caret) return;
      const shortcut = shortcutBefore(caret.before);
      // Still loading (a slow first page): a `;word` is held until the list says whether it is a shortcut.
      if (!shortcut || (known && !known.has(shortcut))) return;
      e.preventDefault();
      e.stopPropagation();
      void load()
        .then((list) => (list.has(shortcut) ? browser.runtime.sendMessage({ type: 'murshid:expand', shortcut }) : undefined))
        .then((r: ExpandReply | undefined) => {
          if (!r?.text) return;
          // The typed «;shortcut» is selected, so the reply replaces it.
          caret.selectBack(shortcut.length + 1);
          void insertText(el, r.text);
        });
    },
    true,
  );
});
