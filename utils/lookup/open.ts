import { browser } from 'wxt/browser';
import { pendingLookup, pendingSuggest } from '../settings';

/**
 * Opens the panel searching for `text` (context menu on a selection). The panel is opened
 * first, synchronously inside the click's user gesture, then the query is handed over through
 * session storage, which a fresh panel reads at start and an open panel watches.
 */
export function openLookup(text: string, tabId?: number, windowId?: number): Promise<void> {
  if (windowId === undefined && tabId === undefined && browser.sidePanel) {
    // From the omnibox or a command without a tab: the current window's panel.
    return browser.windows.getCurrent().then((w) => openLookup(text, undefined, w.id));
  }
  const q = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  let opening: Promise<unknown> = Promise.resolve();
  if (browser.sidePanel && windowId !== undefined) opening = browser.sidePanel.open({ windowId });
  else if (browser.sidePanel && tabId !== undefined) opening = browser.sidePanel.open({ tabId });
  else if (firefoxSidebar()) opening = firefoxSidebar()?.open() ?? opening;
  return Promise.all([opening.catch(() => {}), pendingLookup.setValue({ q, at: Date.now() })]).then(() => {});
}

/** Longest message handed to the panel for a suggestion (a long e-mail is cut, not refused). */
const SUGGEST_MAX = 4000;

/** Opens the panel (inside the click's gesture, like `openLookup`) to suggest a reply to a selected message. */
export function openSuggest(text: string, tabId?: number, windowId?: number): Promise<void> {
  let opening: Promise<unknown> = Promise.resolve();
  if (browser.sidePanel && windowId !== undefined) opening = browser.sidePanel.open({ windowId });
  else if (browser.sidePanel && tabId !== undefined) opening = browser.sidePanel.open({ tabId });
  else if (firefoxSidebar()) opening = firefoxSidebar()?.open() ?? opening;
  return Promise.all([opening.catch(() => {}), pendingSuggest.setValue({ text: text.trim().slice(0, SUGGEST_MAX), at: Date.now() })]).then(() => {});
}

/** The context menu's items: search the selection, or suggest a reply to it. */
export const MENU_SEARCH_SELECTION = 'murshid-search-selection';
export const MENU_SUGGEST_REPLY = 'murshid-suggest-reply';

/** A click on one of the context menu's items (the background's `contextMenus.onClicked` listener). */
export function onMenuClicked(info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; windowId?: number }): Promise<void> {
  if (!info.selectionText) return Promise.resolve();
  if (info.menuItemId === MENU_SEARCH_SELECTION) return openLookup(info.selectionText, tab?.id, tab?.windowId);
  if (info.menuItemId === MENU_SUGGEST_REPLY) return openSuggest(info.selectionText, tab?.id, tab?.windowId);
  return Promise.resolve();
}

interface FirefoxSidebar {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

/** Firefox's sidebar API, which Chrome's typings (WXT's browser type) do not describe. */
export function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}
