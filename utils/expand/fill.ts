import { type BlankStop, blankStops, nextBlank } from '../insert/blank';
import type { Field } from '../insert/editable';

type Editable = Field | HTMLElement;

/**
 * Filling in an expansion, as a snippet's tab stops: once its first «blank» is selected, each
 * trusted Tab in that editable selects the template's next one after the caret. It lives only in
 * the content script's memory — the page can neither see it nor start it — and ends (Tab is the
 * page's again) when there is no further blank, or once `end` is called: a click, Escape, the
 * focus leaving, a new expansion.
 */
export interface Filling {
  /** The expansion `inserted` is in `el`, its first blank selected. */
  start(el: Editable, inserted: string, blanks: string[]): void;
  /** A trusted Tab (no modifiers) in `el`: the selection of the next blank if there is one (the Tab is then ours), else null and the filling ends. */
  tab(el: Editable): (() => Promise<void>) | null;
  end(): void;
}

export function createFilling(find: typeof nextBlank = nextBlank): Filling {
  let now: { el: Editable; inserted: string; blanks: string[]; stops: BlankStop[]; at: number } | null = null;
  const next = (el: Editable): (() => Promise<void>) | null => {
    if (!now || now.el !== el) return null; // a Tab in another editable is the page's
    const { stops, at } = now;
    const from = stops[at];
    const found = from ? find(el, now.inserted.slice(from.end), now.blanks) : null;
    // The template's next blank with that label: one of the page's (or one the page moved) past its last is not.
    const to = found ? stops.findIndex((s, i) => i > at && s.label === found.label) : -1;
    if (!found || to < 0) return null;
    now.at = to;
    return found.select;
  };
  return {
    start(el, inserted, blanks) {
      const stops = blankStops(inserted, blanks);
      now = stops.length > 1 ? { el, inserted, blanks, stops, at: 0 } : null;
    },
    tab(el) {
      const select = next(el);
      if (!select) now = null;
      return select;
    },
    end() {
      now = null;
    },
  };
}
