import { type BlankStop, blankStops, nextBlank } from '../insert/blank';
import type { Field } from '../insert/editable';

type Editable = Field | HTMLElement;

interface Listening {
  addEventListener(type: string, listener: (e: Event) => void, options?: AddEventListenerOptions): void;
}

/**
 * Filling in an expansion, as a snippet's tab stops: once its first «blank» is selected, each
 * trusted Tab in that editable selects the template's next one after the caret. It lives only in
 * the content script's memory — the page can neither see it nor start it — and ends (Tab is the
 * page's again) when there is no further blank, when the focus leaves (a `focusout` on `doc`, a
 * `blur` of `win`: listened to only while a filling lasts), or once `end` is called: a click,
 * Escape, a new expansion.
 */
export interface Filling {
  /** The expansion `inserted` is in `el`, its first blank selected. */
  start(el: Editable, inserted: string, blanks: string[]): void;
  /** A trusted Tab (no modifiers) in `el`: the selection of the next blank if there is one (the Tab is then ours), else null and the filling ends. */
  tab(el: Editable): (() => Promise<void>) | null;
  end(): void;
}

export function createFilling(win: Listening, doc: Listening): Filling {
  let now: { el: Editable; inserted: string; blanks: string[]; stops: BlankStop[]; at: number; stop: AbortController } | null = null;
  const end = () => {
    now?.stop.abort();
    now = null;
  };
  const next = (el: Editable): (() => Promise<void>) | null => {
    if (!now || now.el !== el) return null; // a Tab in another editable is the page's
    const { stops, at } = now;
    const from = stops[at];
    const found = from ? nextBlank(el, now.inserted.slice(from.end), now.blanks) : null;
    // The template's next blank with that label: one of the page's (or one the page moved) past its last is not.
    const to = found ? stops.findIndex((s, i) => i > at && s.label === found.label) : -1;
    if (!found || to < 0) return null;
    now.at = to;
    return found.select;
  };
  return {
    start(el, inserted, blanks) {
      end();
      const stops = blankStops(inserted, blanks);
      if (stops.length < 2) return;
      const stop = new AbortController();
      now = { el, inserted, blanks, stops, at: 0, stop };
      const on = { capture: true, signal: stop.signal };
      doc.addEventListener('focusout', (e) => e.isTrusted && end(), on);
      win.addEventListener('blur', (e) => e.isTrusted && end(), on);
    },
    tab(el) {
      const select = next(el);
      if (!select) end();
      return select;
    },
    end,
  };
}
