/**
 * Keyboard first, in real Chromium with the built extension: the decline command, the button's place in the Tab
 * order right after Send (Gmail and Outlook), and its live region as the accessibility tree reports it.
 *
 * A key press in headless Chromium does not reach the browser's command dispatch, so the tests call the handler
 * the `commands.onCommand` listener calls (the background puts it on its global), and check the manifest
 * declares the command with its suggested key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { balancedBlock } from '../support/html';
import { LAYOUTS, renameClasses } from '../support/rename-classes';
import { readFixture } from '../support/shared';
import { decisionFor, EXTENSION_DIR, launch, POPUP_STATE, trackErrors, waitForPopupForm, type Harness } from './harness';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const GMAIL_PERSONAL = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwse';
const OUTLOOK = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2ZjQtMDACLTAwCgAQAMNBwqHRPH1Iq0ZnFZpQ6aY%3D';
/** The same Gmail and Outlook pages with every class name renamed, as after a redesign (issue 18). */
const GMAIL_THREAD_RENAMED = 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const OUTLOOK_RENAMED = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2ZjQtMDACLTAwCgAQAMNBwqHRPH1Iq0ZnFZpQ6aZ%3D';
const gmailThread = (renamed: boolean) => (renamed ? GMAIL_THREAD_RENAMED : GMAIL_THREAD);
const outlookThread = (renamed: boolean) => (renamed ? OUTLOOK_RENAMED : OUTLOOK);
const GMAIL_EDITOR = '[g_editable="true"][contenteditable="true"]';
const OUTLOOK_EDITOR = '[contenteditable="true"][aria-label^="Message body"]';
const BUTTON = { name: 'Decline politely', exact: true } as const;

type CommandResult = 'inserted' | 'popup' | 'window' | 'none';

let h: Harness;

/** A browser with the built extension, serving this file's pages. */
async function launchServing(): Promise<Harness> {
  const harness = await launch();
  const recruiter = readFixture('gmail-thread-inline-reply.html');
  harness.serve(GMAIL_THREAD, recruiter);
  // The personal thread with a reply open: its thread plus the recruiter fixture's inline reply block.
  const reply = balancedBlock(recruiter, recruiter.indexOf('<div class="ip adB">'));
  harness.serve(GMAIL_PERSONAL, readFixture('gmail-thread-non-recruiter.html').replace('</body>', `${reply}</body>`));
  harness.serve(OUTLOOK, readFixture('outlook-reading-pane-reply.html'));
  harness.serve(GMAIL_THREAD_RENAMED, renameClasses(recruiter));
  harness.serve(OUTLOOK_RENAMED, renameClasses(readFixture('outlook-reading-pane-reply.html')));
  return harness;
}

beforeAll(async () => {
  h = await launchServing();
});

afterAll(async () => {
  await h?.close();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await h.context.newPage();
  const errors = trackErrors(page);
  await page.goto(url);
  await page.bringToFront();
  return { page, errors };
}

/**
 * What the decline shortcut runs, called in the background as `commands.onCommand` calls it: with the tab the key
 * was pressed in when given (the browser passes it), else the background looks for the active tab itself.
 */
function pressShortcut(tabId?: number): Promise<CommandResult> {
  return h.worker!.evaluate(
    (tabId) => (globalThis as unknown as { declinePolitelyCommand(c: string, tab?: number): Promise<CommandResult> }).declinePolitelyCommand('decline', tabId ?? undefined),
    tabId ?? null,
  );
}

/** The id of the one tab that is not the extension's own page: the mail tab, as the browser would pass it. */
function mailTabId(): Promise<number> {
  return h.worker!.evaluate(async (base) => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs.query({});
    const others = tabs.filter((t) => !t.url?.startsWith(base));
    if (others.length !== 1 || others[0]!.id === undefined) throw new Error(`expected one tab besides the extension's, found ${others.length}`);
    return others[0]!.id;
  }, `chrome-extension://${h.extensionId}/`);
}

/** The element with focus, through our open shadow root: its accessible label or text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });
}

/** The live regions in Chromium's accessibility tree, with their text. */
async function liveRegions(page: Page): Promise<{ role: string; live: string; text: string }[]> {
  const cdp = await h.context.newCDPSession(page);
  try {
    type AXNode = { nodeId: string; role?: { value: string }; name?: { value: string }; ignored: boolean; childIds?: string[]; properties?: { name: string; value: { value: unknown } }[] };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const textOf = (n: AXNode): string =>
      n.role?.value === 'StaticText' ? (n.name?.value ?? '') : (n.childIds ?? []).map((id) => byId.get(id)).filter((c): c is AXNode => !!c).map(textOf).join('');
    return nodes
      .filter((n) => !n.ignored && n.role?.value === 'status')
      .map((n) => ({ role: n.role!.value, live: String(n.properties?.find((p) => p.name === 'live')?.value.value ?? ''), text: textOf(n) }));
  } finally {
    await cdp.detach();
  }
}

type TargetInfo = { targetId: string; type: string; url: string };


/** Evaluates `expression` (awaiting a promise) in the toolbar popup, which Playwright does not list as a page. */
async function evaluateInPopupTarget(page: Page, expression: string): Promise<unknown> {
  const cdp = await h.context.newCDPSession(page);
  try {
    let target: TargetInfo | undefined;
    for (const deadline = Date.now() + 10_000; !target && Date.now() < deadline; ) {
      const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as { targetInfos: TargetInfo[] };
      target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${h.extensionId}/popup.html`));
      if (!target) await new Promise((r) => setTimeout(r, 50));
    }
    if (!target) throw new Error('the toolbar popup did not open');
    const { sessionId } = (await cdp.send('Target.attachToTarget' as never, { targetId: target.targetId, flatten: false } as never)) as { sessionId: string };
    // Each call gets its answer by id; the page's state is read the same way when the answer does not come.
    let nextId = 0;
    const waiting = new Map<number, { done(v: unknown): void; fail(e: Error): void }>();
    cdp.on('Target.receivedMessageFromTarget' as never, (event: { sessionId: string; message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { result: { value?: unknown } }; error?: unknown };
      const call = event.sessionId === sessionId && message.id !== undefined ? waiting.get(message.id) : undefined;
      if (!call) return;
      if (message.result) call.done(message.result.result.value);
      else call.fail(new Error(JSON.stringify(message.error)));
    });
    cdp.on('Target.detachedFromTarget' as never, (event: { sessionId: string }) => {
      if (event.sessionId !== sessionId) return;
      for (const call of waiting.values()) call.fail(new Error('the toolbar popup closed before it answered'));
    });
    const evaluate = async (source: string, ms: number): Promise<unknown> => {
      const id = ++nextId;
      const answer = new Promise<unknown>((done, fail) => waiting.set(id, { done, fail }));
      const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression: source, awaitPromise: true, returnByValue: true } });
      await cdp.send('Target.sendMessageToTarget' as never, { sessionId, message } as never);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`no answer in ${ms} ms`)), ms)));
      return Promise.race([answer, late]).finally(() => clearTimeout(timer));
    };
    try {
      return await evaluate(expression, 20_000);
    } catch (error) {
      // Say what the popup shows, so that a failure explains itself (or that its page does not answer at all).
      const state = await evaluate(POPUP_STATE, 3000).catch((e: unknown) => `its page does not answer either (${String(e)})`);
      throw new Error(`The toolbar popup gave no answer (${String(error)}); it shows: ${JSON.stringify(state)}`);
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Every copy of the popup page: the toolbar popup (over CDP, Playwright does not attach it) and its windows. */
async function popupTargets(): Promise<TargetInfo[]> {
  const cdp = await h.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as { targetInfos: TargetInfo[] };
    return targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${h.extensionId}/popup.html`));
  } finally {
    await cdp.detach();
  }
}

/** The popup pages open in windows (or tabs): pages Playwright attaches, unlike the toolbar popup. */
function popupPages(): Page[] {
  return h.context.pages().filter((p) => p.url().startsWith(`chrome-extension://${h.extensionId}/popup.html`));
}

/**
 * The popup window opened since `known` was taken, once its form is ready. Only a page that was not there before
 * counts: a window left from an earlier press is not the one this press opened.
 */
async function newPopupWindow(known: ReadonlySet<Page>): Promise<Page> {
  let popup: Page | undefined;
  await expect.poll(() => (popup = popupPages().find((p) => !known.has(p))) !== undefined, { timeout: 10_000 }).toBe(true);
  await waitForPopupForm(popup!);
  return popup!;
}

/** Makes the toolbar popup impossible, as in a browser without a toolbar: `action.openPopup` rejects (for this browser). */
function withoutToolbarPopup(): Promise<void> {
  return h.worker!.evaluate(() => {
    type Action = { openPopup(): Promise<void> };
    const g = globalThis as unknown as { chrome: { action: Action }; browser?: { action?: Action } };
    for (const a of [g.chrome.action, g.browser?.action]) if (a) a.openPopup = () => Promise.reject(new Error('no toolbar here'));
  });
}

/** The mail tab in front, in the focused window, as when the user goes back to it from the popup window. */
async function backToMail(page: Page): Promise<void> {
  await page.bringToFront();
  await h.worker!.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { windows: { getAll(): Promise<{ id: number; type: string }[]>; update(id: number, o: object): Promise<unknown> } } };
    const normal = (await chrome.windows.getAll()).find((w) => w.type === 'normal');
    if (normal) await chrome.windows.update(normal.id, { focused: true });
  });
}

/** The browser's popup-type windows, as the background sees them. */
function popupWindows(): Promise<{ type: string; focused: boolean }[]> {
  return h.worker!.evaluate(async () =>
    (await (globalThis as unknown as { chrome: { windows: { getAll(): Promise<{ type: string; focused: boolean }[]> } } }).chrome.windows.getAll()).filter((w) => w.type === 'popup'),
  );
}

test('the manifest declares the decline command with Alt+Shift+D as its suggested key', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>; permissions?: string[] };
  expect(manifest.commands?.decline?.suggested_key?.default).toBe('Alt+Shift+D');
  expect(manifest.commands?.decline?.description).toBe('__MSG_command_decline__');
  // No new permission for it.
  expect(manifest.permissions).toEqual(['storage']);
});

test('the browser registered the command with its key (commands.getAll)', async () => {
  const commands = await h.worker!.evaluate(() => (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome.commands.getAll());
  expect(commands.find((c) => c.name === 'decline')?.shortcut).toMatch(/^Alt\+Shift\+D$/);
});

describe.each(LAYOUTS)('the decline command inserting (%s)', (_layout, renamed) => {
  test('in a focused Gmail reply on a recruiter thread it inserts the default letter and announces it', async () => {
    const { page, errors } = await open(gmailThread(renamed));
    await page.getByRole('button', BUTTON).waitFor();
    // The live region is in the accessibility tree before anything is put in it.
    await expect.poll(() => liveRegions(page)).toContainEqual({ role: 'status', live: 'polite', text: '' });
    const popupsBefore = popupPages().length;
    await page.locator(GMAIL_EDITOR).focus();
    await expect(pressShortcut()).resolves.toBe('inserted');
    await expect.poll(() => page.locator(GMAIL_EDITOR).innerText()).toContain('Hi Priya,');
    expect(await page.locator(GMAIL_EDITOR).innerText()).toContain('Northwind Labs');
    await expect.poll(() => liveRegions(page)).toContainEqual({ role: 'status', live: 'polite', text: 'Letter inserted. Edit it as you like; Ctrl+Z undoes it.' });
    // Focus stays in the reply, and no popup opened.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
    expect(popupPages().length).toBe(popupsBefore);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('in a focused Outlook reply it inserts too', async () => {
    const { page, errors } = await open(outlookThread(renamed));
    await page.getByRole('button', BUTTON).waitFor();
    await page.locator(OUTLOOK_EDITOR).focus();
    await expect(pressShortcut()).resolves.toBe('inserted');
    await expect.poll(() => page.locator(OUTLOOK_EDITOR).innerText()).toMatch(/^Hi Jane,/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the decline command opening the popup', () => {

  /**
   * The popup the command opened, with `expression` evaluated in it once its form is ready. Headless Chromium shows
   * the real toolbar popup (a page target Playwright does not attach, read here over CDP); `known` are the pages open
   * before the press, for a window.
   */
  async function popupOpenedBy(result: CommandResult, page: Page, expression: string, known: ReadonlySet<Page>): Promise<unknown> {
    if (result === 'window') return (await newPopupWindow(known)).evaluate(expression);
    expect(result).toBe('popup');
    return evaluateInPopupTarget(page, expression);
  }

  const COMPANY = `new Promise((done) => { const read = () => { const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Company'); const v = label?.control?.value; if (v) done(v); else setTimeout(read, 50); }; read(); })`;

  // A browser of its own for each test: one popup's state (a window, a patched openPopup, a page that did not load)
  // cannot reach the next test, nor the test's own retry.
  beforeEach(async () => {
    await h.close();
    h = await launchServing();
  });

  test('with no reply focused (the thread itself has focus) it opens the popup, which reads that thread; pressed again, that popup stays the only one', async () => {
    const { page } = await open(GMAIL_THREAD);
    await page.getByRole('button', BUTTON).waitFor();
    const before = await page.locator(GMAIL_EDITOR).innerText();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const known = new Set(h.context.pages());
    const result = await pressShortcut();
    expect(result).toBe('popup');
    await expect(popupOpenedBy(result, page, COMPANY, known)).resolves.toBe('Northwind Labs');
    // Nothing was inserted by the command itself.
    expect(await page.locator(GMAIL_EDITOR).innerText()).toBe(before);
    // Pressed again while it is open: the browser will not show a second toolbar popup, and no window opens either.
    await expect(pressShortcut()).resolves.toBe('popup');
    expect((await popupTargets()).length).toBe(1);
    expect(popupPages()).toEqual([]);
    await page.close();
  });

  test('where the browser cannot show the toolbar popup, it opens the popup in a window, which reads the thread; pressed again, that window comes forward, showing the conversation of that press', async () => {
    const { page } = await open(GMAIL_THREAD);
    await page.getByRole('button', BUTTON).waitFor();
    const before = await page.locator(GMAIL_EDITOR).innerText();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await withoutToolbarPopup();
    const known = new Set(h.context.pages());
    await expect(pressShortcut()).resolves.toBe('window');
    const popup = await newPopupWindow(known);
    await expect.poll(() => popup.getByLabel('Company').inputValue()).toBe('Northwind Labs');
    expect(await page.locator(GMAIL_EDITOR).innerText()).toBe(before);
    // The user edits a field, then goes back to the mail window and presses the shortcut again on the same thread:
    // the same window comes forward, with the edit kept.
    await popup.getByLabel('Role').fill('Staff Frontend Engineer');
    await backToMail(page);
    // Headless Chromium keeps reporting the popup window as the last focused one: pass the tab, as the browser does.
    const tab = await mailTabId();
    await expect(pressShortcut(tab)).resolves.toBe('window');
    expect(popupPages()).toEqual([popup]);
    expect(await popupWindows()).toEqual([expect.objectContaining({ type: 'popup', focused: true })]);
    expect(await popup.getByLabel('Role').inputValue()).toBe('Staff Frontend Engineer');
    // The user opens another conversation in the same tab and presses it again: still that one window, now
    // showing the conversation the shortcut was pressed on.
    await page.goto(OUTLOOK);
    await page.getByRole('button', BUTTON).waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await backToMail(page);
    await expect(pressShortcut(tab)).resolves.toBe('window');
    expect(popupPages()).toEqual([popup]);
    await expect.poll(() => popup.getByLabel('First name').inputValue()).toBe('Jane');
    expect(await popup.getByLabel('Role').inputValue()).not.toBe('Staff Frontend Engineer');
    expect(await popupWindows()).toEqual([expect.objectContaining({ type: 'popup', focused: true })]);
    await page.close();
  });

  test('in a reply on a thread that is not a recruiter’s (no button) it opens the popup instead of inserting', async () => {
    const { page } = await open(GMAIL_PERSONAL);
    // The content script decided: no button on this personal thread, whose reply is open.
    await expect.poll(() => decisionFor(page, GMAIL_EDITOR)).toBe('not-recruiter');
    await page.locator(GMAIL_EDITOR).focus();
    const known = new Set(h.context.pages());
    const result = await pressShortcut();
    const title = `new Promise((done) => { const read = () => (document.title ? done(document.title) : setTimeout(read, 50)); read(); })`;
    await expect(popupOpenedBy(result, page, title, known)).resolves.toBe('Decline Politely');
    expect(await page.getByRole('button', BUTTON).count()).toBe(0);
    await page.close();
  });

  test('on a page that is not mail (no content script) it opens the popup', async () => {
    h.serve('https://example.com/', '<!doctype html><title>Elsewhere</title><p>Not mail</p>');
    const { page } = await open('https://example.com/');
    const known = new Set(h.context.pages());
    const result = await pressShortcut();
    const text = `new Promise((done) => { const read = () => document.body.innerText.includes('To insert, open the email in Gmail or Outlook.') ? done(true) : setTimeout(read, 50); read(); })`;
    await expect(popupOpenedBy(result, page, text, known)).resolves.toBe(true);
    await page.close();
  });
});

describe.each(LAYOUTS)('Tab order next to Send (%s)', (_layout, renamed) => {
  test('Gmail: one Tab from Send reaches the button, then its caret, then Gmail’s own next stop; Shift+Tab walks back', async () => {
    const { page } = await open(gmailThread(renamed));
    await page.getByRole('button', BUTTON).waitFor();
    // Gmail's own order up to Send is unchanged: the editor (tabindex 1), then Send.
    await page.locator(GMAIL_EDITOR).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^Send/);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Decline politely');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('More decline options');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('More send options');
    // Past it, Gmail's order goes on without meeting our button again.
    const after: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      after.push(await focused(page));
    }
    expect(after).not.toContain('Decline politely');
    // And back.
    await page.locator('[aria-label="More send options"]').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('More decline options');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Decline politely');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^Send/);
    // Enter on the focused button inserts.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(GMAIL_EDITOR).innerText()).toContain('Hi Priya,');
    await page.close();
  });

  test('Outlook: one Tab from Send reaches the button; More send options and Discard follow, each once', async () => {
    const { page } = await open(outlookThread(renamed));
    await page.getByRole('button', BUTTON).waitFor();
    await page.locator('button[aria-label="Send"]').focus();
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order.slice(0, 4)).toEqual(['Decline politely', 'More decline options', 'More send options', 'Discard']);
    expect(order[4]).not.toBe('Decline politely');
    await page.locator('button[aria-label="More send options"]').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('More decline options');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Send');
    await page.close();
  });
});
