/**
 * End-to-end harness: Debian's Chromium driven by playwright-core, with the built extension loaded and
 * fixture pages served at the real mail URLs through context.route (DESIGN.md "Testing against the real page").
 * Every request the page or the extension makes is recorded; anything not served by a fixture is aborted.
 */
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DECISION_ATTRIBUTE } from '../../entrypoints/mail.content/decision';
import { renameClasses } from '../support/rename-classes';
import { PROJECT_ROOT } from '../support/shared';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(PROJECT_ROOT, '.output', 'chrome-mv3');

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The end-to-end tests need Debian's Chromium: ` +
        `run "apt-get update && apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    );
  }
}

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Harness {
  context: BrowserContext;
  /** Every request seen, by URL, page or extension. */
  requests: string[];
  /** The loaded extension's id (empty when launched without it). */
  extensionId: string;
  /** The extension's service worker (null when launched without it), for chrome.* calls from tests. */
  worker: Worker | null;
  /** The options tab the extension opened on install, when launched with `keepWelcome`. */
  welcome: Page | null;
  /** Serve `html` at `url` (exact URL, hash ignored) for this context. */
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
  /** Keep the options tab the extension opens on install (default: it is closed). */
  keepWelcome?: boolean;
  /**
   * Serve every page with each class name renamed (tests/support/rename-classes.ts), as after a mail-site redesign:
   * attributes, roles, labels, ids and structure unchanged.
   */
  renameClasses?: boolean;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  assertChromium();
  const withExtension = options.extension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'dp-e2e-'));
  const args = [...FLAGS];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
  });

  const pages = new Map<string, string>();
  const requests: string[] = [];
  const record = (req: Request) => requests.push(req.url());
  context.on('request', record);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own pages and scripts load from the build, never from the network.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const key = url.split('#')[0]!;
    const html = pages.get(key);
    if (html !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: options.renameClasses ? renameClasses(html) : html });
    } else {
      await route.abort('blockedbyclient');
    }
  });

  let extensionId = '';
  let worker: Worker | null = null;
  let welcome: Page | null = null;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
    // On install the extension opens its options page once to welcome the user. Wait for it, so that it cannot
    // later take focus from, or navigate, a page a test opens; then close it unless the test wants it.
    const url = `chrome-extension://${extensionId}/options.html`;
    const isWelcome = (p: Page) => p.url().startsWith(url);
    // A new tab reports about:blank before it navigates, so poll the open pages rather than wait for an event.
    for (const deadline = Date.now() + 5000; !welcome && Date.now() < deadline; ) {
      welcome = context.pages().find(isWelcome) ?? null;
      if (!welcome) await new Promise((r) => setTimeout(r, 50));
    }
    if (welcome && !options.keepWelcome) {
      await welcome.close();
      welcome = null;
    }
  }

  return {
    context,
    requests,
    extensionId,
    worker,
    welcome,
    serve(url, html) {
      pages.set(url.split('#')[0]!, html);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The content script's decision for each reply editor on the page, in document order: the
 * `data-decline-politely-decision` attribute it sets on the editor's container (entrypoints/mail.content/decision.ts).
 * A negative check waits on this (`await expect.poll(() => decisions(page)).toEqual(['not-recruiter'])`), then asserts
 * the absence: the decision proves the script ran on that editor and chose, which a fixed wait never does.
 */
export function decisions(page: Page): Promise<string[]> {
  return page.evaluate((attr) => Array.from(document.querySelectorAll(`[${attr}]`), (el) => el.getAttribute(attr) ?? ''), DECISION_ATTRIBUTE);
}

/** The decision on the container of the editor matched by `editorSelector` (null: none made, or no such editor). */
export function decisionFor(page: Page, editorSelector: string): Promise<string | null> {
  return page.evaluate(
    ([sel, attr]) => document.querySelector(sel)?.closest(`[${attr}]`)?.getAttribute(attr) ?? null,
    [editorSelector, DECISION_ATTRIBUTE] as const,
  );
}

/** What the extension writes to the console when one of its steps failed and it carried on (core/safely.ts). */
export const OWN_WARNING = '[decline-politely]';

/**
 * Collect page errors and console errors, so tests can assert that nothing went wrong on the host page. With
 * `ownWarnings`, also the extension's own warnings (OWN_WARNING: a step of the content script failed and was
 * skipped), from any world of the page, the content script's included.
 */
export function trackErrors(page: Page, options: { ownWarnings?: boolean } = {}): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    else if (options.ownWarnings && m.type() === 'warning' && m.text().startsWith(OWN_WARNING)) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** A new tab on a mail page, with its page errors and the content script's own warnings recorded (trackErrors). */
export async function openMailPage(h: Harness, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await h.context.newPage();
  const errors = trackErrors(page, { ownWarnings: true });
  await page.goto(url);
  return { page, errors };
}

/**
 * Runs `expression` in the content script's own (isolated) world of `page`, through the DevTools protocol: for
 * controls that show a recorder hears that world too.
 */
export async function evaluateInContentScript(h: Harness, page: Page, expression: string): Promise<void> {
  const cdp = await h.context.newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context as (typeof worlds)[number]));
    // Enabling reports every world that already exists.
    await cdp.send('Runtime.enable');
    const own = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin === `chrome-extension://${h.extensionId}`);
    if (!own) throw new Error(`no content script world in ${page.url()} (worlds: ${worlds.map((w) => w.origin).join(', ')})`);
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: own.id });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
  } finally {
    await cdp.detach();
  }
}

/**
 * Opens popup.html the way the toolbar button does, in a small popup-type window; like the real popup, it then
 * works on the active tab of the last focused normal window. Resolves once its form is ready.
 */
export async function openPopupWindow(h: Harness): Promise<Page> {
  if (!h.worker) throw new Error('openPopupWindow needs the extension loaded');
  const url = `chrome-extension://${h.extensionId}/popup.html`;
  const known = new Set(h.context.pages());
  await h.worker.evaluate(
    (url) => (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome.windows.create({ url, type: 'popup', width: 380, height: 600 }),
    url,
  );
  let popup: Page | undefined;
  for (const deadline = Date.now() + 10_000; !popup && Date.now() < deadline; ) {
    popup = h.context.pages().find((p) => !known.has(p) && p.url().startsWith(url));
    if (!popup) await new Promise((r) => setTimeout(r, 50));
  }
  if (!popup) throw new Error('the popup window did not open');
  await waitForPopupForm(popup);
  return popup;
}

/**
 * What a popup page shows, for a failure's message: its address, loading state, title, text, the files it loaded,
 * and whether the browser gave it its messages.
 */
export const POPUP_STATE = `({ href: location.href, readyState: document.readyState, title: document.title, text: (document.body?.innerText ?? '').slice(0, 200), loaded: performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()), browserMessages: !!globalThis.chrome?.i18n?.getMessage('extName') })`;

/** Waits for a popup page's form (its Reason field); when it does not come, fails saying what the page shows. */
export async function waitForPopupForm(popup: Page): Promise<void> {
  await popup
    .getByLabel('Reason')
    .waitFor({ timeout: 20_000 })
    .catch(async (error: unknown) => {
      const state = await Promise.race([popup.evaluate(POPUP_STATE), new Promise((r) => setTimeout(() => r('its page does not answer'), 3000))]).catch(String);
      throw new Error(`The popup showed no form (${String(error).split('\n')[0]}); it shows: ${JSON.stringify(state)}`);
    });
}

