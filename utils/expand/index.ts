import { type Browser, browser } from 'wxt/browser';

/** Where the expander may run: every site in the product; the fixture server in end-to-end builds. */
export const EXPAND_ORIGINS: string[] = (import.meta.env.WXT_E2E_HOSTS as string | undefined)?.split(',').filter(Boolean) ?? ['*://*/*'];
const SCRIPT_ID = 'murshid-expand';

/** `;shortcut` right before the caret, or null. */
export function shortcutBefore(text: string): string | null {
  const m = /(?:^|\s);([^\s;]{1,40})$/.exec(text);
  return m ? (m[1] as string) : null;
}

/** Asks for the expander's own permission (inside a click) and registers it on every page. */
export async function enableExpansion(): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: EXPAND_ORIGINS }).catch(() => false);
  if (!granted) return false;
  await unregister();
  await register();
  return true;
}

async function register(): Promise<void> {
  const script: Browser.scripting.RegisteredContentScript = {
    id: SCRIPT_ID,
    js: ['/expand.js'],
    matches: EXPAND_ORIGINS,
    allFrames: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  // Editors with their own iframe (TinyMCE) type in an about:srcdoc or about:blank frame: matched by
  // the origin it inherits. A browser older than the flag refuses it (Firefox before 128 matches those frames anyway).
  await browser.scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true }]).catch(() => browser.scripting.registerContentScripts([script]));
}

/**
 * After an update (the background calls it on install): an expander that an earlier version
 * registered, without the iframe flag, is registered again as this version does, so staff who
 * turned it on before need not turn it off and on. Nothing happens when it is off.
 */
export async function refreshExpansion(): Promise<void> {
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (!registered || registered.matchOriginAsFallback) return;
  await unregister();
  await register().catch(() => {});
}

async function unregister(): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
}

/** Turns the expander off and gives the all-sites access back (insertion asks again when it needs it). */
export async function disableExpansion(): Promise<void> {
  await unregister();
  // Refused for a permission the manifest requires (the end-to-end build); nothing to give back then.
  await browser.permissions.remove({ origins: EXPAND_ORIGINS }).catch(() => false);
}

export async function isExpansionEnabled(): Promise<boolean> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  return registered.length > 0;
}
