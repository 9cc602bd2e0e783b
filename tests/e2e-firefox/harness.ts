/**
 * Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the built
 * Firefox add-on (.output/firefox-mv2) installed as a temporary extension (BiDi `webExtension.install`), and fixture
 * pages served at the real mail URLs by request interception (DESIGN.md "Testing against the real page"; the
 * Chromium harness in tests/e2e/harness.ts does the same with playwright-core, which cannot drive stock Firefox).
 *
 * Interception answers a request before it reaches the network, so https://mail.google.com/... needs no
 * certificate and no DNS. Every request a test page makes is recorded; anything not served by a fixture is aborted.
 * Requests that BiDi interception does not see (those made with the add-on's own privileges: its background page's,
 * or a content script's to the hosts it may access) go to Firefox's proxy, which is a trap on the loopback
 * interface: it records what was asked for and refuses it, so nothing leaves the machine and a test can assert
 * that nothing tried.
 */
import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { DECISION_ATTRIBUTE } from '../../entrypoints/mail.content/decision';
import { renameClasses } from '../support/rename-classes';
import { PROJECT_ROOT } from '../support/shared';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// FIREFOX_EXTENSION_DIR: try another build (e.g. .output/firefox-mv3 from `wxt build -b firefox --mv3`).
export const EXTENSION_DIR = resolve(PROJECT_ROOT, process.env.FIREFOX_EXTENSION_DIR ?? join('.output', 'firefox-mv2'));

export function assertFirefox(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}. The Firefox end-to-end tests need Debian's Firefox ESR: ` +
        `run "apt-get update && apt-get install -y firefox-esr" (or set FIREFOX_PATH).`,
    );
  }
}

/** The built add-on's manifest (throws with the command to run when there is no build). */
export function builtManifest(): Record<string, unknown> {
  const file = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No built Firefox add-on at ${EXTENSION_DIR}: run "npm run build:firefox" first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The moz-extension:// host Firefox gives the add-on in these tests (fixed through a pref, see below). */
export const EXTENSION_UUID = 'd3c11e00-9011-7e1e-a5e0-0000000000e2';

// Added to puppeteer's own Firefox test prefs (which already keep updates, telemetry and the like off the network).
const prefs = (proxyPort: number, addonId: string): Record<string, unknown> => ({
  // Firefox picks the add-on's moz-extension:// UUID from this map, so tests know its pages' URLs in advance.
  'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
  // Anything that is not intercepted goes to the trap proxy on this machine instead of the network.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': proxyPort,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': proxyPort,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'network.proxy.socks_remote_dns': true,
  // Remote settings (blocklists, certificate data, ...): Firefox release builds ignore puppeteer's dummy server
  // unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set below); a data: URL then fails at once, without a connection.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'intl.accept_languages': 'en-US, en',
  'intl.locale.requested': 'en-US',
  // Animations off: nothing in a test waits for a transition.
  'ui.prefersReducedMotion': 1,
});

/** A proxy that answers every request with 403 and records its first line ("CONNECT host:443 HTTP/1.1", ...). */
async function startTrapProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk) => {
      seen.push(chunk.toString('latin1').split('\r\n', 1)[0]!);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

export interface FirefoxHarness {
  browser: Browser;
  /** The add-on's id, as Firefox reports it after the install (the manifest's gecko id). */
  extensionId: string;
  /** moz-extension://<uuid> of the installed add-on. */
  extensionOrigin: string;
  /** Whether the add-on opened its welcome (options) page on install, as it should. */
  welcomed: boolean;
  /** Every request seen by a page opened with open(), by URL. */
  requests: string[];
  /** Every request that reached the network layer instead (first line of what was sent to the trap proxy). */
  leaked: string[];
  /** Serve `html` at `url` (exact URL, hash ignored) to pages opened with open(). */
  serve(url: string, html: string): void;
  /** A new tab, navigated to `url`, with its errors collected. */
  open(url: string): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /**
   * Serve every page with each class name renamed (tests/support/rename-classes.ts), as after a mail-site redesign:
   * attributes, roles, labels, ids and structure unchanged (the Chromium harness's option of the same name).
   */
  renameClasses?: boolean;
}

export async function launch(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  assertFirefox();
  const manifest = builtManifest();
  const addonId = (manifest.browser_specific_settings as { gecko?: { id?: string } } | undefined)?.gecko?.id;
  if (!addonId) throw new Error('The Firefox build has no browser_specific_settings.gecko.id.');
  const proxy = await startTrapProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: prefs(proxy.port, addonId),
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    timeout: 30_000,
    protocolTimeout: 30_000,
  });
  try {
    const [first] = await browser.pages();
    if (!first) throw new Error('Firefox started without a tab.');
    const extensionId = await browser.installExtension(EXTENSION_DIR);
    const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
    // On install the background opens the options page once, to welcome the user; Firefox puts it in the blank tab
    // that is already open. Wait for it, so it cannot take over a tab a test opens later, then close it (after
    // opening another tab, so the window stays) as a user would: a test that asks for the options page must see a
    // tab of its own. BiDi does not report navigations to moz-extension:// pages, so ask the tab itself.
    const welcomed = await waitForUrl(first, `${extensionOrigin}/options.html`, 10_000);
    await browser.newPage();
    await first.close();

    const pages = new Map<string, string>();
    const requests: string[] = [];
    return {
      browser,
      extensionId,
      extensionOrigin,
      welcomed,
      requests,
      leaked: proxy.seen,
      serve(url, html) {
        pages.set(url.split('#')[0]!, options.renameClasses ? renameClasses(html) : html);
      },
      async open(url) {
        const page = await browser.newPage();
        const errors = trackErrors(page);
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (request.isInterceptResolutionHandled()) return;
          const target = request.url();
          requests.push(target);
          const html = pages.get(target.split('#')[0]!);
          if (html !== undefined) {
            void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
          } else {
            void request.abort('blockedbyclient');
          }
        });
        await page.goto(url, { waitUntil: 'load' });
        return { page, errors };
      },
      async close() {
        await browser.close();
        await proxy.close();
      },
    };
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
}

async function waitForUrl(tab: Page, prefix: string, timeout: number): Promise<boolean> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const href = await tab.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(prefix)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** The URLs of all open tabs, as the tabs themselves report them (BiDi does not follow moz-extension:// loads). */
export async function tabUrls(browser: Browser): Promise<string[]> {
  const pages = await browser.pages();
  return Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => p.url())));
}

/**
 * The content script's decision on the container of the editor matched by `editorSelector` (the
 * `data-decline-politely-decision` attribute, entrypoints/mail.content/decision.ts); null when none was made yet.
 * A negative check waits for this before asserting an absence (tests/README.md, "Negative checks").
 */
export function decisionFor(page: Page, editorSelector: string): Promise<string | null> {
  return page.evaluate(
    (sel, attr) => document.querySelector(sel)?.closest(`[${attr}]`)?.getAttribute(attr) ?? null,
    editorSelector,
    DECISION_ATTRIBUTE,
  );
}

/** Collect page errors (the page's and the content script's) and console errors. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * Elements with this ARIA role and exact accessible name, as Firefox's accessibility engine computes them
 * (BiDi `browsingContext.locateNodes` with an accessibility locator), in the document and in every open shadow root.
 * Firefox's locator does not descend into shadow roots from the document, so each root is searched on its own.
 */
export async function getAllByRole(page: Page, role: string, name?: string): Promise<ElementHandle<Element>[]> {
  const query = name === undefined ? `::-p-aria([role="${role}"])` : `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;
  const roots = await page.evaluateHandle(() => {
    const found: (Document | ShadowRoot)[] = [document];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          found.push(el.shadowRoot);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return found;
  });
  try {
    const count = await roots.evaluate((list) => list.length);
    const out: ElementHandle<Element>[] = [];
    for (let i = 0; i < count; i++) {
      const root = await roots.evaluateHandle((list, index) => list[index]!, i);
      const matches = await root.$$(query);
      out.push(...(matches as ElementHandle<Element>[]));
      await root.dispose();
    }
    return out;
  } finally {
    await roots.dispose();
  }
}

/** The one element with this role and name; waits for it, and fails if there are several. */
export async function getByRole(page: Page, role: string, name?: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const until = Date.now() + timeout;
  for (;;) {
    const all = await getAllByRole(page, role, name);
    if (all.length === 1) return all[0]!;
    await Promise.all(all.map((h) => h.dispose()));
    if (all.length > 1) throw new Error(`${all.length} elements with role ${role} and name ${JSON.stringify(name)}; expected one.`);
    if (Date.now() > until) throw new Error(`No element with role ${role} and name ${JSON.stringify(name)} within ${timeout} ms.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Presses `key` with Control held (puppeteer's keyboard takes one key at a time). */
export async function pressWithControl(page: Page, key: KeyInput): Promise<void> {
  await page.keyboard.down('Control');
  try {
    await page.keyboard.press(key);
  } finally {
    await page.keyboard.up('Control');
  }
}
