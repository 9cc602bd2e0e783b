/**
 * The toolbar popup against a Gmail thread in real Chromium: it reads the thread through the content script,
 * shows what it read as fields, and inserts the letter (with the reason the user picked) into the open reply.
 *
 * Headless Chromium has no toolbar to click, so the popup page is opened the two ways a user can also reach it
 * outside the toolbar: in a small popup-type window (as `windows.create` opens it) and as a tab beside the
 * thread. In both, the popup finds the thread tab through its normal fallback logic (entrypoints/popup/choose-tab.ts);
 * there is no test-only code path. Every case runs twice: on the page as served, and with every class name on it
 * renamed (tests/support/rename-classes.ts), as after a Gmail redesign. On the renamed page the popup's page check
 * must still find every part.
 */
import type { Page, Worker } from 'playwright-core';
import { LAYOUTS } from '../support/rename-classes';
import { readFixture } from '../support/shared';
import { launch, openPopupWindow, trackErrors, type Harness } from './harness';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREAD_URL = `${GMAIL}#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd`;
const EDITOR = '[g_editable="true"][role="textbox"]';

declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number; windowId: number; url?: string }[]>;
    create(o: { url: string; windowId: number; active: boolean }): Promise<unknown>;
  };
};

describe.each(LAYOUTS)('%s', (_layout, renamed) => {
  let h: Harness;
  let worker: Worker;

  beforeAll(async () => {
    h = await launch({ renameClasses: renamed });
    h.serve(GMAIL, readFixture('gmail-thread-inline-reply.html'));
    worker = h.worker!;
  });

  afterAll(async () => {
    await h?.close();
  });

  async function openThread(): Promise<{ page: Page; errors: string[] }> {
    const page = await h.context.newPage();
    const errors = trackErrors(page, { ownWarnings: true });
    await page.goto(THREAD_URL);
    // The content script is ready once it has put its button into the reply's toolbar.
    await page.getByRole('button', { name: 'Decline politely' }).first().waitFor({ timeout: 10_000 });
    await page.bringToFront();
    return { page, errors };
  }

  /**
   * Opens the popup page from the extension itself and waits for it: in a popup window, as the toolbar button does
   * (harness), or as a tab beside the thread, where the popup is itself the active tab.
   */
  async function openPopup(how: 'popup-window' | 'tab-beside-thread'): Promise<Page> {
    if (how === 'popup-window') return openPopupWindow(h);
    const url = `chrome-extension://${h.extensionId}/popup.html`;
    const known = new Set(h.context.pages());
    await worker.evaluate(async (url) => {
      // The thread was brought to front just before: it is the active tab of the focused window.
      const [thread] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!thread) throw new Error('no active tab in the focused window');
      await chrome.tabs.create({ url, windowId: thread.windowId, active: true });
    }, url);
    let popup: Page | undefined;
    await expect
      .poll(() => (popup = h.context.pages().find((p) => !known.has(p) && p.url().startsWith(url))), { timeout: 10_000 })
      .toBeTruthy();
    await popup!.getByLabel('Reason').waitFor();
    return popup!;
  }

  describe('the popup on a Gmail thread', () => {
    test('shows what it read, and inserts the letter with the chosen reason into the open reply', async () => {
      const { page: thread, errors } = await openThread();
      const before = await thread.locator(EDITOR).innerText();
      expect(before).toContain('Alex Morgan'); // the user's signature, which the letter must go above

      const popup = await openPopup('popup-window');
      const popupErrors = trackErrors(popup);

      // Interactive at once: the popup marks when its form is in the page (defaults first, the thread after).
      const readyAt = await popup.evaluate(() => performance.getEntriesByName('dp:interactive')[0]?.startTime ?? -1);
      console.warn(`[popup e2e] form interactive ${readyAt.toFixed(0)} ms after navigation start`);
      expect(readyAt).toBeGreaterThan(0);
      expect(readyAt).toBeLessThan(1000); // generous for a loaded 2-core CI machine; the budget is 150 ms

      await expect.poll(() => popup.getByLabel('First name').inputValue(), { timeout: 5000 }).toBe('Priya');
      expect(await popup.getByLabel('Full name').inputValue()).toBe('Priya Raman');
      expect(await popup.getByLabel('Role').inputValue()).toBe('Senior Frontend Engineer');
      expect(await popup.getByLabel('Company').inputValue()).toBe('Northwind Labs');
      expect(await popup.getByRole('radio', { name: 'Offer' }).isChecked()).toBe(true);
      expect(await popup.getByText('Gmail', { exact: true }).count()).toBe(1);
      // The page check, folded, finds every part of the page.
      await popup.getByText('Page check').click();
      expect(await popup.locator('.dp-check li').allInnerTexts()).toEqual([
        'Conversation: found',
        'Sender: found',
        'Message text: found',
        'Reply editor: found',
        'Reply toolbar: found',
      ]);

      const preview = popup.getByRole('region', { name: 'Letter preview' });
      expect(await preview.innerText()).toMatch(/^(?:Hi|Hello) Priya,/);
      await popup.getByLabel('Reason').selectOption({ label: 'Location, remote or relocation' });
      await expect.poll(() => preview.innerText()).toMatch(/location and working (?:arrangements|setup)/);
      const letter = await preview.innerText();

      const insert = popup.getByRole('button', { name: 'Insert into reply' });
      expect(await insert.isEnabled()).toBe(true);
      await insert.click();
      await expect.poll(() => popup.getByRole('status').innerText(), { timeout: 10_000 }).toMatch(/Inserted into your reply/);

      const after = await thread.locator(EDITOR).innerText();
      expect(after).toContain('Hi Priya,');
      expect(after).toMatch(/location and working (?:arrangements|setup)/);
      expect(after).toContain('the Senior Frontend Engineer role at Northwind Labs');
      // The letter sits above the user's signature and the quoted history, which are still there.
      expect(after.search(/location and working (?:arrangements|setup)/)).toBeLessThan(after.indexOf('Frontend Engineer · Portland'));
      expect(after).toContain('Please let me know your decision by Friday');
      expect(normalise(after)).toContain(normalise(letter.split('\n').slice(0, 3).join('\n')));

      expect(errors).toEqual([]);
      expect(popupErrors).toEqual([]);
      await popup.close();
      await thread.close();
    });

    test('opened as a tab beside the thread, it works on the tab the user came from', async () => {
      const { page: thread } = await openThread();
      const popup = await openPopup('tab-beside-thread');
      // The popup is now the active tab of the thread's window: the thread is found as the tab used just before.
      const active = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url);
      expect(active).toBe(`chrome-extension://${h.extensionId}/popup.html`);
      await expect.poll(() => popup.getByLabel('Company').inputValue(), { timeout: 5000 }).toBe('Northwind Labs');
      expect(await popup.getByRole('button', { name: 'Insert into reply' }).isEnabled()).toBe(true);
      await popup.close();
      await thread.close();
    });

    test('without a mail tab: empty fields, Insert disabled with a one-line reason, Copy still works', async () => {
      h.serve('https://example.com/', '<!doctype html><title>Elsewhere</title><p>Not mail</p>');
      const other = await h.context.newPage();
      await other.goto('https://example.com/');
      await other.bringToFront();
      const popup = await openPopup('popup-window');
      await expect.poll(() => popup.getByText('To insert, open the email in Gmail or Outlook.').count(), { timeout: 5000 }).toBe(1);
      expect(await popup.getByRole('button', { name: 'Insert into reply' }).isDisabled()).toBe(true);
      expect(await popup.getByLabel('First name').inputValue()).toBe('');
      await popup.getByRole('button', { name: 'Copy letter' }).click();
      await expect.poll(() => popup.getByRole('status').innerText()).toMatch(/Copied/);
      // What landed on the clipboard: paste it (a real Ctrl+V) into a text field on the other page.
      await other.bringToFront();
      await other.evaluate(() => document.body.append(document.createElement('textarea')));
      await other.locator('textarea').focus();
      await other.keyboard.press('Control+V');
      const pasted = await other.locator('textarea').inputValue();
      expect(pasted).toMatch(/^(?:Hello|Hi there),\n\n(?:Thank you so much for reaching out|Thanks for getting in touch)/);
      await popup.close();
      await other.close();
    });
  });
});

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

describe('when the browser gives the extension page no messages', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch();
    h.serve(GMAIL, readFixture('gmail-thread-inline-reply.html'));
    // As seen now and then in Chromium: every `i18n.getMessage` in the extension's pages answers ''.
    await h.context.addInitScript(() => {
      const g = globalThis as unknown as { chrome?: { i18n?: { getMessage: () => string } }; browser?: { i18n?: { getMessage: () => string } } };
      if (!location.href.startsWith('chrome-extension://')) return;
      for (const i18n of [g.chrome?.i18n, g.browser?.i18n]) if (i18n) i18n.getMessage = () => '';
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  test('the popup and the options page read the extension’s own catalogue: every label is there', async () => {
    const page = await h.context.newPage();
    await page.goto(THREAD_URL);
    await page.getByRole('button', { name: 'Decline politely' }).first().waitFor({ timeout: 10_000 });
    await page.bringToFront();
    const popup = await openPopupWindow(h);
    expect(await popup.title()).toBe('Decline Politely');
    await expect.poll(() => popup.getByLabel('Company').inputValue(), { timeout: 5000 }).toBe('Northwind Labs');
    await expect(popup.getByRole('button', { name: /^Insert/ }).count()).resolves.toBeGreaterThan(0);
    // The page really had no messages from the browser: the catalogue came from the fallback.
    expect(await popup.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage('extName'))).toBe('');
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.title()).toBe('Decline Politely — Options');
    await options.getByLabel('Your name', { exact: true }).waitFor();
    await popup.close();
    await options.close();
    await page.close();
  });
});
