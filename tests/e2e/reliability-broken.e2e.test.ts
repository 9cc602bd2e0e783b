/**
 * Reliability: a mail page whose markup the adapters no longer recognise. In real Chromium with the built extension,
 * on the two fully renamed fixtures (gmail-broken, outlook-broken) and two partly renamed ones (gmail-renamed: the
 * conversation is unreadable but the reply is intact; outlook-renamed: the conversation reads but the reply editor
 * and Reply buttons are gone):
 *   - no button is put on the page, and the page logs no error;
 *   - the popup, opened against that tab the way popup.e2e.test.ts does, keeps Insert disabled with a one-line
 *     reason (the layout was not recognised, where no conversation could be read), and Copy still puts a letter on
 *     the clipboard.
 * The popup's reason comes from the content script's answer, so seeing the expected one also proves the content
 * script ran on the page (and chose not to add the button) before the page is checked for buttons; where the
 * script still finds a reply editor (gmail-renamed), its decision on that editor is awaited too.
 *
 * Run: npx wxt build && npx vitest run -c vitest.e2e.config.ts tests/e2e/reliability-broken.e2e.test.ts
 */
import { readFixture } from '../support/shared';
import { decisions, launch, openPopupWindow, trackErrors, type Harness } from './harness';

// The address names a conversation (or a reply is open) but none could be read: the layout was not recognised.
const NOT_RECOGNISED = 'This page’s layout was not recognised. Fill in the details, then copy the letter.';
const NO_REPLY = 'To insert, click Reply in the email first.';

const CASES = [
  {
    fixture: 'gmail-broken.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd',
    why: NOT_RECOGNISED,
    letter: /^(?:Hello|Hi there),\n\nThank/,
    decisions: [],
  },
  {
    fixture: 'gmail-renamed.html',
    url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd',
    why: NOT_RECOGNISED,
    letter: /^(?:Hello|Hi there),\n\nThank/,
    // The reply is intact, so the script finds it and decides: the unreadable thread is no recruiter's.
    decisions: ['not-recruiter'],
  },
  {
    fixture: 'outlook-broken.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2ZjQtMDACLTAwCgAQAMNBwqHRPH1Iq0ZnFZpQ6aY%3D',
    why: NOT_RECOGNISED,
    letter: /^(?:Hello|Hi there),\n\nThank/,
    decisions: [],
  },
  {
    fixture: 'outlook-renamed.html',
    url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATY3ZmYAZS05MWU1LWQ2NAAtMDACLTAwCgAQAHf3yQdGnkxGuyd5xMqzmqA%3D',
    // The thread is read (Jane, Contoso, Data Analyst), so the letter is hers; only inserting is impossible.
    why: NO_REPLY,
    letter: /^(?:Hi|Hello) Jane,\n\nThank you[^\n]*Data Analyst/,
    decisions: [],
  },
] as const;

let h: Harness;

beforeAll(async () => {
  h = await launch();
  for (const c of CASES) h.serve(c.url, readFixture(c.fixture));
});

afterAll(async () => {
  await h?.close();
});

describe('a mail page the adapters no longer recognise', () => {
  test.each(CASES.map((c) => [c.fixture, c] as const))('%s: no button, no errors; the popup explains and offers Copy', async (_name, c) => {
    const page = await h.context.newPage();
    const errors = trackErrors(page);
    await page.goto(c.url);
    await page.bringToFront();

    const popup = await openPopupWindow(h);
    const popupErrors = trackErrors(popup);
    const insert = popup.getByRole('button', { name: 'Insert into reply' });
    // The reason Insert is unavailable, as the Insert button itself describes it.
    const why = popup.locator('#dp-insert-why');
    await expect.poll(() => why.count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => why.innerText(), { timeout: 5000 }).toBe(c.why);
    expect(await insert.isDisabled()).toBe(true);
    expect(await insert.getAttribute('aria-describedby')).toBe('dp-insert-why');
    expect(await why.innerText()).not.toContain('\n');

    // The content script has answered the popup, so it has looked at the page by now: no button there.
    // And where it still finds the reply editor, it has marked its decision on it (entrypoints/mail.content/decision.ts).
    await expect.poll(() => decisions(page), { timeout: 5000 }).toEqual(c.decisions);
    expect(await page.getByRole('button', { name: 'Decline politely', exact: true }).count()).toBe(0);
    expect(await page.locator('decline-politely-ui').count()).toBe(0);

    // Copy works, and what lands on the clipboard is a whole letter: paste it (a real Ctrl+V) into a text field.
    await popup.getByRole('button', { name: 'Copy letter' }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toMatch(/Copied/);
    await page.bringToFront();
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'dp-paste-check';
      document.body.append(field);
    });
    await page.locator('#dp-paste-check').focus();
    await page.keyboard.press('Control+V');
    const pasted = await page.locator('#dp-paste-check').inputValue();
    expect(pasted).toMatch(c.letter);
    // Signed with the account's name where the page still shows it (the fully renamed pages hide it too).
    expect(pasted).toMatch(/\n\n(?:Best wishes|Warm regards),(\nAlex Morgan)?$/);

    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
