/**
 * The in-page button in Debian's Firefox ESR with the built Firefox add-on (installed as a temporary extension),
 * on fixture pages served at the real Gmail and Outlook URLs. Mirrors the Chromium suite (tests/e2e/mail.e2e.test.ts)
 * where Firefox behaves differently: its content scripts run in an Xray sandbox, its execCommand/undo and shadow-DOM
 * event handling are its own, and its accessibility engine computes the button's name. Every case runs twice: on the
 * pages as served, and with every class name on them renamed, as after a redesign (tests/support/rename-classes.ts).
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { balancedBlock } from '../support/html';
import { LAYOUTS, renamedSelector } from '../support/rename-classes';
import { expectLetterOverDraft } from '../support/letter-over-draft';
import { readFixture } from '../support/shared';
import { decisionFor, getAllByRole, getByRole, launch, pressWithControl, tabUrls, type FirefoxHarness } from './harness';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const GMAIL_PERSONAL = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwse';
const GMAIL_POPOUT = 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsf';
const GMAIL_NO_TOOLBAR = 'https://mail.google.com/mail/u/3/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const OUTLOOK_LIVE = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATY3ZmYAZS05MWU1LWQ2NAAtMDACLTAwCgAQAHf3yQdGnkxGuyd5xMqzmqA%3D';
const OUTLOOK_OFFICE = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2ZjQtMDACLTAwCgAQAMNBwqHRPH1Iq0ZnFZpQ6aY%3D';
const OUTLOOK_365 = 'https://outlook.office365.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2ZjQtMDACLTAwCgAQAMNBwqHRPH1Iq0ZnFZpQ6aZ%3D';

const BUTTON = 'Decline politely';
const GMAIL_EDITOR = '[g_editable="true"][contenteditable="true"]';
const OUTLOOK_EDITOR = '[contenteditable="true"][aria-label^="Message body"]';

describe.each(LAYOUTS)('%s', (_layout, renamed) => {
  let h: FirefoxHarness;

  beforeAll(async () => {
    h = await launch({ renameClasses: renamed });
    const recruiter = readFixture('gmail-thread-inline-reply.html');
    h.serve(GMAIL_THREAD, recruiter);
    h.serve(GMAIL_POPOUT, readFixture('gmail-thread-popout-reply.html'));
    // The recruiter thread with the reply's bottom toolbar (Send and the rest) gone, as if a redesign moved it.
    h.serve(GMAIL_NO_TOOLBAR, recruiter.replace(balancedBlock(recruiter, recruiter.indexOf('<div class="aDg">')), ''));
    // The personal thread with a reply open: the fixture's thread plus the inline reply block of the recruiter fixture.
    const reply = balancedBlock(recruiter, recruiter.indexOf('<div class="ip adB">'));
    h.serve(GMAIL_PERSONAL, readFixture('gmail-thread-non-recruiter.html').replace('</body>', `${reply}</body>`));
    const outlook = readFixture('outlook-reading-pane-reply.html');
    for (const url of [OUTLOOK_LIVE, OUTLOOK_OFFICE, OUTLOOK_365]) h.serve(url, outlook);
  });

  afterAll(async () => {
    await h?.close();
  });

  /** The tab showing the add-on's options page, if one is open (BiDi does not report moz-extension:// loads: ask each tab). */
  async function optionsTab(): Promise<Page | undefined> {
    for (const p of await h.browser.pages()) {
      if ((await p.evaluate(() => location.href).catch(() => '')).startsWith(`${h.extensionOrigin}/options.html`)) return p;
    }
    return undefined;
  }

  /**
   * The add-on's options page, opened the way a user does from the page (the button's menu, on the recruiter thread;
   * a test page cannot navigate to moz-extension:// itself). The add-on shows an options tab already open instead.
   */
  async function openOptions(): Promise<Page> {
    const open = await optionsTab();
    if (open) return open;
    const { page: thread } = await h.open(GMAIL_THREAD);
    try {
      await (await getByRole(thread, 'button', 'More decline options')).click();
      await (await getByRole(thread, 'menuitem', 'Open options')).click();
      let found: Page | undefined;
      await expect.poll(async () => !!(found = await optionsTab()), { timeout: 10_000 }).toBe(true);
      return found!;
    } finally {
      await thread.close();
    }
  }

  function editorText(page: Page, selector: string): Promise<string> {
    return page.$eval(selector, (el) => (el as HTMLElement).innerText);
  }

  describe('the temporary install', () => {
    test('Firefox installed the add-on under its gecko id, and it opened its welcome page', () => {
      expect(h.extensionId).toBe('decline-politely@declinepolitely.app');
      expect(h.welcomed).toBe(true);
    });
  });

  describe('Gmail inline reply on a recruiter thread (Firefox)', () => {
    let page: Page;
    let errors: string[];
    const text = () => editorText(page, GMAIL_EDITOR);

    beforeAll(async () => {
      ({ page, errors } = await h.open(GMAIL_THREAD));
    });
    afterAll(() => page?.close());

    test('shows exactly one "Decline politely" button, by role and accessible name, in the reply toolbar', async () => {
      const button = await getByRole(page, 'button', BUTTON);
      const placement = await button.evaluate((el, toolbar) => {
        const root = el.getRootNode();
        const host = root instanceof ShadowRoot ? root.host : null;
        return { open: root instanceof ShadowRoot && root.mode === 'open', host: host?.localName, inToolbar: !!host?.closest(toolbar) };
      }, renamedSelector('tr.btC', renamed));
      expect(placement).toEqual({ open: true, host: 'decline-politely-ui', inToolbar: true });
      await expect(page.$$eval('decline-politely-ui', (els) => els.length)).resolves.toBe(1);
      expect(await decisionFor(page, GMAIL_EDITOR)).toBe('button');
    });

    test('a click writes the letter to Priya, naming the role and company, above typed text, signature and history', async () => {
      const before = await text();
      expect(before).toContain('Please let me know your decision by Friday, November 14.');
      await page.click(GMAIL_EDITOR);
      await pressWithControl(page, 'Home');
      await page.keyboard.type('Quick note typed first.');
      await expect.poll(text).toContain('Quick note typed first.');

      await (await getByRole(page, 'button', BUTTON)).click();
      await expect.poll(text, { timeout: 5000 }).toContain('Hi Priya,');
      const after = await text();
      expectLetterOverDraft(after);
      await expect(page.$$eval('[data-decline-politely="letter"]', (els) => els.length)).resolves.toBe(1);
      const status = await getByRole(page, 'status');
      await expect(status.evaluate((el) => el.textContent)).resolves.toMatch(/Letter inserted/);
    });

    test('Ctrl+Z removes the whole letter in one step and keeps what was typed', async () => {
      await page.focus(GMAIL_EDITOR);
      await pressWithControl(page, 'z');
      await expect.poll(text).not.toContain('Hi Priya,');
      const after = await text();
      expect(after).toContain('Quick note typed first.');
      expect(after).toContain('Please let me know your decision by Friday, November 14.');
    });

    test('picking another reason from the menu replaces the letter instead of adding a second', async () => {
      await (await getByRole(page, 'button', BUTTON)).click();
      await expect.poll(text).toContain('Hi Priya,');
      await (await getByRole(page, 'button', 'More decline options')).click();
      await (await getByRole(page, 'menuitemradio', "Compensation doesn't match")).click();
      await expect.poll(async () => (await text()).match(/compensation|package|\bpay\b|remuneration/i) !== null).toBe(true);
      const after = await text();
      expect(after.match(/Hi Priya,/g)).toHaveLength(1);
      await expect(page.$$eval('[data-decline-politely="letter"]', (els) => els.length)).resolves.toBe(1);
      expect(after).toContain('Quick note typed first.');
      expect(after).toContain('Please let me know your decision by Friday, November 14.');
    });

    test('the menu opens from the keyboard and Escape gives focus back to the caret button', async () => {
      const caret = await getByRole(page, 'button', 'More decline options');
      await caret.focus();
      await page.keyboard.press('ArrowDown');
      await getByRole(page, 'menu');
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await getAllByRole(page, 'menu')).length).toBe(0);
      await expect
        .poll(() => caret.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el))
        .toBe(true);
    });

    test('"Open options" in the menu opens the options page (content script to background page messaging)', async () => {
      const optionsTabs = async () => (await tabUrls(h.browser)).filter((u) => u.startsWith(`${h.extensionOrigin}/options.html`)).length;
      expect(await optionsTabs()).toBe(0);
      await (await getByRole(page, 'button', 'More decline options')).click();
      await (await getByRole(page, 'menuitem', 'Open options')).click();
      await expect.poll(optionsTabs, { timeout: 10_000 }).toBe(1);
    });

    test('caused no errors on the page or in the content script', async () => {
      // While the script was at work on it: it decided on the reply and the letter from the tests above is there.
      expect(await decisionFor(page, GMAIL_EDITOR)).toBe('button');
      await expect(page.$$eval('[data-decline-politely="letter"]', (els) => els.length)).resolves.toBe(1);
      expect(errors).toEqual([]);
    });
  });

  const allText = (page: Page, selector: string): Promise<string> =>
    page.$$eval(selector, (els) => els.map((el) => (el as HTMLElement).innerText).join('\n'));

  describe.each([
    ['Gmail reply popped out to the compose area', GMAIL_POPOUT, 'Northwind Labs'],
    ['Gmail reply whose toolbar is not recognised (button anchored to the editor)', GMAIL_NO_TOOLBAR, 'Frontend Engineer · Portland, OR'],
  ])('%s (Firefox)', (_name, url, kept) => {
    test('one button; it inserts the letter to Priya above the kept draft, with no page error', async () => {
      const { page, errors } = await h.open(url);
      try {
        const button = await getByRole(page, 'button', BUTTON);
        expect(await getAllByRole(page, 'button', BUTTON)).toHaveLength(1);
        const before = await allText(page, GMAIL_EDITOR);
        expect(before).toContain(kept);
        await button.click();
        await expect.poll(() => allText(page, GMAIL_EDITOR), { timeout: 5000 }).toContain('Hi Priya,');
        const after = await allText(page, GMAIL_EDITOR);
        expect(after.match(/Hi Priya,/g)).toHaveLength(1);
        expect(after).toContain(kept);
        expect(after.indexOf('Hi Priya,')).toBeLessThan(after.lastIndexOf(kept));
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  describe('Gmail personal thread (Firefox)', () => {
    test('no button on a reply to a non-recruiter thread; with "show on all replies" on, the same page gets one', async () => {
      const { page, errors } = await h.open(GMAIL_PERSONAL);
      let options: Page | undefined;
      try {
        // The content script looked at this reply and decided: not a recruiter's thread. Only then is "no button" news.
        await expect.poll(() => decisionFor(page, GMAIL_EDITOR), { timeout: 10_000 }).toBe('not-recruiter');
        expect(await getAllByRole(page, 'button', BUTTON)).toHaveLength(0);
        await expect(page.$$eval('decline-politely-ui', (els) => els.length)).resolves.toBe(0);

        // Control, on the same page: the user asks for the button on every reply (options page), and it appears here.
        options = await openOptions();
        const showAll = await getByRole(options, 'switch', 'Show the button on all replies');
        expect(await showAll.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
        await showAll.click();
        await getByRole(page, 'button', BUTTON);
        expect(await decisionFor(page, GMAIL_EDITOR)).toBe('button');
        // And back off: the button goes again, by decision.
        await showAll.click();
        await expect.poll(() => decisionFor(page, GMAIL_EDITOR), { timeout: 10_000 }).toBe('not-recruiter');
        expect(await getAllByRole(page, 'button', BUTTON)).toHaveLength(0);
        expect(errors).toEqual([]);
      } finally {
        await options?.close();
        await page.close();
      }
    });
  });

  describe.each([
    ['outlook.live.com', OUTLOOK_LIVE],
    ['outlook.office.com', OUTLOOK_OFFICE],
    ['outlook.office365.com', OUTLOOK_365],
  ])('Outlook reply on %s (Firefox)', (_host, url) => {
    test('the button inserts a letter to Jane for the Data Analyst interview at Contoso, keeping the history', async () => {
      const { page, errors } = await h.open(url);
      try {
        const button: ElementHandle<Element> = await getByRole(page, 'button', BUTTON);
        await expect(page.$$eval('decline-politely-ui', (els) => els.length)).resolves.toBe(1);
        await button.click();
        const text = () => editorText(page, OUTLOOK_EDITOR);
        await expect.poll(text, { timeout: 5000 }).toContain('Hi Jane,');
        const after = await text();
        expect(after).toContain('Data Analyst');
        expect(after).toContain('Contoso');
        expect(after).toMatch(/interview/i);
        expect(after).toContain('Could you confirm whether Tuesday, November 11 at 10:00 AM still works for you?');
        // The user's signature and the quoted history stay below the letter.
        expect(after.indexOf('Hi Jane,')).toBeLessThan(after.indexOf('Portland, OR'));
        expect(after.indexOf('Portland, OR')).toBeLessThan(after.indexOf('From:'));
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  describe('privacy', () => {
    test('with the add-on at work, the pages requested nothing but the fixtures, and nothing reached the network', async () => {
      // Evidence that the add-on ran during this check (an empty list from an add-on that never ran proves nothing):
      // on a fresh page its button reads the thread, asks the background and inserts a letter.
      const { page } = await h.open(GMAIL_THREAD);
      try {
        await expect.poll(() => decisionFor(page, GMAIL_EDITOR), { timeout: 10_000 }).toBe('button');
        await (await getByRole(page, 'button', BUTTON)).click();
        await expect.poll(() => page.$$eval('[data-decline-politely="letter"]', (els) => els.length), { timeout: 5000 }).toBe(1);
      } finally {
        await page.close();
      }
      const unexpected = h.requests.filter((u) => !/^https:\/\/(mail\.google\.com|outlook\.(live|office|office365)\.com)\//.test(u));
      expect(unexpected).toEqual([]);
      // No request from the content script, the add-on or Firefox itself.
      expect(h.leaked).toEqual([]);
    });

    // Runs after the check above: a check that can never fail proves nothing, so make each recorder see one.
    test('control: a page request is recorded, and a request outside interception reaches the trap proxy', async () => {
      const { page } = await h.open(GMAIL_THREAD);
      const probe = 'https://mail.google.com/dp-privacy-probe';
      await page.evaluate((url) => fetch(url).then(() => 'ok', () => 'refused'), probe);
      expect(h.requests).toContain(probe);
      await page.close();
      // A tab without interception: its requests go where the add-on's own would, to the trap proxy.
      const tab = await h.browser.newPage();
      await tab.evaluate(() => fetch('https://dp-privacy-probe.invalid/').then(() => 'ok', () => 'refused'));
      await expect.poll(() => h.leaked.join('\n'), { timeout: 5000 }).toContain('dp-privacy-probe.invalid');
      await tab.close();
    });
  });
});
