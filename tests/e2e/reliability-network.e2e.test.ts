/**
 * Reliability: the extension makes no network requests and loads no remote code (DESIGN.md).
 *
 * In real Chromium: every request from the mail page, the extension's pages and its service worker is recorded
 * (Playwright's context-wide request events, which include the service worker's, plus each context's own resource
 * timing) while the mail fixture loads, the in-page button inserts, the popup reads the thread and inserts, and the
 * options page saves. Only the fixture page itself and chrome-extension:// URLs may appear. A control test checks
 * that a request from the service worker really is seen, so "nothing seen" means something.
 *
 * On the build: the manifest asks for `storage` only, runs its content script on the five mail hosts only, has no
 * host permissions or remote CSP, and makes one file web-accessible (the content script's second stage), to the
 * four mail hosts only; no built file names a remote URL except those listed
 * (with why) in KNOWN_URLS, and no built script uses a network API except Vite's module-preload polyfill.
 *
 * Run: npx wxt build && npx vitest run -c vitest.e2e.config.ts tests/e2e/reliability-network.e2e.test.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page, Request, Worker } from 'playwright-core';
import { builtModuleGraph } from '../support/built-modules';
import { networkUses } from '../support/network-scan';
import { LAYOUTS, renameClasses } from '../support/rename-classes';
import { readFixture } from '../support/shared';
import { EXTENSION_DIR, launch, trackErrors, type Harness } from './harness';

declare const chrome: {
  windows: { create(o: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
};

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
/** The same thread with every class name renamed, as after a Gmail redesign (tests/support/rename-classes.ts). */
const THREAD_RENAMED = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const FIXTURE_URLS = [THREAD, THREAD_RENAMED].map((url) => url.split('#')[0]!);
const MAIL_MATCHES = ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'];

interface Seen {
  url: string;
  from: string;
}

let h: Harness;
let worker: Worker;
const seen: Seen[] = [];

function origin(req: Request): string {
  if (req.serviceWorker()) return `service worker ${req.serviceWorker()!.url()}`;
  try {
    return `frame ${req.frame().url()}`;
  } catch {
    return 'navigation';
  }
}

beforeAll(async () => {
  h = await launch();
  h.context.on('request', (req) => seen.push({ url: req.url(), from: origin(req) }));
  h.serve(THREAD, readFixture('gmail-thread-inline-reply.html'));
  h.serve(THREAD_RENAMED, renameClasses(readFixture('gmail-thread-inline-reply.html')));
  worker = h.worker!;
});

afterAll(async () => {
  await h?.close();
});

/** Requests that are neither the fixture page nor the extension's own files. */
function outside(list: readonly string[]): string[] {
  return list.filter((url) => !FIXTURE_URLS.includes(url.split('#')[0]!) && !url.startsWith(`chrome-extension://${h.extensionId}/`));
}

/**
 * The extension's service worker as it is now: Chromium may stop an idle MV3 worker and start a new one, and an
 * evaluate on the stopped one never settles.
 */
function liveWorker(): Worker {
  return h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`)) ?? worker;
}

/** Playwright's evaluate has no timeout of its own: a step that hangs fails here, by name, instead of the test. */
async function within<T>(what: string, promise: Promise<T>, ms = 15_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every resource a page or the service worker fetched, from its own resource timing. */
function resources(target: Page | Worker): Promise<string[]> {
  const read = () => performance.getEntriesByType('resource').map((e) => e.name);
  return 'goto' in target ? target.evaluate(read) : target.evaluate(read);
}

describe('at run time', () => {
  test.each(LAYOUTS)('loading the mail page, inserting with the button and from the popup, and saving options make no request (%s)', async (_layout, renamed) => {
    const thread = renamed ? THREAD_RENAMED : THREAD;
    const mail = await h.context.newPage();
    const mailErrors = trackErrors(mail, { ownWarnings: true });
    await mail.goto(thread);
    const button = mail.getByRole('button', { name: 'Decline politely', exact: true });
    await button.waitFor({ timeout: 10_000 });
    await button.click();
    await expect.poll(() => mail.locator('[data-decline-politely="letter"]').count(), { timeout: 5000 }).toBe(1);

    // The popup, opened against the mail tab (as in popup.e2e.test.ts): it reads the thread and inserts.
    await mail.bringToFront();
    const popupUrl = `chrome-extension://${h.extensionId}/popup.html`;
    const known = new Set(h.context.pages());
    await within('opening the popup window', liveWorker().evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 380, height: 600 }), popupUrl));
    let popup: Page | undefined;
    await expect.poll(() => (popup = h.context.pages().find((p) => !known.has(p) && p.url().startsWith(popupUrl))), { timeout: 10_000 }).toBeTruthy();
    await expect.poll(() => popup!.getByLabel('First name').inputValue(), { timeout: 5000 }).toBe('Priya');
    await popup!.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => popup!.getByRole('status').innerText(), { timeout: 10_000 }).toMatch(/Inserted into your reply/);
    const popupResources = await within("reading the popup's resource timing", resources(popup!));

    const options = await h.context.newPage();
    const optionsErrors = trackErrors(options);
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Your name', { exact: true }).fill(renamed ? 'Robin Quistorp' : 'Robin Quist');
    await options.locator('.save-status', { hasText: /^Saved$/ }).waitFor({ timeout: 5000 });

    expect(outside(h.requests)).toEqual([]);
    expect(seen.filter((s) => outside([s.url]).length > 0)).toEqual([]);
    expect(seen.some((s) => s.url.split('#')[0] === thread.split('#')[0])).toBe(true);
    // The mail page's own timing also lists the favicon, which Chromium asks for by itself for any page.
    expect(outside(await within("reading the mail page's resource timing", resources(mail))).filter((url) => url !== new URL('/favicon.ico', thread).href)).toEqual([]);
    expect(outside(popupResources)).toEqual([]);
    expect(outside(await within("reading the options page's resource timing", resources(options)))).toEqual([]);
    expect(outside(await within("reading the service worker's resource timing", resources(liveWorker())))).toEqual([]);
    expect(mailErrors).toEqual([]);
    expect(optionsErrors).toEqual([]);
    await popup!.close();
    await options.close();
    await mail.close();
  });

  test('control: a request made by the service worker is seen, by the recorder and by its resource timing', async () => {
    const probe = 'https://dp-network-probe.invalid/ping';
    const sw = liveWorker();
    await within('the probe request', sw.evaluate((url) => fetch(url).then(() => 'ok', () => 'failed'), probe));
    await expect.poll(() => seen.find((s) => s.url === probe)?.from ?? null).toMatch(/^service worker chrome-extension:\/\//);
    expect(await within("reading the service worker's resource timing", resources(sw))).toContain(probe);
  });
});

// ── The build ─────────────────────────────────────────────────────────────────────────────────

function builtFiles(dir = EXTENSION_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [path];
  });
}

/**
 * Every absolute URL a built file may contain, and why it is no request and no remote code. A new URL fails the test
 * on purpose: look at it, then list it here with the reason, or remove it from the code.
 */
const KNOWN_URLS: Record<string, string | { pattern: RegExp; why: string }> = {
  'http://www.w3.org/2000/svg': 'XML namespace (Preact creates SVG elements)',
  'http://www.w3.org/1999/xhtml': 'XML namespace (Preact)',
  'http://www.w3.org/1998/Math/MathML': 'XML namespace (Preact)',
  'https://mail.google.com/*': 'content script match pattern (the manifest and the bundled script definition)',
  'https://outlook.live.com/*': 'content script match pattern',
  'https://outlook.office.com/*': 'content script match pattern',
  'https://outlook.office365.com/*': 'content script match pattern',
  'https://outlook.cloud.microsoft/*': 'content script match pattern (Microsoft 365 work and school accounts)',
  'https://accounts.google.com/SignOutOptions': 'a CSS selector prefix: Gmail’s account button links there (core/read/gmail.ts)',
  'https://${t}': 'keepInTouchProblem() parses the user’s "www." address with new URL() to validate it; nothing is fetched',
  linkedinPlaceholder: {
    pattern: /^https:\/\/www\.linkedin\.com\/in\/[\p{Ll}-]+$/u,
    why: 'the example address in the options page’s placeholder and help text ("your-name", "ihr-name", … per locale)',
  },
  'https://github.com/wxt-dev/wxt/issues/371': 'text of an error WXT throws when `browser` is missing',
  'https://wxt.dev/guide/go-further/testing.html': 'text of the same WXT error',
};

const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\,;]*/g;

describe('the built extension', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  test('asks for the storage permission only, and no host access beyond its content script', () => {
    expect(manifest.permissions).toEqual(['storage']);
    for (const key of ['optional_permissions', 'host_permissions', 'optional_host_permissions', 'externally_connectable', 'content_security_policy', 'update_url']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
  });

  test('exposes only the content script second stage, and only to the five mail hosts', () => {
    const exposed = manifest.web_accessible_resources as { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
    expect(exposed).toHaveLength(1);
    expect(exposed[0]!.resources).toEqual(['mail-ui.js', 'chunks/ui.js']);
    expect([...exposed[0]!.matches].sort()).toEqual([...MAIL_MATCHES].sort());
    // Everything the second stage imports, transitively, is one of those files: loading it brings nothing else
    // (no polyfill, no letter engine) into the mail tab, and nothing it needs is left unreachable.
    const loaded = builtModuleGraph(EXTENSION_DIR, 'mail-ui.js');
    expect(loaded.filter((f) => !exposed[0]!.resources.includes(f))).toEqual([]);
    expect(loaded).toHaveLength(2);
  });
  test('runs its one content script on the five mail hosts only, from a packaged file', () => {
    const scripts = manifest.content_scripts as { matches: string[]; js: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
    expect(scripts).toHaveLength(1);
    expect([...scripts[0]!.matches].sort()).toEqual([...MAIL_MATCHES].sort());
    for (const js of scripts[0]!.js) expect(statSync(join(EXTENSION_DIR, js)).isFile()).toBe(true);
    expect((manifest.background as { service_worker: string }).service_worker).toBe('background.js');
  });

  test('names no remote URL except the known, harmless ones', () => {
    const found = new Map<string, Set<string>>();
    for (const file of builtFiles()) {
      if (!/\.(?:js|mjs|html|css|json)$/.test(file)) continue;
      for (const url of readFileSync(file, 'utf8').match(URL_PATTERN) ?? []) {
        const bare = url.replace(/[.:]+$/, '');
        if (!found.has(bare)) found.set(bare, new Set());
        found.get(bare)!.add(relative(EXTENSION_DIR, file));
      }
    }
    const known = (url: string) =>
      Object.entries(KNOWN_URLS).some(([key, entry]) => (typeof entry === 'string' ? key === url : entry.pattern.test(url)));
    const unknown = [...found].filter(([url]) => !known(url)).map(([url, files]) => `${url} (in ${[...files].join(', ')})`);
    expect(unknown).toEqual([]);
    // The scan really reads the build: the match patterns are in the manifest and the content script.
    expect([...(found.get('https://mail.google.com/*') ?? [])].sort()).toEqual(['content-scripts/mail.js', 'manifest.json']);
  });

  test('loads every script and style from the package: no remote src/href, no CSS imports or remote url()', () => {
    for (const file of builtFiles().filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const refs = [...html.matchAll(/\s(?:src|href)=["']?([^"'\s>]*)/g)].map((m) => m[1]!);
      expect(refs.length, file).toBeGreaterThan(0);
      // A path inside the package: no scheme ("https:", "data:", "javascript:") and not protocol-relative ("//host").
      for (const ref of refs) expect(ref, file).toMatch(/^(?![a-z][a-z\d+.-]*:)(?!\/\/)\S+$/i);
    }
    for (const file of builtFiles().filter((f) => f.endsWith('.css'))) {
      const css = readFileSync(file, 'utf8');
      expect(css, file).not.toMatch(/@import/);
      for (const [, target] of css.matchAll(/url\(\s*['"]?([^'")]*)/g)) expect(target, file).toMatch(/^(?:data:|#|\/(?!\/)|\.)/);
    }
  });

  test('uses no network API in any script, except Vite’s module-preload polyfill (which fetches the page’s own <link rel=modulepreload>) and reading a file of the package (runtime.getURL)', () => {
    const uses = builtFiles()
      .filter((f) => /\.m?js$/.test(f))
      .flatMap((file) => networkUses(readFileSync(file, 'utf8')).map((use) => `${relative(EXTENSION_DIR, file)}: ${use}`));
    expect(uses).toEqual([]);
  });
});
