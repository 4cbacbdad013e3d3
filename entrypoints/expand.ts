import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shortcutBefore } from '../utils/expand';
import { deepActiveElement, editableFor, insertText, textBeforeCaret } from '../utils/insert';
import type { ExpandReply, ShortcutsReply } from '../utils/messaging';

// Opt-in: registered only when the staff member turns on shortcut expansion in the options.
//
// Loading a frame costs one key listener and nothing else: no message, no pack. A frame (the top
// one or any iframe) does something only after the staff member's own key press in it — keys go
// to the focused frame only, so a frame that gets a trusted key is one they typed in — and the
// shortcut list is asked for only when such a key could start or end a shortcut (`;`, or Tab
// after `;word`). Frames that are never typed in (ads, hidden iframes) cost nothing and learn nothing.
export default defineUnlistedScript(() => {
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

  document.addEventListener(
    'keydown',
    (e) => {
      // A page can dispatch its own key events; only the staff member's own key presses count, and
      // an untrusted event is left untouched so the page cannot even tell the expander is here.
      if (!e.isTrusted) return;
      if (e.key === ';') {
        void load(); // the trigger: fetch the list while the shortcut is being typed
        return;
      }
      if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
      const el = editableFor(deepActiveElement());
      if (!el) return; // password fields are never editables here
      const caret = textBeforeCaret(el);
      if (!caret) return;
      const shortcut = shortcutBefore(caret.before);
      // Not loaded yet (a pasted `;word`, a slow first page): the Tab is held until the list says whether it is a shortcut.
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
