/**
 * The Firefox build (.output/firefox-mv2, `npm run build:firefox`) against the addons.mozilla.org rules that matter
 * for this add-on. `web-ext lint` (addons-linter) needs the network to install, so this is a focused offline check:
 * - manifest shape for Firefox MV2: only keys Firefox supports, no Chrome-only or MV3-only keys;
 * - browser_specific_settings.gecko: an id AMO accepts, a strict_min_version that supports every key used
 *   (data_collection_permissions: Firefox 140 on desktop, 142 on Android), no strict_max_version / update_url;
 * - the data-collection declaration AMO requires of new add-ons, well formed, and "none" (DESIGN.md: the extension
 *   makes no network requests);
 * - least privilege: `storage` only, the mail hosts only through the content script's match patterns;
 * - no remote code: local scripts only, no eval / new Function / string timers / remote imports in the bundles;
 * - everything the manifest points at exists, and every __MSG_ key is translated in every locale.
 * References: MDN manifest.json/browser_specific_settings; Extension Workshop "Firefox built-in consent for data
 * collection and transmission"; AMO add-on policies (no remote code).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { networkUses } from '../support/network-scan';
import { builtManifest, EXTENSION_DIR } from './harness';

type Json = Record<string, unknown>;

const manifest = builtManifest();
const gecko = ((manifest.browser_specific_settings as Json | undefined)?.gecko ?? {}) as Json;
const geckoAndroid = ((manifest.browser_specific_settings as Json | undefined)?.gecko_android ?? {}) as Json;

/** Top-level keys Firefox supports in a Manifest V2 extension that this kind of add-on may use. */
const FIREFOX_MV2_KEYS = new Set([
  'manifest_version',
  'name',
  'short_name',
  'description',
  'version',
  'version_name',
  'author',
  'developer',
  'homepage_url',
  'icons',
  'default_locale',
  'permissions',
  'optional_permissions',
  'browser_specific_settings',
  'background',
  'browser_action',
  'page_action',
  'options_ui',
  'content_scripts',
  'commands',
  'web_accessible_resources',
  'content_security_policy',
  'incognito',
]);

// AMO: an email-like id or a {GUID}, at most 80 characters.
const GECKO_ID = /^(?:\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[a-z0-9-._]*@[a-z0-9-._]+)$/i;
// AMO (Firefox 108+ version format): 1 to 4 dot-separated integers, no leading zeros, at most 9 digits each.
const VERSION = /^(?:0|[1-9]\d{0,8})(?:\.(?:0|[1-9]\d{0,8})){0,3}$/;
const FIREFOX_VERSION = /^(\d+)\.\d+(?:\.\d+)?$/;

// Extension Workshop, "Firefox built-in consent for data collection and transmission".
const PERSONAL_DATA = [
  'authenticationInfo',
  'bookmarksInfo',
  'browsingActivity',
  'financialAndPaymentInfo',
  'healthInfo',
  'locationInfo',
  'personalCommunications',
  'personallyIdentifyingInfo',
  'searchTerms',
  'websiteActivity',
  'websiteContent',
];
const DATA_COLLECTION_DESKTOP = 140;
const DATA_COLLECTION_ANDROID = 142;

const MAIL_HOSTS = ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'];

function major(version: unknown): number {
  const m = typeof version === 'string' ? FIREFOX_VERSION.exec(version) : null;
  return m ? Number(m[1]) : NaN;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

const ALL_FILES = files(EXTENSION_DIR).map((f) => relative(EXTENSION_DIR, f).split('\\').join('/'));
const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

describe('Firefox manifest (AMO)', () => {
  test('is Manifest V2 with only keys Firefox supports there', () => {
    expect(manifest.manifest_version).toBe(2);
    const unsupported = Object.keys(manifest).filter((k) => !FIREFOX_MV2_KEYS.has(k));
    expect(unsupported).toEqual([]);
    // MV3-only or Chrome-only shapes a Firefox MV2 build must not carry.
    expect(manifest).not.toHaveProperty('action');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('applications'); // superseded by browser_specific_settings
    // An ES module (it shares its chunks with the popup and options pages): Firefox reads `type` in MV2 too.
    expect(manifest.background).toEqual({ scripts: ['background.js'], type: 'module' });
  });

  test('has a name, description and version AMO accepts', () => {
    expect(manifest.version).toMatch(VERSION);
    for (const key of ['name', 'description'] as const) expect(typeof manifest[key]).toBe('string');
  });

  test('has a gecko id in a format AMO accepts', () => {
    expect(gecko.id).toBe('decline-politely@declinepolitely.app');
    expect(gecko.id).toMatch(GECKO_ID);
    expect((gecko.id as string).length).toBeLessThanOrEqual(80);
  });

  test('declares, in the shape Firefox expects, that it collects no data', () => {
    const declaration = gecko.data_collection_permissions as Json | undefined;
    expect(declaration).toBeDefined();
    expect(Object.keys(declaration!).filter((k) => k !== 'required' && k !== 'optional')).toEqual([]);
    const required = declaration!.required as unknown[];
    expect(Array.isArray(required) && required.length > 0).toBe(true);
    // "none" stands alone; anything else must be a known personal-data type.
    if (required.includes('none')) expect(required).toEqual(['none']);
    else for (const t of required) expect(PERSONAL_DATA).toContain(t);
    const optional = (declaration!.optional ?? []) as unknown[];
    for (const t of optional) expect([...PERSONAL_DATA, 'technicalAndInteraction']).toContain(t);
    // DESIGN.md: no network requests, so nothing is collected or transmitted.
    expect(declaration).toEqual({ required: ['none'] });
  });

  test('requires a Firefox that understands every key it uses (desktop and Android)', () => {
    const desktop = major(gecko.strict_min_version);
    expect(desktop, `gecko.strict_min_version ${String(gecko.strict_min_version)}`).toBeGreaterThanOrEqual(DATA_COLLECTION_DESKTOP);
    // The linter checks Android against gecko_android's minimum, or gecko's when there is none.
    const android = major(geckoAndroid.strict_min_version ?? gecko.strict_min_version);
    expect(android, 'Android strict_min_version').toBeGreaterThanOrEqual(DATA_COLLECTION_ANDROID);
    // Listed on AMO: no upper bound that would disable it on update, and no self-hosted updates.
    expect(gecko).not.toHaveProperty('strict_max_version');
    expect(gecko).not.toHaveProperty('update_url');
    expect(Object.keys(gecko).sort()).toEqual(['data_collection_permissions', 'id', 'strict_min_version']);
  });

  test('asks for storage only, and reaches the mail hosts only through its content script', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest).not.toHaveProperty('optional_permissions');
    const scripts = manifest.content_scripts as Json[];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect([...(script.matches as string[])].sort()).toEqual([...MAIL_HOSTS].sort());
      expect(script).not.toHaveProperty('all_frames');
      // Outlook's "Open in new window" renders into an about:blank window the mail page opened: reached without frames
      // and without a new permission (the opener must match the patterns above).
      expect(script.match_about_blank).toBe(true);
    }
    // The content script's second stage (and the Preact chunk it shares with the pages) are web-accessible: the
    // content script imports them when a button is needed.
    // (MV2 has no per-site list; the moz-extension: address is random per installation, so a page cannot probe for it.)
    expect(manifest.web_accessible_resources).toEqual(['mail-ui.js', 'chunks/ui.js']);
    expect(manifest).not.toHaveProperty('content_security_policy');
  });

  test('points only at files that are in the package', () => {
    const referenced = [
      ...Object.values((manifest.icons ?? {}) as Json),
      ...((manifest.background as Json).scripts as string[]),
      ...(manifest.content_scripts as Json[]).flatMap((s) => [...((s.js ?? []) as string[]), ...((s.css ?? []) as string[])]),
      (manifest.browser_action as Json | undefined)?.default_popup,
      (manifest.options_ui as Json | undefined)?.page,
    ].filter((f): f is string => typeof f === 'string');
    expect(referenced.length).toBeGreaterThan(4);
    for (const file of referenced) {
      expect(file, file).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i);
      expect(ALL_FILES, file).toContain(file.replace(/^\//, ''));
    }
  });

  test('has every __MSG_ key it uses translated in every locale, the default one included', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    const locales = readdirSync(join(EXTENSION_DIR, '_locales'));
    expect(locales).toContain(manifest.default_locale);
    for (const locale of locales) {
      const messages = JSON.parse(read(`_locales/${locale}/messages.json`)) as Record<string, { message?: unknown }>;
      for (const key of keys) {
        // Message names are case-insensitive in the WebExtensions i18n API.
        const entry = Object.entries(messages).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
        expect(typeof entry?.message, `${locale}: ${key}`).toBe('string');
      }
      const name = Object.entries(messages).find(([n]) => n.toLowerCase() === 'extname')?.[1]?.message;
      // AMO: an add-on name is at most 50 characters.
      if (typeof name === 'string') expect(name.length, `${locale}: extName`).toBeLessThanOrEqual(50);
    }
  });
});

describe('Firefox package: no remote code (AMO policy)', () => {
  const js = ALL_FILES.filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  const html = ALL_FILES.filter((f) => f.endsWith('.html'));

  test('contains only files an extension package needs: no source maps, no WebAssembly, no executables', () => {
    expect(js.length).toBeGreaterThan(0);
    const odd = ALL_FILES.filter((f) => !/\.(?:js|mjs|css|html|json|png|svg|woff2?|txt)$/.test(f));
    expect(odd).toEqual([]);
    // addons-linter does not parse scripts larger than 4 MB; keep every bundle well below.
    for (const f of js) expect(statSync(join(EXTENSION_DIR, f)).size, f).toBeLessThan(4 * 1024 * 1024);
  });

  test('extension pages load only their own scripts, and have no inline script', () => {
    expect(html.length).toBeGreaterThan(0);
    for (const f of html) {
      const page = read(f);
      for (const tag of page.match(/<script\b[^>]*>/gi) ?? []) {
        const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
        expect(src, `${f}: ${tag} has no src (inline script)`).toBeDefined();
        expect(src, `${f}: ${tag}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
      }
      expect(page.replace(/<script\b[^>]*>\s*<\/script>/gi, ''), `${f}: inline script`).not.toMatch(/<script\b/i);
      for (const link of page.match(/<link\b[^>]*>/gi) ?? []) {
        const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(link)?.[1] ?? '';
        expect(href, `${f}: ${link}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
      }
      expect(page, `${f}: inline event handler`).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  test('bundles never turn strings into code or load scripts from elsewhere', () => {
    const forbidden: [string, RegExp][] = [
      ['eval(', /(?<![\w$.])eval\s*\(/],
      ['new Function(', /\bnew\s+Function\s*\(/],
      ['Function("...") constructor call', /(?<![\w$.])Function\s*\(\s*["'`]/],
      ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
      ['importScripts(', /\bimportScripts\s*\(/],
      ['import() of a URL', /\bimport\s*\(\s*["'`](?:[a-z][a-z0-9+.-]*:|\/\/)/i],
      ['document.write(', /\bdocument\.write(?:ln)?\s*\(/],
      ['script element', /createElement\s*\(\s*["'`]script["'`]\s*\)/i],
      ['WebAssembly', /\bWebAssembly\./],
    ];
    const found: string[] = [];
    for (const f of js) {
      const code = read(f);
      for (const [label, pattern] of forbidden) if (pattern.test(code)) found.push(`${f}: ${label}`);
    }
    expect(found).toEqual([]);
  });

  test('bundles make no network requests except to their own files', () => {
    const found = js.flatMap((f) => networkUses(read(f)).map((use) => `${f}: ${use}`));
    expect(found).toEqual([]);
  });
});
