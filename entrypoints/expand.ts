import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shortcutBefore } from '../utils/expand';
import { deepActiveElement, editableFor, insertText, isField } from '../utils/insert';
import type { ExpandReply, ShortcutsReply } from '../utils/messaging';

// Opt-in: registered only when the staff member turns on shortcut expansion in the options.
export default defineUnlistedScript(() => {
  let shortcuts = new Set<string>();
  const load = () =>
    void browser.runtime
      .sendMessage({ type: 'murshid:shortcuts' })
      .then((r: ShortcutsReply) => {
        shortcuts = new Set(r?.shortcuts ?? []);
      })
      .catch(() => {});
  load();

  document.addEventListener(
    'keydown',
    (e) => {
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
      if (!shortcut || !shortcuts.has(shortcut)) return;
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
