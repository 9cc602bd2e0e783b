/**
 * Reliability: nothing the user wrote is lost. In real Chromium with the built extension, on the Gmail recruiter
 * thread, each scenario sets up a draft the way a person does (typing, moving the caret, selecting), clicks the
 * real "Decline politely" button, and compares the editor before and after:
 *   - outside our letter, the editor holds exactly the same characters in the same order (whitespace aside);
 *   - the quoted history and the signature are byte for byte what they were (outerHTML);
 *   - there is exactly one letter.
 *
 * Every scenario runs twice: on the page as served, and with every class name on it renamed (as after a Gmail
 * redesign; tests/support/rename-classes.ts), where the quote and the signature keep no class of their own.
 *
 * Run: npx wxt build && npx vitest run -c vitest.e2e.config.ts tests/e2e/reliability-draft.e2e.test.ts
 */
import type { Locator, Page } from 'playwright-core';
import { gmailReply } from '../support/hostile';
import { LAYOUTS, renamedSelector } from '../support/rename-classes';
import { launch, trackErrors, type Harness } from './harness';

const THREAD_PATH = '#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const PAGES = {
  full: `https://mail.google.com/mail/u/0/?dp-draft=full${THREAD_PATH}`,
  empty: `https://mail.google.com/mail/u/0/?dp-draft=empty${THREAD_PATH}`,
  quoteOnly: `https://mail.google.com/mail/u/0/?dp-draft=quote${THREAD_PATH}`,
  signatureOnly: `https://mail.google.com/mail/u/0/?dp-draft=signature${THREAD_PATH}`,
} as const;
const BUTTON = { name: 'Decline politely', exact: true } as const;
const EDITOR = '[g_editable="true"][contenteditable="true"]';
const LETTER = '[data-decline-politely="letter"]';
const TYPED = 'Thanks for the call on Tuesday — one quick thing first: ünïcødé & <angle> "quotes" 123.';
const SECOND_LINE = 'A second paragraph of my own.';

interface Snapshot {
  /** The editor's text outside our letter, whitespace removed. */
  outside: string;
  quote: string | null;
  signature: string | null;
  letters: number;
  letterText: string;
}

/** Where the draft's quoted history and signature are, on the page as served or renamed. */
interface Parts {
  quote: string;
  signature: string;
}

const partsOf = (renamed: boolean): Parts => ({
  quote: renamedSelector('.gmail_quote_container', renamed),
  signature: renamedSelector('.gmail_signature', renamed),
});

function snapshot(editor: Locator, parts: Parts): Promise<Snapshot> {
  return editor.evaluate((el, { letterSel, parts }) => {
    const clone = el.cloneNode(true) as HTMLElement;
    const letters = clone.querySelectorAll(letterSel);
    const letterText = letters[0]?.textContent ?? '';
    letters.forEach((l) => l.remove());
    return {
      outside: (clone.textContent ?? '').replace(/\s+/g, ''),
      quote: el.querySelector(parts.quote)?.outerHTML ?? null,
      signature: el.querySelector(parts.signature)?.parentElement?.outerHTML ?? null,
      letters: letters.length,
      letterText,
    };
  }, { letterSel: LETTER, parts });
}

/** Puts the caret at `offset` in the first text node (inside `selector`, in the editor) that contains `text`. */
async function caretAt(page: Page, selector: string, text: string, offset: number): Promise<void> {
  await page.evaluate(
    ({ selector, text, offset }) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue?.includes(text)) {
          (root.closest('[contenteditable="true"]') as HTMLElement).focus();
          const at = node.nodeValue.indexOf(text) + offset;
          getSelection()!.setBaseAndExtent(node, at, node, at);
          return;
        }
      }
      throw new Error(`no text node with ${text}`);
    },
    { selector, text, offset },
  );
}

interface Scenario {
  name: string;
  url: string;
  /** What the user does before clicking the button (`parts`: where the quote and signature are on this page). */
  prepare?: (page: Page, editor: Locator, parts: Parts) => Promise<void>;
  /** After the first insert: what the user does, then how they insert again (which must replace the letter). */
  again?: { between: (page: Page) => Promise<void>; insert: (page: Page) => Promise<void>; letter: RegExp };
  /** Text that must be found, whole, outside the letter afterwards. */
  keeps: string[];
}

async function typeAtTop(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text);
}

const SCENARIOS: Scenario[] = [
  { name: 'empty draft (no signature, no history)', url: PAGES.empty, keeps: [] },
  { name: 'untouched reply with signature and history', url: PAGES.full, keeps: ['Alex Morgan', 'Please let me know your decision by Friday, November 14.'] },
  {
    name: 'typed text',
    url: PAGES.full,
    prepare: (page, editor) => typeAtTop(page, editor, TYPED),
    keeps: [TYPED],
  },
  {
    name: 'two typed paragraphs, caret in the middle of the first',
    url: PAGES.full,
    prepare: async (page, editor) => {
      await typeAtTop(page, editor, TYPED);
      await page.keyboard.press('Enter');
      await page.keyboard.type(SECOND_LINE);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('End');
      for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    },
    keeps: [TYPED, SECOND_LINE],
  },
  {
    name: 'typed text selected when the button is clicked',
    url: PAGES.full,
    prepare: async (page, editor) => {
      await typeAtTop(page, editor, TYPED);
      await page.keyboard.press('Shift+Home');
    },
    keeps: [TYPED],
  },
  {
    name: 'caret inside the quoted history, with text typed there',
    url: PAGES.full,
    prepare: async (page) => {
      await caretAt(page, `${EDITOR} blockquote`, 'Please let me know', 6);
      await page.keyboard.type('[inline answer]');
    },
    keeps: ['Please[inline answer] let me know'],
  },
  {
    name: 'quoted history only, typed text',
    url: PAGES.quoteOnly,
    prepare: (page, editor) => typeAtTop(page, editor, TYPED),
    keeps: [TYPED, 'Please let me know your decision by Friday, November 14.'],
  },
  {
    name: 'signature only, caret on the signature line',
    url: PAGES.signatureOnly,
    prepare: async (page, _editor, parts) => {
      await caretAt(page, `${EDITOR} ${parts.signature}`, 'Frontend Engineer', 0);
    },
    keeps: ['Alex Morgan', 'Frontend Engineer · Portland, OR'],
  },
  {
    name: 'second insert (the button again) after typing a personal line under the first letter',
    url: PAGES.full,
    prepare: (page, editor) => typeAtTop(page, editor, TYPED),
    again: {
      // The first insert leaves the caret on the line after the letter: type there, as a person would.
      between: (page) => page.keyboard.type(SECOND_LINE),
      insert: (page) => page.getByRole('button', BUTTON).click(),
      letter: /^Hi Priya,[\s\S]*(?:accepted another offer|accepted a (?:role|job) elsewhere|accepted a position|committed to another|taken a role elsewhere)/,
    },
    keeps: [TYPED, SECOND_LINE],
  },
  {
    name: 'second insert with another reason from the menu, after typing below the letter',
    url: PAGES.full,
    prepare: (page, editor) => typeAtTop(page, editor, TYPED),
    again: {
      between: (page) => page.keyboard.type(SECOND_LINE),
      insert: async (page) => {
        await page.getByRole('button', { name: 'More decline options' }).click();
        await page.getByRole('menuitemradio', { name: "Compensation doesn't match" }).click();
      },
      letter: /^Hi Priya,[\s\S]*(?:compensation|\bpay\b|remuneration)/,
    },
    keeps: [TYPED, SECOND_LINE],
  },
];

/** What each page's draft holds before the user touches it. */
const HAS = {
  [PAGES.full]: { quote: true, signature: true },
  [PAGES.empty]: { quote: false, signature: false },
  [PAGES.quoteOnly]: { quote: true, signature: false },
  [PAGES.signatureOnly]: { quote: false, signature: true },
} as const;

type Twice = Scenario & Required<Pick<Scenario, 'again'>>;
const ONCE = SCENARIOS.filter((s) => !s.again);
const TWICE = SCENARIOS.filter((s): s is Twice => !!s.again);

/** Opens the scenario's page, prepares the draft, clicks the button, and waits for the first letter. */
async function firstInsert(h: Harness, parts: Parts, scenario: Scenario): Promise<{ page: Page; editor: Locator; errors: string[]; before: Snapshot }> {
  const page = await h.context.newPage();
  const errors = trackErrors(page, { ownWarnings: true });
  await page.goto(scenario.url);
  const button = page.getByRole('button', BUTTON);
  await button.waitFor({ timeout: 10_000 });
  const editor = page.locator(EDITOR);
  await scenario.prepare?.(page, editor, parts);

  const before = await snapshot(editor, parts);
  expect(before.letters).toBe(0);
  await button.click();
  await expect.poll(async () => (await snapshot(editor, parts)).letterText, { timeout: 5000 }).toMatch(/^Hi Priya,/);
  return { page, editor, errors, before };
}

/** One letter, and outside it exactly what the draft held before (`before`). */
async function expectNothingLost(parts: Parts, scenario: Scenario, editor: Locator, before: Snapshot): Promise<void> {
  const after = await snapshot(editor, parts);
  expect(after.letters).toBe(1);
  expect(after.outside).toBe(before.outside);
  for (const kept of scenario.keeps) expect(after.outside).toContain(kept.replace(/\s+/g, ''));
  // The quote and signature are compared only where the page has them: a page without is checked to have none.
  expect({ quote: after.quote !== null, signature: after.signature !== null }).toEqual(HAS[scenario.url as keyof typeof HAS]);
  expect(after.quote).toBe(before.quote);
  expect(after.signature).toBe(before.signature);
}

describe.each(LAYOUTS)('inserting the letter loses nothing: %s', (_layout, renamed) => {
  let h: Harness;
  const parts = partsOf(renamed);

  beforeAll(async () => {
    h = await launch({ renameClasses: renamed });
    h.serve(PAGES.full, gmailReply({ signature: true, quote: true }));
    h.serve(PAGES.empty, gmailReply({ signature: false, quote: false }));
    h.serve(PAGES.quoteOnly, gmailReply({ signature: false, quote: true }));
    h.serve(PAGES.signatureOnly, gmailReply({ signature: true, quote: false }));
  });

  afterAll(async () => {
    await h?.close();
  });

  test('the scenarios cover one insert and a second insert', () => {
    expect(ONCE.length).toBeGreaterThan(0);
    expect(TWICE.length).toBeGreaterThan(0);
  });

  test.each(ONCE.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const { page, editor, errors, before } = await firstInsert(h, parts, scenario);
    await expectNothingLost(parts, scenario, editor, before);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(TWICE.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const { page, editor, errors, before: original } = await firstInsert(h, parts, scenario);
    const first = await snapshot(editor, parts);
    expect(first.outside).toBe(original.outside);
    await scenario.again.between(page);
    // What the user wrote since is part of the draft the second insert must keep.
    const before = await snapshot(editor, parts);
    expect(before.outside.length).toBeGreaterThan(first.outside.length);
    // Mark the first letter's lines (a JS property, not an attribute), to see them replaced by the second insert.
    const firstLetter = () => editor.locator(`${LETTER} > div`).first();
    await firstLetter().evaluate((line) => Object.assign(line, { dpFirstInsert: true }));
    await scenario.again.insert(page);
    await expect.poll(() => firstLetter().evaluate((line) => 'dpFirstInsert' in line), { timeout: 5000 }).toBe(false);
    expect((await snapshot(editor, parts)).letterText).toMatch(scenario.again.letter);
    await expectNothingLost(parts, scenario, editor, before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
