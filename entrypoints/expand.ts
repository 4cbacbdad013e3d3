import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shortcutBefore } from '../utils/expand';
import { askForm } from '../utils/expand/chooser-view';
import { createFilling } from '../utils/expand/fill';
import { createTypedTracker, MODIFIERS } from '../utils/expand/typed';
import { deepActiveElement, editableFor, insertText, selectFirstBlank, textBeforeCaret } from '../utils/insert';
import type { ExpandReply, ExpandRequest, ShortcutsReply } from '../utils/messaging';

// Opt-in: registered only when the staff member turns on shortcut expansion in the options.
//
// Loading a frame costs four listeners (key presses, their input and key-ups, clicks) and nothing
// else: no message, no pack. A frame (the top one, any iframe, or an editor's about:srcdoc frame)
// does something only after the staff member's own key press in it — keys go
// to the focused frame only, so a frame that gets a trusted key is one they typed in — and the
// shortcut list is asked for only when such a key could start or end a shortcut (`;`, or Tab
// after `;word`). Frames that are never typed in (ads, hidden iframes) cost nothing and learn nothing.
// A Tab expands only a `;word` the staff member typed themselves, never text the page put there.
// A template written in forms of address waits for the staff member to choose one (1/2/3 on the
// chooser next to the caret, utils/expand/chooser.ts); only their own key press chooses.
// Once inserted, Tab takes the staff member from blank to blank of that template (utils/expand/fill.ts).
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

  // A page can fill a field by script and move the focus into it on the staff member's Tab: the
  // shortcut before the caret must also be what they typed themselves (utils/expand/typed.ts).
  const tracker = createTypedTracker();
  const trusted = { capture: true } as const;
  /** Our own replies going in: Gecko fires a trusted `beforeinput` for each, which the staff member did not type. */
  let inserting = 0;
  document.addEventListener('beforeinput', (e) => e.isTrusted && !inserting && tracker.input(e.inputType, e.data), trusted);
  document.addEventListener('keyup', (e) => e.isTrusted && tracker.keyup(), trusted);
  /** The staff member's key presses and clicks so far: an answer that arrives after another one is stale. */
  let activity = 0;
  /** The expansion being filled in, blank by blank: in this script's memory only. */
  const filling = createFilling(window, document);
  document.addEventListener(
    'pointerdown',
    (e) => {
      if (!e.isTrusted) return;
      activity++;
      tracker.reset();
      filling.end();
    },
    trusted,
  );
  const expand = (request: ExpandRequest): Promise<ExpandReply | undefined> => browser.runtime.sendMessage(request);

  document.addEventListener(
    'keydown',
    (e) => {
      // A page can dispatch its own key events; only the staff member's own key presses count, and
      // an untrusted event is left untouched so the page cannot even tell the expander is here.
      if (!e.isTrusted) return;
      // An extension updated or removed under the page: this script can no longer ask for anything,
      // so it holds no key (a Tab after «;word» would otherwise be swallowed for good).
      if (!browser.runtime?.id) return;
      // A modifier alone (Shift, or Alt+Shift switching the keyboard's language) is not a new action.
      if (!MODIFIERS.has(e.key)) activity++;
      const typed = tracker.typed;
      tracker.key(e.key, { ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey });
      if (e.key === 'Escape') filling.end(); // and the Escape goes on to the page
      if (e.key === ';') {
        void load(); // the trigger: fetch the list while the shortcut is being typed
        return;
      }
      if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
      const el = editableFor(deepActiveElement());
      if (!el) return; // password fields are never editables here
      const caret = textBeforeCaret(el);
      const shortcut = caret && shortcutBefore(caret.before);
      // Only a shortcut the staff member typed (not text the page put before the caret) is acted on.
      // Not loaded yet (a slow first page): the Tab is held until the list says whether it is a shortcut.
      if (!shortcut || shortcut !== typed || (known && !known.has(shortcut))) {
        // Not an expansion: the next blank of the one being filled in, if any; else the Tab is the page's.
        const select = filling.tab(el);
        if (!select) return;
        e.preventDefault();
        e.stopPropagation();
        void select().catch(() => {});
        return;
      }
      filling.end();
      e.preventDefault();
      e.stopPropagation();
      /** The staff member's activity when they last chose: anything done since makes the answer stale. */
      let at = activity;
      void load()
        .then((list) => (list.has(shortcut) ? expand({ type: 'murshid:expand', shortcut }) : undefined))
        .then(async (r) => {
          if (r?.choose) {
            // Asked only if the staff member is still where they pressed Tab and has done nothing since.
            if (activity !== at || editableFor(deepActiveElement()) !== el) return;
            const form = await askForm(el, r.choose);
            if (!form) return;
            at = activity;
            r = await expand({ type: 'murshid:expand', shortcut, form });
          }
          if (!r?.text) return;
          // Once the text is back: nothing done since the Tab (or the choice), still in that editor —
          // a click elsewhere meanwhile must not have the reply take the focus back.
          if (activity !== at || editableFor(deepActiveElement()) !== el) return;
          // Read again: a rich editor may have re-rendered its text while the reply was on its way.
          const now = textBeforeCaret(el);
          if (!now || shortcutBefore(now.before) !== shortcut) return;
          // The typed «;shortcut» is selected — in the editor's own model too — so the reply replaces it
          // through the same path as an insertion from the panel (one replace, one undo step).
          await now.selectBack(shortcut.length + 1);
          const before = activity;
          inserting++;
          let inserted: Awaited<ReturnType<typeof insertText>>;
          try {
            inserted = await insertText(el, r.text);
          } finally {
            inserting--;
            tracker.reset(); // the reply is not a shortcut being typed, whatever it ends with
          }
          // What the template leaves to fill: its first blank is selected, so typing fills it — unless
          // the staff member has already typed on (their keys stay where they put them).
          // Started before the selection is seen, so a click meanwhile ends it.
          if (inserted.ok && r.blanks && activity === before) {
            filling.start(el, r.text, r.blanks);
            if (!(await selectFirstBlank(el, r.text, r.blanks))) filling.end();
          }
        })
        // An extension reloaded under the page ("Extension context invalidated"): nothing to insert,
        // and nothing for the page's console (the chooser removes itself whatever happened).
        .catch(() => {});
    },
    true,
  );
});
