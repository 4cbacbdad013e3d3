import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a newcomer sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_actionTitle__' },
    // The browser runs these itself (a user gesture), so the panel opens even when the
    // service worker is asleep; staff rebind them at chrome://extensions/shortcuts.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandOpenPanel__' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandOpenPanel__' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'murshid@wa3i.org.sa', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
