import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import type { OutputOptions } from 'rolldown';
import preact from '@preact/preset-vite';
import { MAIL_PAGE_MATCHES } from './core/read/hosts';
import { rewriteStoreZip } from './scripts/store-zip';

// The content script runs in every mail tab, so it is kept small: it uses the browser's own extension API
// (entrypoints/mail.content/extension.ts) instead of webextension-polyfill, which the other entrypoints load.
const NATIVE_BROWSER = fileURLToPath(new URL('./entrypoints/mail.content/extension.ts', import.meta.url));

// The content script's second stage (README, "Project layout") is built with the pages as an ES module, so it
// shares their Preact chunk instead of carrying its own copy; both are web-accessible to the mail sites only. That
// chunk (`ui`) holds Preact and the small modules nearly every bundle uses: the UI's words and how problems are
// worded, the reasons, and the message validators (which the button stage does not need, but which cost less
// there, 1 KB, than as a chunk of their own in the package).
const SECOND_STAGE = fileURLToPath(new URL('./entrypoints/mail.content/second-stage.tsx', import.meta.url));
const UI_CHUNK_MODULES = /[\\/]node_modules[\\/]preact[\\/]|[\\/]components[\\/](i18n|problems)\.ts$|[\\/]core[\\/](letter[\\/]reasons|protocol)\.ts$/;

/** Plain names for the chunks rolldown names after WXT's virtual modules. */
const CHUNK_NAMES: Record<string, string> = { '_virtual_wxt-plugins': 'shared', '_virtual_wxt-html-plugins': 'plugins' };

type Message = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };

/** A messages.json as the browser needs it: messages and placeholder contents only. */
function shippedMessages(source: string): string {
  const catalogue = JSON.parse(source) as Record<string, Message>;
  const shipped: Record<string, Message> = {};
  for (const [key, { message, placeholders }] of Object.entries(catalogue)) {
    shipped[key] = placeholders
      ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, p]) => [name, { content: p.content }])) }
      : { message };
  }
  return JSON.stringify(shipped);
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: core/ must never pick up `browser` or `storage` by accident.
  imports: false,
  vite: () => ({
    // The pages' HTML comments are notes for us; the package does not need them.
    plugins: [preact(), { name: 'strip-html-comments', transformIndexHtml: { order: 'post', handler: (html: string) => html.replace(/<!--[\s\S]*?-->\s*/g, '') } }],
    // Vite's preload polyfill fetches chunks; the pages load their own scripts, so it is dead weight (and a fetch).
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The zip for the stores is written again with zopfli's deflate and without folder entries (scripts/store-zip.ts).
    'zip:extension:done': (_wxt, zipPath) => rewriteStoreZip(zipPath),
    // The UI's messages ship without the notes for translators (`description`, placeholder `example`), which the
    // browser never reads, and without indentation: they are a sixth of the package otherwise.
    'build:publicAssets': (_wxt, files) => {
      for (const [i, file] of files.entries()) {
        if (!('absoluteSrc' in file) || !/^_locales\/[^/]+\/messages\.json$/.test(file.relativeDest)) continue;
        files[i] = { relativeDest: file.relativeDest, contents: shippedMessages(readFileSync(file.absoluteSrc, 'utf8')) };
      }
    },
    // Two builds are adjusted: the pages' build (popup, options, background) also builds the content script's second
    // stage, with Preact and what else it shares with the pages in a chunk of their own (`ui`), so that importing it
    // loads nothing more into a mail tab; the content script's build uses the browser's own extension API.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'popup')) {
        const rollup = (config.build ??= {}).rollupOptions ?? {};
        rollup.input = { ...(rollup.input as Record<string, string>), 'mail-ui': SECOND_STAGE };
        const output = Array.isArray(rollup.output) ? rollup.output[0] : (rollup.output ??= {});
        Object.assign(output!, { codeSplitting: { groups: [{ name: 'ui', test: UI_CHUNK_MODULES }] } });
        // Files in a packaged extension never meet an HTTP cache, so their names need no content hash: without
        // one, the package and every import in it are shorter, and a file keeps its name from build to build. The
        // chunks named after WXT's virtual modules get plain names: the shared code, and the pages' plugin start-up.
        const out = output as OutputOptions;
        const entryFileNames = out.entryFileNames;
        out.entryFileNames = (chunk) => (typeof entryFileNames === 'function' ? entryFileNames(chunk) : (entryFileNames ?? '[name].js')).replace('-[hash]', '');
        out.chunkFileNames = (chunk) => `chunks/${CHUNK_NAMES[chunk.name] ?? chunk.name}.js`;
        out.assetFileNames = 'assets/[name].[ext]';
        config.build.rollupOptions = rollup;
        return;
      }
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
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
    // The content script's second stage (entrypoints/mail.content/second-stage.tsx), imported when a button is needed.
    // Exposed to the mail sites only, which see the button itself anyway; nothing else is web-accessible.
    web_accessible_resources: [{ resources: ['mail-ui.js', 'chunks/ui.js'], matches: MAIL_PAGE_MATCHES }],
    action: { default_title: '__MSG_actionTitle__' },
    // The keyboard command: the default letter into the focused reply, or the popup (entrypoints/background.ts).
    // Users change the key in the browser's shortcut settings; it needs no permission.
    commands: { decline: { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_command_decline__' } },
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
