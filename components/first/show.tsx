import { createRef, render } from 'preact';
import { type Catalog, type Lang, registerCatalog, setPageLanguage } from '../../utils/i18n/core';
import { notedDigits } from '../../utils/i18n/note';
import { prefetchedPack } from '../../utils/pack/open';
import { restoredPackSearch } from '../../utils/search/pack-search';
import { PANEL_SEARCH } from '../search/ResultList';
import { I18nContext, i18nFor } from '../ui/I18nContext';
import { FirstScreen } from './FirstScreen';

/** The first answer's strings in each language, written by the build (./messages.ts); absent in development, where the app shows at once. */
declare const __MURSHID_FIRST_MESSAGES__: Record<Lang, Catalog> | undefined;

/**
 * How long the first answer stays once painted before the app replaces it, unless the staff member
 * acts on it or the page is hidden first: the app's render at once kept the main thread busy just
 * after the answer was painted, when whoever reads the page (a screen reader, an automated check)
 * looks at it. Its code loads meanwhile.
 */
export const TAKEOVER_MS = 100;

/** Keys the search box acts on (SearchPanel's onKeyDown): held while the first answer shows, then given to the app's box. */
const BOX_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Enter', 'Escape']);

/**
 * A control of the first answer, named as the app's DOM names it: the search box, an id (tabs,
 * results) or a `data-control` (the language, clear and filter buttons). The app usually keeps the
 * very element (it renders over the first answer's DOM), but may have made it anew.
 */
type Place = { box: true } | { id: string } | { control: string };
type Replay = { place: Place; key?: KeyboardEventInit };

function placeOf(container: HTMLElement, el: Element | null): Place | null {
  const control = el?.closest('[id], [data-control]') ?? null;
  if (!control || !container.contains(control)) return null;
  if (control.id) return { id: control.id };
  return { control: (control as HTMLElement).dataset.control as string };
}

function find(container: HTMLElement, place: Place): HTMLElement | null {
  const el =
    'box' in place
      ? container.querySelector('input[type="search"]')
      : 'id' in place
        ? document.getElementById(place.id)
        : container.querySelector(`[data-control="${CSS.escape(place.control)}"]`);
  return el instanceof HTMLElement && container.contains(el) ? el : null;
}

const nextTask = () => new Promise((done) => setTimeout(done, 0));

/** The keys and clicks held, given to the app's DOM one a task: each acts on what the one before it rendered (an Enter on the row ↓ moved to). */
async function replay(container: HTMLElement, held: Replay[]): Promise<void> {
  for (const { place, key } of held) {
    await nextTask();
    const el = find(container, place);
    if (!el) continue;
    if (!key) el.click();
    else el.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }));
  }
}

/** What the app takes over from the first answer. */
export interface Carried {
  /** The query in the box: the staff member may have typed meanwhile. */
  query: string;
  /** Once the app has rendered in the container: the focus, the caret and the keys and clicks held meanwhile. */
  restore: () => void;
}

export interface FirstAnswer {
  /** Settles when the app should replace the first answer: `TAKEOVER_MS` after it showed, or as soon as the staff member acts on it or the page is hidden. */
  takeover: Promise<void>;
  /** Stops holding input (call just before the app renders in the container). */
  release: () => Carried;
}

/**
 * Shows the first answer to `query` in `container` when it can come before the app: the pack read
 * (`prefetchActivePack`) by the time `packRead` settles, with its index, some results, and no
 * keyboard-layout note to show; in `lang`, the language the panel was last shown in (its page's
 * language and direction set as the app sets them). Null when it cannot: the app then renders as
 * it would have.
 */
export async function showFirstAnswer(container: HTMLElement, query: string, packRead: Promise<unknown>, lang: Lang = 'ar'): Promise<FirstAnswer | null> {
  if (typeof __MURSHID_FIRST_MESSAGES__ === 'undefined') return null;
  await packRead;
  const active = prefetchedPack();
  if (!active?.pack || !active.snapshot) return null;
  const search = restoredPackSearch(active.pack, active.snapshot);
  // As the app's search marks it (components/search/usePackSearch.ts): benches and tests read which path was taken.
  document.documentElement.dataset.searchIndex = 'restored';
  if (search.layoutSwitch(query, true) !== null) return null;
  const hits = search.search(query, PANEL_SEARCH);
  if (hits.length === 0) return null;

  // A slice: the language's whole catalog still loads for the app (utils/i18n/core).
  registerCatalog(lang, __MURSHID_FIRST_MESSAGES__[lang], true);
  // In the digits the staff member's pages last showed (utils/i18n/note), as the app counts until storage answers.
  const i18n = i18nFor(lang, notedDigits() ?? 'latn');
  setPageLanguage(lang);
  const input = createRef<HTMLInputElement>();
  // Rendered apart, then moved into the page: the container is not a Preact root of its own, so the
  // app renders over these very elements (the box keeps its focus, caret and text, and a screen
  // reader the list it was reading). The first answer keeps no state that could render again.
  const staging = document.createElement('div');
  render(
    <I18nContext.Provider value={i18n}>
      <FirstScreen query={query} documents={active.pack.documents} hits={hits} inputRef={input} />
    </I18nContext.Provider>,
    staging,
  );
  container.replaceChildren(...staging.childNodes);
  container.dataset.first = '';
  input.current?.focus();
  requestAnimationFrame(() => {
    if (performance.getEntriesByName('murshid:answer').length === 0) performance.mark('murshid:answer');
  });

  let act = () => {};
  const takeover = new Promise<void>((done) => {
    const timer = setTimeout(done, TAKEOVER_MS);
    act = () => {
      clearTimeout(timer);
      setTimeout(done, 0); // a task later: a key's character is in the box by then
    };
  });
  // Until the app has taken over, the keys and clicks it would act on are held for it.
  const held: Replay[] = [];
  const onKey = (e: KeyboardEvent) => {
    act();
    const box = input.current;
    const onBox = e.target === box;
    const place: Place | null = onBox ? { box: true } : placeOf(container, e.target as Element);
    if (!place) return;
    // Typing, and the keys that move the caret or the focus, happen natively (the box's text and the
    // focus are carried over); so does a button's Enter or Space, whose click is held below.
    if (onBox ? !BOX_KEYS.has(e.key) : e.key === 'Tab' || ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement)) return;
    e.preventDefault();
    e.stopPropagation();
    if (onBox && box && e.key === 'Escape') {
      // As the app's box does: the query cleared (here, so that what is typed next follows it).
      box.value = '';
      dropBoxKeys();
      return;
    }
    held.push({ place, key: { key: e.key, code: e.code, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey } });
  };
  // What is typed after ↑ ↓ Enter makes a new list, which starts on its first row: those keys lapse.
  const dropBoxKeys = () => {
    for (let i = held.length - 1; i >= 0; i--) if ('box' in (held[i] as Replay).place) held.splice(i, 1);
  };
  const onInput = () => {
    act();
    dropBoxKeys();
  };
  const onClick = (e: MouseEvent) => {
    act();
    if (e.target === input.current) return;
    const place = placeOf(container, e.target as Element);
    e.preventDefault();
    e.stopPropagation();
    if (place) held.push({ place });
  };
  const onHidden = () => document.visibilityState === 'hidden' && act();
  container.addEventListener('keydown', onKey, true);
  container.addEventListener('click', onClick, true);
  container.addEventListener('input', onInput, true);
  document.addEventListener('visibilitychange', onHidden);

  const release = (): Carried => {
    container.removeEventListener('keydown', onKey, true);
    container.removeEventListener('click', onClick, true);
    container.removeEventListener('input', onInput, true);
    document.removeEventListener('visibilitychange', onHidden);
    delete container.dataset.first;
    const box = input.current;
    const typed = box?.value ?? query;
    const focused = document.activeElement;
    const focus: Place | null = focused === box ? { box: true } : placeOf(container, focused);
    const caret = focused === box && box ? ([box.selectionStart, box.selectionEnd] as const) : null;
    return {
      query: typed,
      restore: () => {
        if (focus) find(container, focus)?.focus({ preventScroll: true });
        const appBox = container.querySelector<HTMLInputElement>('input[type="search"]');
        if (caret && appBox && document.activeElement === appBox) appBox.setSelectionRange(caret[0], caret[1]);
        void replay(container, held);
      },
    };
  };
  return { takeover, release };
}
