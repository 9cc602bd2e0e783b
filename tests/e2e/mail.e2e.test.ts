/**
 * The in-page button in real Chromium with the built extension, on fixture pages served at the real mail URLs.
 * Every case runs twice: on the pages as they are, and with every class name on them renamed (as after a Gmail or
 * Outlook redesign; tests/support/rename-classes.ts), where the adapters must work from attributes, roles and
 * structure alone. "No error" counts the page's errors, console errors, and the content script's own warnings that a
 * step failed (harness `trackErrors(page, { ownWarnings: true })`), with a control that the last are heard.
 */
import type { Locator, Page } from 'playwright-core';
import { closeReply, closeReplyKeepingTemplate, openReplyAgain } from '../support/gmail-reply';
import { expectLetterOverDraft } from '../support/letter-over-draft';
import { balancedBlock } from '../support/html';
import { LAYOUTS, renamedSelector } from '../support/rename-classes';
import { readFixture } from '../support/shared';
import { decisionFor, decisions, evaluateInContentScript, launch, openMailPage, OWN_WARNING, type Harness } from './harness';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const GMAIL_PERSONAL = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwse';
const GMAIL_POPOUT = 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsf';
const GMAIL_NO_TOOLBAR = 'https://mail.google.com/mail/u/3/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const OUTLOOK_OFFICE = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2ZjQtMDACLTAwCgAQAMNBwqHRPH1Iq0ZnFZpQ6aY%3D';
const OUTLOOK_LIVE = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATY3ZmYAZS05MWU1LWQ2NAAtMDACLTAwCgAQAHf3yQdGnkxGuyd5xMqzmqA%3D';

const BUTTON = { name: 'Decline politely', exact: true } as const;
const GMAIL_EDITOR = '[g_editable="true"][contenteditable="true"]';
const OUTLOOK_EDITOR = '[contenteditable="true"][aria-label^="Message body"]';

declare const chrome: { storage: { sync: { set(items: object): Promise<void>; remove(key: string): Promise<void> } } };

describe.each(LAYOUTS)('%s', (_layout, renamed) => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch({ renameClasses: renamed });
    h.serve(GMAIL_THREAD, readFixture('gmail-thread-inline-reply.html'));
    h.serve(GMAIL_POPOUT, readFixture('gmail-thread-popout-reply.html'));
    h.serve(OUTLOOK_OFFICE, readFixture('outlook-reading-pane-reply.html'));
    h.serve(OUTLOOK_LIVE, readFixture('outlook-reading-pane-reply.html'));
    // The personal thread with a reply open: the fixture's thread plus the inline reply block of the recruiter fixture.
    const personal = readFixture('gmail-thread-non-recruiter.html');
    const recruiter = readFixture('gmail-thread-inline-reply.html');
    const reply = balancedBlock(recruiter, recruiter.indexOf('<div class="ip adB">'));
    h.serve(GMAIL_PERSONAL, personal.replace('</body>', `${reply}</body>`));
    // The recruiter thread with the reply's bottom toolbar (Send and the rest) gone, as if a redesign moved it.
    const toolbar = balancedBlock(recruiter, recruiter.indexOf('<div class="aDg">'));
    h.serve(GMAIL_NO_TOOLBAR, recruiter.replace(toolbar, ''));
  });

  afterAll(async () => {
    await h?.close();
  });

  const open = (url: string) => openMailPage(h, url);

  async function editorText(editor: Locator): Promise<string> {
    return editor.evaluate((el) => (el as HTMLElement).innerText);
  }

  describe('Gmail inline reply on a recruiter thread', () => {
    let page: Page;
    let errors: string[];
    let editor: Locator;

    beforeAll(async () => {
      ({ page, errors } = await open(GMAIL_THREAD));
      editor = page.locator(GMAIL_EDITOR);
    });
    afterAll(() => page.close());

    test('shows exactly one button, in the reply toolbar', async () => {
      const button = page.getByRole('button', BUTTON);
      await expect(button.waitFor()).resolves.toBeUndefined();
      await expect(button.count()).resolves.toBe(1);
      // In a cell of its own right after the Send cell, so it sits on the same line as Send.
      const cell = `${renamedSelector('tr.btC > td.gU.Up', renamed)} + td[data-decline-politely="cell"] > decline-politely-ui`;
      const inToolbar = await page.evaluate((cell) => !!document.querySelector(cell), cell);
      expect(inToolbar).toBe(true);
    });

    test('a click writes the letter to Priya, naming the role and company, above typed text, signature and history', async () => {
      const before = await editorText(editor);
      await editor.click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Quick note typed first.');
      await page.getByRole('button', BUTTON).click();
      await expect.poll(() => editorText(editor)).toContain('Hi Priya,');
      const text = await editorText(editor);
      expectLetterOverDraft(text);
      expect(before.length).toBeGreaterThan(0);
      await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/Letter inserted/);
    });

    test('Ctrl+Z removes the whole letter and keeps what was typed', async () => {
      await editor.focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(editor)).not.toContain('Hi Priya,');
      const text = await editorText(editor);
      expect(text).toContain('Quick note typed first.');
      expect(text).toContain('Please let me know your decision by Friday, November 14.');
    });

    test('picking another reason from the menu replaces the letter instead of adding a second', async () => {
      await page.getByRole('button', BUTTON).click();
      await expect.poll(() => editorText(editor)).toContain('Hi Priya,');
      await page.getByRole('button', { name: 'More decline options' }).click();
      await page.getByRole('menuitemradio', { name: "Compensation doesn't match" }).click();
      await expect.poll(async () => (await editorText(editor)).match(/Hi Priya,/g)?.length).toBe(1);
      await expect(page.locator('[data-decline-politely="letter"]').count()).resolves.toBe(1);
      const text = await editorText(editor);
      expect(text).toMatch(/compensation|package|\bpay\b|remuneration/i);
      expect(text).toContain('Quick note typed first.');
    });

    test('the menu works from the keyboard', async () => {
      const caret = page.getByRole('button', { name: 'More decline options' });
      await caret.focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('menu').waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('menu').count()).toBe(0);
      await expect.poll(() => caret.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    });

    test('caused no errors on the page', async () => {
      // While the script was at work on it: it decided on the reply and the letter from the tests above is there.
      expect(await decisionFor(page, GMAIL_EDITOR)).toBe('button');
      await expect(page.locator('[data-decline-politely="letter"]').count()).resolves.toBe(1);
      expect(errors).toEqual([]);
    });

    test("control: the recorder hears the content script's own world (a warning of its own written there is recorded)", async () => {
      const line = `${OWN_WARNING} control: a step failed`;
      await evaluateInContentScript(h, page, `console.warn(${JSON.stringify(line)})`);
      await expect.poll(() => errors).toContain(`console: ${line}`);
    });
  });

  describe('Gmail reply popped out to the compose area', () => {
    test('the "Re:" reply gets the button, a new unrelated message does not', async () => {
      const { page, errors } = await open(GMAIL_POPOUT);
      const button = page.getByRole('button', BUTTON);
      await button.waitFor();
      // Both editors were decided on: the reply got the button, the new message (not a reply to this thread) did not.
      await expect.poll(() => decisions(page), { timeout: 10_000 }).toEqual(['button', 'not-in-thread']);
      await expect(button.count()).resolves.toBe(1);
      await button.click();
      const editors = page.locator(GMAIL_EDITOR);
      await expect.poll(async () => (await editors.allInnerTexts()).join('\n')).toContain('Hi Priya,');
      const texts = await editors.allInnerTexts();
      expect(texts.filter((t) => t.includes('Hi Priya,'))).toHaveLength(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('Gmail reply whose toolbar is not recognised', () => {
    test('the button is anchored just above the editor, works from the keyboard, and inserts the letter', async () => {
      const { page, errors } = await open(GMAIL_NO_TOOLBAR);
      const button = page.getByRole('button', BUTTON);
      await button.waitFor();
      await expect(button.count()).resolves.toBe(1);
      // Outside the editable area, right before the editor: never part of the draft.
      const placed = await page.evaluate(() => {
        const host = document.querySelector('decline-politely-ui');
        const editor = document.querySelector('[g_editable="true"]');
        return !!host && host.nextElementSibling === editor && !editor!.contains(host);
      });
      expect(placed).toBe(true);
      const editor = page.locator(GMAIL_EDITOR);
      const before = await editorText(editor);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => editorText(editor)).toContain('Hi Priya,');
      const text = await editorText(editor);
      expect(text).toContain('Northwind Labs');
      // The draft (signature and quoted history) is kept, below the letter.
      expect(text).toContain('Frontend Engineer · Portland, OR');
      expect(text).toContain('Please let me know your decision by Friday, November 14.');
      expect(text.indexOf('Hi Priya,')).toBeLessThan(text.indexOf('Frontend Engineer · Portland, OR'));
      expect(before).toContain('Frontend Engineer · Portland, OR');
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('Gmail personal thread', () => {
    test('no button on a reply to a non-recruiter thread; with "show on all replies" on, the same page gets one', async () => {
      const { page, errors } = await open(GMAIL_PERSONAL);
      await expect(page.locator(GMAIL_EDITOR).count()).resolves.toBe(1);
      // The content script looked at this reply and decided: not a recruiter's thread. Only then is "no button" news.
      await expect.poll(() => decisionFor(page, GMAIL_EDITOR), { timeout: 10_000 }).toBe('not-recruiter');
      await expect(page.getByRole('button', BUTTON).count()).resolves.toBe(0);
      await expect(page.locator('decline-politely-ui').count()).resolves.toBe(0);

      // Control, on the same page: the user asks for the button on every reply, and it appears in this one.
      await h.worker!.evaluate(() => chrome.storage.sync.set({ prefs: { version: 1, showOnAllReplies: true } }));
      try {
        await page.getByRole('button', BUTTON).waitFor({ timeout: 10_000 });
        expect(await decisionFor(page, GMAIL_EDITOR)).toBe('button');
      } finally {
        await h.worker!.evaluate(() => chrome.storage.sync.remove('prefs'));
      }
      // And back off: the button goes again, by decision.
      await expect.poll(() => decisionFor(page, GMAIL_EDITOR), { timeout: 10_000 }).toBe('not-recruiter');
      await expect(page.getByRole('button', BUTTON).count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe.each([
    ['outlook.office.com', OUTLOOK_OFFICE],
    ['outlook.live.com', OUTLOOK_LIVE],
  ])('Outlook reply on %s', (_host, url) => {
    test('the button inserts a letter to Jane for the Data Analyst interview at Contoso, keeping the history', async () => {
      const { page, errors } = await open(url);
      const button = page.getByRole('button', BUTTON);
      await button.waitFor();
      await expect(button.count()).resolves.toBe(1);
      const editor = page.locator(OUTLOOK_EDITOR);
      await button.click();
      await expect.poll(() => editorText(editor)).toContain('Hi Jane,');
      const text = await editorText(editor);
      expect(text).toContain('Data Analyst');
      expect(text).toContain('Contoso');
      expect(text).toMatch(/interview/i);
      expect(text).toContain('Could you confirm whether Tuesday, November 11 at 10:00 AM still works for you?');
      expect(text.indexOf('Hi Jane,')).toBeLessThan(text.indexOf('From:'));
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('opening and closing replies', () => {
    const REPLY_AREA = renamedSelector('.ip.adB', renamed);
    test('50 replies opened and closed leave no stray buttons or listeners', async () => {
      const { page, errors } = await open(GMAIL_THREAD);
      await page.getByRole('button', BUTTON).waitFor();
      const cdp = await h.context.newCDPSession(page);
      const listenerCount = async () => {
        let total = 0;
        for (const expr of ['document', 'window', 'document.body']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
          total += listeners.length;
        }
        return total;
      };
      // Close the reply once so the baseline has no button, then measure.
      await page.evaluate(closeReplyKeepingTemplate, REPLY_AREA);
      await expect.poll(() => page.locator('decline-politely-ui').count()).toBe(0);
      const baseline = await listenerCount();

      for (let i = 0; i < 50; i++) {
        await page.evaluate(openReplyAgain);
        await page.getByRole('button', BUTTON).waitFor();
        await page.evaluate(closeReply, REPLY_AREA);
        await expect.poll(() => page.locator('decline-politely-ui').count()).toBe(0);
      }
      expect(await listenerCount()).toBe(baseline);
      // And the next reply still gets its button.
      await page.evaluate(openReplyAgain);
      await page.getByRole('button', BUTTON).waitFor();
      await expect(page.locator('decline-politely-ui').count()).resolves.toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('privacy', () => {
    test('the extension made no network requests during these tests', () => {
      // It did work during them: the content script loaded its second stage (the button) from the extension.
      expect(h.requests.filter((u) => u === `chrome-extension://${h.extensionId}/mail-ui.js`).length).toBeGreaterThan(0);
      const external = h.requests.filter((u) => !/^https:\/\/(mail\.google\.com|outlook\.(office|live)\.com)\/mail\//.test(u));
      expect(external.filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith('data:'))).toEqual([]);
    });
  });
});
