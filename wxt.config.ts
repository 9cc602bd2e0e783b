import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MAIL_PAGE_MATCHES } from './core/hosts/index';

// The content script runs in every mail tab, so it is kept small: it uses the browser's own extension API
// (entrypoints/mail.content/extension.ts) instead of webextension-polyfill, which the other entrypoints load.
const NATIVE_BROWSER = fileURLToPath(new URL('./entrypoints/mail.content/extension.ts', import.meta.url));

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
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === 'mail-ui')) return;
      config.resolve ??= {};
      const existing = config.resolve.alias ?? [];
      const list = Array.isArray(existing) ? existing : Object.entries(existing).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve.alias = [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...list];
    },
    // The background is an ES module (it shares its chunks with the popup and the options page). WXT writes
    // `type: "module"` into MV3 manifests only; Firefox's MV2 background scripts need it too.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.manifestVersion === 2 && manifest.background && 'scripts' in manifest.background) {
        Object.assign(manifest.background, { type: 'module' });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: preferences (sync, falling back to local). Nothing else: the mail hosts are
    // reached through the content script's match patterns, and the popup talks to the
    // active tab only through that content script.
    permissions: ['storage'],
    // The content script's second stage (entrypoints/mail-ui/api.ts), which it imports when a button is needed.
    // Exposed to the mail sites only, which see the button itself anyway; nothing else is web-accessible.
    web_accessible_resources: [{ resources: ['mail-ui.js'], matches: MAIL_PAGE_MATCHES }],
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
