import { browser } from 'wxt/browser';
import type { ActivePageReply, InsertCommand, InsertReply } from '../messaging';

const CONTENT_SCRIPT = '/insert.js';

/** The tab the staff member is answering in: the active tab of the most recent normal window, never the panel. */
export async function targetTab(excludeTabId?: number): Promise<{ id: number; url?: string } | null> {
  const tabs = await browser.tabs.query({ active: true, windowType: 'normal' });
  const candidates = tabs.filter((t) => t.id !== undefined && t.id !== excludeTabId && !t.url?.startsWith(browser.runtime.getURL('')));
  const focused = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => null);
  const best = candidates.find((t) => t.windowId === focused?.id) ?? candidates.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return best?.id === undefined ? null : { id: best.id, url: best.url };
}

/** Injects the insertion script into the target tab (idempotent) and asks it to insert `text`. */
export async function insertIntoPage(text: string, excludeTabId?: number): Promise<InsertReply> {
  const tab = await targetTab(excludeTabId);
  if (!tab) return { ok: false, method: 'none', error: 'no-tab', noAccess: true };
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] });
  } catch (e) {
    return { ok: false, method: 'none', error: e instanceof Error ? e.message : 'no-access', noAccess: true };
  }
  const command: InsertCommand = { type: 'murshid:insert', text };
  try {
    const reply = (await browser.tabs.sendMessage(tab.id, command)) as InsertReply;
    // The text may hold personal data: the panel says which site received it (the document's own
    // word: the tab may have navigated since it was looked up).
    return { ...reply, host: reply?.host ?? hostOf(tab.url) };
  } catch (e) {
    return { ok: false, method: 'none', error: e instanceof Error ? e.message : 'no-reply' };
  }
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host || undefined : undefined;
  } catch {
    return undefined;
  }
}

export async function activePage(excludeTabId?: number): Promise<ActivePageReply> {
  const tab = await targetTab(excludeTabId);
  return { url: tab?.url };
}

export { askPageAccess, hasPageAccess, requestActivePage, requestInsert } from './client';
