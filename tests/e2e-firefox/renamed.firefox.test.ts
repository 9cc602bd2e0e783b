/**
 * Firefox ESR, the built add-on, and mail pages after a redesign: the Gmail and Outlook cases of
 * mail.firefox.test.ts (and the Gmail pop-out reply and a reply without its toolbar) served with every class name
 * renamed (tests/support/rename-classes.ts; attributes, roles, labels, ids and structure unchanged). On each, the
 * button shows, inserts the letter with the recruiter's name, keeps the draft, and the page logs no error.
 */
import type { Page } from 'puppeteer-core';
import { balancedBlock } from '../support/html';
import { renameClasses } from '../support/rename-classes';
import { readFixture } from '../support/shared';
import { getAllByRole, getByRole, launch, type FirefoxHarness } from './harness';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const GMAIL_POPOUT = 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsf';
const GMAIL_NO_TOOLBAR = 'https://mail.google.com/mail/u/3/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const OUTLOOK_LIVE = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATY3ZmYAZS05MWU1LWQ2NAAtMDACLTAwCgAQAHf3yQdGnkxGuyd5xMqzmqA%3D';
const OUTLOOK_OFFICE = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2ZjQtMDACLTAwCgAQAMNBwqHRPH1Iq0ZnFZpQ6aY%3D';

const BUTTON = 'Decline politely';
const GMAIL_EDITOR = '[g_editable="true"][contenteditable="true"]';
const OUTLOOK_EDITOR = '[contenteditable="true"][aria-label^="Message body"]';

let h: FirefoxHarness;

beforeAll(async () => {
  h = await launch();
  const recruiter = readFixture('gmail-thread-inline-reply.html');
  const toolbar = balancedBlock(recruiter, recruiter.indexOf('<div class="aDg">'));
  h.serve(GMAIL_THREAD, renameClasses(recruiter));
  h.serve(GMAIL_POPOUT, renameClasses(readFixture('gmail-thread-popout-reply.html')));
  h.serve(GMAIL_NO_TOOLBAR, renameClasses(recruiter.replace(toolbar, '')));
  const outlook = renameClasses(readFixture('outlook-reading-pane-reply.html'));
  for (const url of [OUTLOOK_LIVE, OUTLOOK_OFFICE]) h.serve(url, outlook);
});

afterAll(async () => {
  await h?.close();
});

const allText = (page: Page, selector: string): Promise<string> =>
  page.$$eval(selector, (els) => els.map((el) => (el as HTMLElement).innerText).join('\n'));

describe.each([
  ['Gmail inline reply', GMAIL_THREAD, GMAIL_EDITOR, 'Hi Priya,', 'Frontend Engineer · Portland, OR'],
  ['Gmail reply popped out', GMAIL_POPOUT, GMAIL_EDITOR, 'Hi Priya,', 'Northwind Labs'],
  ['Gmail reply without its toolbar', GMAIL_NO_TOOLBAR, GMAIL_EDITOR, 'Hi Priya,', 'Frontend Engineer · Portland, OR'],
  ['Outlook on outlook.live.com', OUTLOOK_LIVE, OUTLOOK_EDITOR, 'Hi Jane,', 'Could you confirm whether Tuesday, November 11 at 10:00 AM still works for you?'],
  ['Outlook on outlook.office.com', OUTLOOK_OFFICE, OUTLOOK_EDITOR, 'Hi Jane,', 'Could you confirm whether Tuesday, November 11 at 10:00 AM still works for you?'],
])('%s, every class name renamed (Firefox)', (_name, url, editor, greeting, kept) => {
  test('the button shows and inserts the letter above the kept draft, with no page error', async () => {
    const { page, errors } = await h.open(url);
    try {
      const button = await getByRole(page, 'button', BUTTON);
      expect(await getAllByRole(page, 'button', BUTTON)).toHaveLength(1);
      const before = await allText(page, editor);
      expect(before).toContain(kept);
      await button.click();
      await expect.poll(() => allText(page, editor), { timeout: 5000 }).toContain(greeting);
      const after = await allText(page, editor);
      expect(after.match(new RegExp(greeting, 'g'))).toHaveLength(1);
      expect(after).toContain(kept);
      expect(after.indexOf(greeting)).toBeLessThan(after.lastIndexOf(kept));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
