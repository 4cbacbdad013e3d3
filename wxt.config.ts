import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { firstMessages } from './components/first/messages';
import arabicCatalog from './public/_locales/ar/messages.json';
import englishCatalog from './public/_locales/en/messages.json';
import { flatCatalogs } from './scripts/lib/flat-catalogs';
import { readPackFiles } from './scripts/lib/pack-files';
import { buildPanelApart, panelInOneChunk, panelPage } from './scripts/lib/panel-build';
import { builtArabicTables } from './utils/arabic/tables';
import { BUNDLED_PACK_FILE } from './utils/pack/binary';
import { bundledPackAsset } from './utils/pack/bundled-build';
import { analysisFingerprint } from './utils/search';
import { SUGGEST_MODEL_FILE, SUGGEST_MODEL_SOURCE } from './utils/suggest/asset';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a newcomer sees where each name comes from.
  imports: false,
  // End-to-end tests build a variant into its own folder (see scripts/test-all.ts).
  ...(process.env.MURSHID_OUT_DIR ? { outDir: process.env.MURSHID_OUT_DIR } : {}),
  hooks: {
    // The side panel built on its own, its first answer in one script (scripts/lib/panel-build.ts).
    'entrypoints:grouped': (_wxt, groups) => buildPanelApart(groups),
    'vite:build:extendConfig': (entries, config) => panelInOneChunk(entries, config),
    // The bundled pack parsed and indexed once here, not on every open of the panel.
    'build:publicAssets': (wxt, files) => {
      const built = resolve(wxt.config.wxtDir, BUNDLED_PACK_FILE);
      mkdirSync(wxt.config.wxtDir, { recursive: true });
      writeFileSync(built, bundledPackAsset(readPackFiles(resolve(wxt.config.root, 'knowledge'))));
      files.push({ absoluteSrc: built, relativeDest: BUNDLED_PACK_FILE });
      // The suggestion's model: data the panel fetches on first use, not a chunk of code (minified:
      // the source file is formatted for review).
      const model = resolve(wxt.config.wxtDir, SUGGEST_MODEL_FILE);
      writeFileSync(model, JSON.stringify(JSON.parse(readFileSync(resolve(wxt.config.root, SUGGEST_MODEL_SOURCE), 'utf8'))));
      files.push({ absoluteSrc: model, relativeDest: SUGGEST_MODEL_FILE });
    },
  },
  vite: (env) => ({
    plugins: [preact(), panelPage(), flatCatalogs()],
    // Chromium and Firefox ESR preload modules themselves: no polyfill in the pages' first script.
    build: { modulePreload: { polyfill: false } },
    // Checking a stored index against the analysis costs pages 50–300 ms to work out, and the Arabic
    // word lists 10–30 ms to normalise and stem: a build knows both.
    // The side panel's first answer carries only the strings it shows, in Arabic and English (components/first).
    ...(env.command === 'build'
      ? {
          define: {
            __MURSHID_ANALYSIS__: JSON.stringify(analysisFingerprint()),
            __MURSHID_FIRST_MESSAGES__: JSON.stringify({ ar: firstMessages(arabicCatalog), en: firstMessages(englishCatalog) }),
            ...builtArabicTables(),
          },
        }
      : {}),
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      'scripting',
      'clipboardWrite',
      'alarms',
      'notifications',
      // Imported packs of thousands of sections exceed storage.local's 10 MB default.
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Insertion after the staff member switched tabs needs host access: asked once, from the panel, when first needed.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // End-to-end tests load a build that may reach the local fixture server without a prompt.
    ...(process.env.WXT_E2E_HOSTS ? { host_permissions: process.env.WXT_E2E_HOSTS.split(',') } : {}),
    // Extension pages load nothing remote: no scripts, and images only from the extension or data:
    // (a remote image in a pack would reveal the staff member's address to a third party).
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'; img-src 'self' data:"
        : { extension_pages: "script-src 'self'; object-src 'self'; img-src 'self' data:" },
    action: { default_title: '__MSG_actionTitle__' },
    // The browser runs these itself (a user gesture), so the panel opens even when the
    // service worker is asleep; staff rebind them at chrome://extensions/shortcuts.
    commands: {
      search: { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandSearch__' },
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandOpenPanel__' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandOpenPanel__' } }),
    },
    omnibox: { keyword: 'mr' },
    // IT presets (Chrome policy "3rdparty" → extensions → <id>); shown locked in the options page.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'murshid@wa3i.org.sa',
              strict_min_version: '115.0',
              // Beneficiaries' names, phones and notes leave the browser, to the endpoint the association configures.
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'personalCommunications'] },
            },
          },
        }
      : {}),
  }),
});
