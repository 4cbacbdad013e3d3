import { browser } from 'wxt/browser';
import { readActivePack } from '../pack/active';
import { createPackSearch, type PackSearch, SearchEngine } from '../search';
import { importedPackStamp } from '../settings';
import { openLookup } from './open';

let search: Promise<PackSearch | null> | null = null;
const engine = () => {
  search ??= readActivePack().then(({ pack, snapshot }) => (pack ? createPackSearch(pack, snapshot ? SearchEngine.fromSnapshot(snapshot) : undefined) : null));
  return search;
};

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `mr <words>` in the address bar: section titles as suggestions; Enter opens the panel on that search. */
export function registerOmnibox(): void {
  if (!browser.omnibox) return;
  importedPackStamp.watch(() => {
    search = null;
  });
  browser.omnibox.setDefaultSuggestion({ description: browser.i18n.getMessage('omniboxDefault', ['%s']) });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    void engine().then((s) => {
      const hits = s?.search(text, { limit: 5, prefix: true }) ?? [];
      suggest(hits.map((h) => ({ content: `${h.section.title} `, description: escapeXml(`${h.section.title} — ${h.doc.title}`) })));
    });
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    void openLookup(text, undefined, undefined).then(async () => {
      // Without a side panel to open here, show the panel page itself.
      if (!browser.sidePanel && !(browser as unknown as { sidebarAction?: unknown }).sidebarAction) {
        await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?q=${encodeURIComponent(text)}`), active: disposition !== 'newBackgroundTab' });
      }
    });
  });
}
