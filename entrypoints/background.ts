import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import '../utils/i18n/english';
import { ALARM_PACK, checkPackNow, schedulePackChecks } from '../utils/distribution/follow';
import { refreshExpansion } from '../utils/expand';
import { expandShortcut, shortcutList } from '../utils/expand/render';
import { firefoxSidebar, MENU_SEARCH_SELECTION, MENU_SUGGEST_REPLY, onMenuClicked, openLookup, openSuggest } from '../utils/lookup';
import { registerOmnibox } from '../utils/lookup/omnibox';
import { isExpanderMessage, isFromExtensionPage, isPanelMessage } from '../utils/messaging';
import { activePage, insertIntoPage } from '../utils/relay';
import { ALARM_MORNING, ALARM_RECOUNT, morningReminder, purgeOld, refreshBadge, scheduleAlarms } from '../utils/reminders';
import { moveSecretOutOfStorage } from '../utils/settings/secrets';
import { ALARM_SYNC, deliverAfterAccess, drainNow, scheduleSync } from '../utils/sync/run';

export default defineBackground(() => {
  // Chrome: webhook secrets and CRM keys in storage.local are out of content scripts' reach
  // (Firefox has no such switch, hence the secret's own store: see docs/privacy.md).
  void (browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> })
    .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    ?.catch(() => {});
  // Both browsers: the connector's secret lives in the extension's IndexedDB, out of storage.local.
  void moveSecretOutOfStorage().catch(() => {});
  // Chrome: the toolbar button (and its shortcut) opens the side panel.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  // Firefox: the toolbar button toggles the sidebar.
  const sidebar = firefoxSidebar();
  if (sidebar) (browser.action ?? browser.browserAction)?.onClicked.addListener(() => void sidebar.toggle());

  // Follow-ups: the badge is recounted at start, on every change and every half hour.
  void refreshBadge().catch(() => {});
  void scheduleAlarms().catch(() => {});
  // Delivery: on start, on every save (log-changed) and every minute while records wait.
  void scheduleSync().catch(() => {});
  void drainNow();
  // The followed pack (if a source is set): checked at start and every six hours.
  void schedulePackChecks().catch(() => {});
  void checkPackNow();
  browser.permissions.onAdded?.addListener((p) => {
    if (p.origins?.length) void deliverAfterAccess().catch(() => {});
  });
  // A policy is often read after the worker started (or changed by IT later): a pack source is
  // checked when it lands, and a connector IT sets or changes is tried at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'managed') return;
    void drainNow();
    if (changes.packUrl || changes.packPublicKey) void checkPackNow();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_RECOUNT) void purgeOld().then(() => refreshBadge());
    if (alarm.name === ALARM_MORNING) void morningReminder();
    if (alarm.name === ALARM_SYNC) void drainNow();
    if (alarm.name === ALARM_PACK) void checkPackNow();
  });

  browser.runtime.onInstalled.addListener(() => {
    void refreshExpansion().catch(() => {});
    browser.contextMenus.create({
      id: MENU_SEARCH_SELECTION,
      title: browser.i18n.getMessage('menuSearchSelection'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({ id: MENU_SUGGEST_REPLY, title: browser.i18n.getMessage('menuSuggestReply'), contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));

  // Alt+Shift+F: the panel opens with the search box focused.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'search') void openLookup('', tab?.id, tab?.windowId);
  });
  registerOmnibox();

  // The opt-in expander (running in pages) may read templates, nothing else.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id || !isExpanderMessage(message)) return undefined;
    return message.type === 'murshid:shortcuts' ? shortcutList() : expandShortcut(message.shortcut, sender.tab?.url, message.form);
  });

  // Only the extension's own pages (the panel) may ask for insertion; content scripts may not.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isPanelMessage(message) || !isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    if (message.type === 'murshid:insert-request') return insertIntoPage(message.text, message.excludeTabId);
    if (message.type === 'murshid:pack-check') return checkPackNow();
    if (message.type === 'murshid:log-changed') {
      void drainNow();
      return refreshBadge().then(() => undefined);
    }
    return activePage(message.excludeTabId);
  });

  // The same entry the context menu uses, reachable from devtools and end-to-end tests.
  Object.assign(globalThis, {
    murshid: {
      openLookup,
      openSuggest,
      onMenuClicked,
      refreshBadge,
      drainNow,
      checkPackNow,
      purgeNow: (at?: number) => purgeOld(at === undefined ? new Date() : new Date(at)),
    },
  });
});
