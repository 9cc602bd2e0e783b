import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: core/ must never pick up `browser` or `storage` by accident.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Vite's preload polyfill fetches chunks; the pages load their own scripts, so it is dead weight (and a fetch).
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: preferences (sync, falling back to local). Nothing else: the mail hosts are
    // reached through the content script's match patterns, and the popup talks to the
    // active tab only through that content script.
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    // Firefox (addons.mozilla.org): a fixed add-on id, and the data-collection declaration AMO requires of new
    // add-ons: "none", the extension sends nothing anywhere (DESIGN.md). Firefox understands that declaration from
    // 140 on desktop (the 140 ESR) and 142 on Android; older versions ignore it, and AMO's linter warns about a lower
    // minimum. Checked by tests/e2e-firefox/manifest.firefox.test.ts.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'decline-politely@declinepolitely.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
