/**
 * End-to-end harness: Debian's Chromium driven by playwright-core, with the built extension loaded and
 * fixture pages served at the real mail URLs through context.route (DESIGN.md "Testing against the real page").
 * Every request the page or the extension makes is recorded; anything not served by a fixture is aborted.
 */
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  /** Serve `html` at `url` (exact URL, hash ignored) for this context. */
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
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
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      await route.abort('blockedbyclient');
    }
  });

  let extensionId = '';
  if (withExtension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(worker.url()).host;
    // On install the extension opens its options page once to welcome the user. Close that tab so it
    // cannot take focus from, or navigate, a page a test opens.
    const welcome = `chrome-extension://${extensionId}/options.html`;
    const isWelcome = (p: Page) => p.url().startsWith(welcome);
    const page = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 5000 }).catch(() => null));
    await page?.close();
  }

  return {
    context,
    requests,
    extensionId,
    serve(url, html) {
      pages.set(url.split('#')[0]!, html);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Collect page errors and console errors, so tests can assert that nothing went wrong on the host page. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
