import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shortcutBefore } from '../utils/expand';
import { deepActiveElement, editableFor, insertText, isField } from '../utils/insert';
import type { ExpandReply, ShortcutsReply } from '../utils/messaging';

// Opt-in: registered only when the staff member turns on shortcut expansion in the options.
export default defineUnlistedScript(() => {
  // Nothing is asked of the background until the staff member really types in this frame: frames
  // (ads, hidden iframes) that are never typed in cost nothing and learn nothing.
  let shortcuts: Set<string> | null = null;
  let loading = false;
  const load = () => {
    loading = true;
    void browser.runtime
      .sendMessage({ type: 'murshid:shortcuts' })
      .then((r: ShortcutsReply) => {
        shortcuts = new Set(r?.shortcuts ?? []);
      })
      .catch(() => {
        loading = false;
      });
  };

  document.addEventListener(
    'keydown',
    (e) => {
      // A page can dispatch its own key events; only the staff member's own key presses count, and
      // an untrusted event is left untouched so the page cannot even tell the expander is here.
      if (!e.isTrusted) return;
      if (!shortcuts && !loading) load();
      if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
      const el = editableFor(deepActiveElement());
      if (!el) return; // password fields are never editables here
      let before = '';
      let select: () => void;
      if (isField(el)) {
        const at = el.selectionStart ?? 0;
        if (at !== el.selectionEnd) return;
        before = el.value.slice(0, at);
        select = () => el.setSelectionRange(at - (shortcut?.length ?? 0) - 1, at);
      } else {
        const sel = el.ownerDocument.getSelection();
        const range = sel?.rangeCount ? sel.getRangeAt(0) : null;
        if (!range?.collapsed || range.startContainer.nodeType !== Node.TEXT_NODE) return;
        const node = range.startContainer as Text;
        const at = range.startOffset;
        before = node.data.slice(0, at);
        select = () => {
          const r = el.ownerDocument.createRange();
          r.setStart(node, at - (shortcut?.length ?? 0) - 1);
          r.setEnd(node, at);
          sel?.removeAllRanges();
          sel?.addRange(r);
        };
      }
      const shortcut = shortcutBefore(before);
      if (!shortcut || !shortcuts?.has(shortcut)) return;
      e.preventDefault();
      e.stopPropagation();
      void browser.runtime.sendMessage({ type: 'murshid:expand', shortcut }).then((r: ExpandReply) => {
        if (!r?.text) return;
        select();
        void insertText(el, r.text);
      });
    },
    true,
  );
});
