import { browser } from 'wxt/browser';
import type { ActivePageReply, ActivePageRequest, InsertReply, InsertRequest } from '../messaging';

const ALL_SITES = { origins: ['*://*/*'] };

/** The panel's own tab id when it runs in a tab (never in the real side panel). */
async function ownTabId(): Promise<number | undefined> {
  try {
    return (await browser.tabs.getCurrent())?.id;
  } catch {
    return undefined;
  }
}

export async function requestInsert(text: string): Promise<InsertReply> {
  const message: InsertRequest = { type: 'murshid:insert-request', text, excludeTabId: await ownTabId() };
  try {
    return (await browser.runtime.sendMessage(message)) as InsertReply;
  } catch (e) {
    return { ok: false, method: 'none', error: e instanceof Error ? e.message : 'no-background' };
  }
}

export async function requestActivePage(): Promise<ActivePageReply> {
  const message: ActivePageRequest = { type: 'murshid:active-page', excludeTabId: await ownTabId() };
  try {
    return ((await browser.runtime.sendMessage(message)) as ActivePageReply | undefined) ?? {};
  } catch {
    return {};
  }
}

export function hasPageAccess(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES).catch(() => false);
}

/** Must run inside a click handler: the browser shows its permission prompt. */
export function askPageAccess(): Promise<boolean> {
  return browser.permissions.request(ALL_SITES).catch(() => false);
}
