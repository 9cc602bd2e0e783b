/**
 * The decline keyboard command in Debian's Firefox ESR with the built add-on. A key press in headless Firefox does
 * not reach the browser's command dispatch, so the test calls the handler the `commands.onCommand` listener calls
 * (the background page puts it on its global), from an extension page through `runtime.getBackgroundPage()`,
 * with the tab the shortcut would be pressed in; and checks the manifest declares the command and its key.
 */
import type { Page } from 'puppeteer-core';
import { LAYOUTS, renameClasses } from '../support/rename-classes';
import { readFixture } from '../support/shared';
import { builtManifest, getByRole, launch, type FirefoxHarness } from './harness';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const OUTLOOK = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATY3ZmYAZS05MWU1LWQ2NAAtMDACLTAwCgAQAHf3yQdGnkxGuyd5xMqzmqA%3D';
/** The same pages with every class name renamed, as after a redesign (tests/support/rename-classes.ts). */
const GMAIL_THREAD_RENAMED = 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const OUTLOOK_RENAMED = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATY3ZmYAZS05MWU1LWQ2NAAtMDACLTAwCgAQAHf3yQdGnkxGuyd5xMqzmqB%3D';
const gmailThread = (renamed: boolean) => (renamed ? GMAIL_THREAD_RENAMED : GMAIL_THREAD);
const outlookThread = (renamed: boolean) => (renamed ? OUTLOOK_RENAMED : OUTLOOK);
const GMAIL_EDITOR = '[g_editable="true"][contenteditable="true"]';
const OUTLOOK_EDITOR = '[contenteditable="true"][aria-label^="Message body"]';

let h: FirefoxHarness;
/** An extension page, from which the background and the tabs are reached. */
let ext: Page | undefined;

beforeAll(async () => {
  h = await launch();
  h.serve(GMAIL_THREAD, readFixture('gmail-thread-inline-reply.html'));
  h.serve(OUTLOOK, readFixture('outlook-reading-pane-reply.html'));
  h.serve(GMAIL_THREAD_RENAMED, renameClasses(readFixture('gmail-thread-inline-reply.html')));
  h.serve(OUTLOOK_RENAMED, renameClasses(readFixture('outlook-reading-pane-reply.html')));
  // WebDriver BiDi may not navigate a tab to a moz-extension:// page; the button's "Open options" opens one.
  const { page } = await h.open(GMAIL_THREAD);
  await (await getByRole(page, 'button', 'More decline options')).click();
  await (await getByRole(page, 'menuitem', 'Open options')).click();
  for (const until = Date.now() + 10_000; !ext && Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    for (const p of await h.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${h.extensionOrigin}/options.html`)) ext = p;
    }
  }
  if (!ext) throw new Error('the options page did not open');
  await page.close();
});

afterAll(async () => {
  await h?.close();
});

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
  runtime: { getBackgroundPage(): Promise<{ declinePolitelyCommand(c: string, tabId?: number): Promise<string> }> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  extension: { getViews(): Window[] };
  windows: { getAll(): Promise<{ type?: string }[]> };
};

/** The id of the tab whose content script reads a thread on `host`. */
function tabIdOf(host: 'gmail' | 'outlook'): Promise<number | null> {
  return ext!.evaluate(async (host) => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const read = (await browser.tabs.sendMessage(tab.id, { type: 'dp:read-thread' }).catch(() => null)) as { host?: string } | null;
      if (read?.host === host) return tab.id;
    }
    return null;
  }, host);
}

/** What the decline shortcut runs, pressed in tab `tabId`. */
function pressShortcutIn(tabId: number | undefined): Promise<string> {
  return ext!.evaluate(async (id) => (await browser.runtime.getBackgroundPage()).declinePolitelyCommand('decline', id ?? undefined), tabId ?? null);
}

test('the manifest declares the decline command with Alt+Shift+D, and Firefox registered it', async () => {
  const commands = builtManifest().commands as Record<string, { suggested_key?: { default?: string } }> | undefined;
  expect(commands?.decline?.suggested_key?.default).toBe('Alt+Shift+D');
  const registered = await ext!.evaluate(() => browser.commands.getAll());
  expect(registered.find((c) => c.name === 'decline')?.shortcut).toBe('Alt+Shift+D');
});

describe.each(LAYOUTS)('the command inserting (%s)', (_layout, renamed) => {
  test('in a focused Gmail reply on a recruiter thread it inserts the default letter, announced in the live region', async () => {
    const { page, errors } = await h.open(gmailThread(renamed));
    await getByRole(page, 'button', 'Decline politely');
    await page.focus(GMAIL_EDITOR);
    const tabId = await tabIdOf('gmail');
    expect(tabId).not.toBeNull();
    await expect(pressShortcutIn(tabId!)).resolves.toBe('inserted');
    await expect.poll(() => page.$eval(GMAIL_EDITOR, (el) => (el as HTMLElement).innerText)).toContain('Hi Priya,');
    const status = await getByRole(page, 'status');
    await expect.poll(() => status.evaluate((el) => el.textContent)).toContain('Letter inserted');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('in a focused Outlook reply it inserts too', async () => {
    const { page } = await h.open(outlookThread(renamed));
    await getByRole(page, 'button', 'Decline politely');
    await page.focus(OUTLOOK_EDITOR);
    await expect(pressShortcutIn((await tabIdOf('outlook'))!)).resolves.toBe('inserted');
    await expect.poll(() => page.$eval(OUTLOOK_EDITOR, (el) => (el as HTMLElement).innerText)).toMatch(/^Hi Jane,/);
    await page.close();
  });
});

test('with no reply focused it opens the popup, which reads the thread', async () => {
  const { page } = await h.open(GMAIL_THREAD);
  await getByRole(page, 'button', 'Decline politely');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const before = await page.$eval(GMAIL_EDITOR, (el) => (el as HTMLElement).innerText);
  // The popup page, toolbar popup or window, found among the extension's views: the company it read from the thread.
  const popupCompanies = () =>
    ext!.evaluate(() =>
      browser.extension
        .getViews()
        .filter((view) => view.location.pathname === '/popup.html')
        .map((view) => ([...view.document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Company')?.control as HTMLInputElement | null | undefined)?.value ?? ''),
    );
  expect(await popupCompanies()).toEqual([]);
  const result = await pressShortcutIn((await tabIdOf('gmail'))!);
  // Firefox shows the toolbar popup from the command; where it cannot, the same page opens in a window.
  expect(['popup', 'window']).toContain(result);
  await expect.poll(popupCompanies, { timeout: 10_000 }).toEqual(['Northwind Labs']);
  expect(await page.$eval(GMAIL_EDITOR, (el) => (el as HTMLElement).innerText)).toBe(before);
  // Pressed again while it is open, the same popup stays, and no window opens beside it.
  const popupWindows = () => ext!.evaluate(async () => (await browser.windows.getAll()).filter((w) => w.type === 'popup').length);
  const windowsBefore = await popupWindows();
  expect(windowsBefore).toBe(result === 'window' ? 1 : 0);
  await expect(pressShortcutIn((await tabIdOf('gmail'))!)).resolves.toBe(result);
  expect(await popupWindows()).toBe(windowsBefore);
  expect(await popupCompanies()).toEqual(['Northwind Labs']);
  await page.close();
});

describe.each(LAYOUTS)('Tab order next to Send (Firefox, %s)', (_layout, renamed) => {
  /** The focused element's label, through our open shadow root. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
    });

  test.each([
    ['Gmail', gmailThread(renamed), '[aria-label^="Send"]'],
    ['Outlook', outlookThread(renamed), 'button[aria-label="Send"]'],
  ])('%s: one Tab from Send reaches the button, then its caret, then More send options; Shift+Tab walks back', async (_site, url, send) => {
    const { page } = await h.open(url);
    await getByRole(page, 'button', 'Decline politely');
    await page.focus(send);
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order).toEqual(['Decline politely', 'More decline options', 'More send options']);
    const back: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      back.push(await focused(page));
    }
    expect(back[0]).toBe('More decline options');
    expect(back[1]).toBe('Decline politely');
    expect(back[2]).toMatch(/^Send/);
    await page.close();
  });
});
