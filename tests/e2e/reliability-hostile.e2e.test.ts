/**
 * Reliability: hostile page text, in real Chromium with the built extension.
 *
 * Each payload of tests/support/hostile.ts is put in a copy of the Gmail recruiter thread as the sender's name, as
 * the company's name (subject, message, signature, quoted history) and as a paragraph of the message, HTML-escaped
 * so the page shows it literally. Then the real "Decline politely" button is clicked, and:
 *   - nothing runs: no dialog, `window.__pwned` unset, no new script/img/iframe/svg/style/… element, no request;
 *   - no page or console errors (but the settle control's one refused image, see settle());
 *   - the letter is well formed: one marked wrapper holding only attribute-less <div>/<br>;
 *   - what the page said reaches the letter as literal text: the letter equals the one the same core code works
 *     out from Chromium's own DOM of the page (parsed again by happy-dom in Node), line for line;
 *   - the quoted history is byte for byte what it was.
 *
 * Every payload runs twice: on the page as served, and with every class name on it renamed (as after a Gmail
 * redesign; tests/support/rename-classes.ts). The oracle reads the renamed page too, so both must agree on it.
 *
 * Run: npx wxt build && npx vitest run -c vitest.e2e.config.ts tests/e2e/reliability-hostile.e2e.test.ts
 */
import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { asLetterValue, asPageText, everywhere, expectedGmailLetter, hostileGmailThread, PAYLOADS, type Payload } from '../support/hostile';
import { LAYOUTS, renamedSelector } from '../support/rename-classes';
import { launch, trackErrors, type Harness } from './harness';

const THREAD_PATH = '#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const urlFor = (p: Payload) => `https://mail.google.com/mail/u/0/?dp-hostile=${p.id}${THREAD_PATH}`;
const BUTTON = { name: 'Decline politely', exact: true } as const;
const EDITOR = '[g_editable="true"][contenteditable="true"]';
/** Elements a payload would create if it were ever parsed as markup. */
const ACTIVE = 'script, style, iframe, frame, img, svg, math, base, meta, link, object, embed, a, form, input, template, noscript, video, audio';

let happy: Window;
/** Payloads of which some text reached the letter (as greeting name or company), for the summary. */
const reachedLetter: string[] = [];

beforeAll(() => {
  happy = new Window({ url: 'https://mail.google.com/mail/u/0/' });
});

afterAll(async () => {
  if (reachedLetter.length) console.warn(`[reliability] payloads that reached the letter as text: ${[...new Set(reachedLetter)].join(', ')}`);
  await happy?.happyDOM.close();
});

interface PageState {
  active: Record<string, number>;
  quote: string | null;
}

function pageState(page: Page, renamed: boolean): Promise<PageState> {
  return page.evaluate(
    ({ editorSel, activeSel, quoteSel }) => {
      const active: Record<string, number> = {};
      for (const el of document.querySelectorAll(activeSel)) active[el.localName] = (active[el.localName] ?? 0) + 1;
      const editor = document.querySelector(editorSel);
      return { active, quote: editor?.querySelector(quoteSel)?.outerHTML ?? null };
    },
    { editorSel: EDITOR, activeSel: ACTIVE, quoteSel: renamedSelector('.gmail_quote_container', renamed) },
  );
}

interface LetterShape {
  wrappers: number;
  wrapperAttributes: string[];
  /** Every element inside the wrapper: tag and attribute names. */
  inside: { tag: string; attributes: string[] }[];
  /** One entry per line <div>: its text, '' for a blank line. */
  lines: string[];
}

function letterShape(page: Page): Promise<LetterShape> {
  return page.evaluate((editorSel) => {
    const editor = document.querySelector(editorSel)!;
    const wrappers = editor.querySelectorAll('[data-decline-politely="letter"]');
    const wrapper = wrappers[0];
    return {
      wrappers: wrappers.length,
      wrapperAttributes: wrapper ? wrapper.getAttributeNames() : [],
      inside: wrapper ? Array.from(wrapper.querySelectorAll('*'), (el) => ({ tag: el.localName, attributes: el.getAttributeNames() })) : [],
      lines: wrapper ? Array.from(wrapper.children, (div) => (div.textContent ?? '').replace(/\u00A0/g, ' ')) : [],
    };
  }, EDITOR);
}

/** The image the settle control loads (and the route refuses), so it fails the way a payload's `<img src=x>` would. */
const CONTROL_IMAGE = 'https://mail.google.com/mail/u/0/x?dp-settle-control';

/**
 * Lets the page run whatever an inserted payload would have queued, on evidence rather than a fixed wait: an image
 * added after the letter, loading through the same refused route as a payload's `<img src=x>`, has failed and fired
 * its error handler; a payload's image, created earlier, would have failed before it. The control image is then
 * removed, and its one request and one failed-load console line are accounted for by the caller.
 */
function settle(page: Page): Promise<void> {
  return page.evaluate(
    (src) =>
      new Promise<void>((resolve) => {
        const img = document.createElement('img');
        img.addEventListener('error', () => {
          img.remove();
          resolve();
        });
        img.src = src;
        document.body.append(img);
      }),
    CONTROL_IMAGE,
  );
}

test(`there are at least 20 payloads (${PAYLOADS.length})`, () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
  expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
});

describe.each(LAYOUTS)('hostile text in a Gmail recruiter thread: %s', (_layout, renamed) => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch({ renameClasses: renamed });
    for (const p of PAYLOADS) h.serve(urlFor(p), hostileGmailThread(everywhere(p)));
  });

  afterAll(async () => {
    await h?.close();
  });

  // One tab for all payloads (a navigation per payload), so the file stays fast; errors and dialogs are per payload.
  let page: Page;
  let errors: string[];
  const dialogs: string[] = [];
  beforeAll(async () => {
    page = await h.context.newPage();
    errors = trackErrors(page, { ownWarnings: true });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => {});
    });
  });
  afterAll(() => page?.close());
  beforeEach(() => {
    errors.length = 0;
    dialogs.length = 0;
  });

  test.each(PAYLOADS.map((p) => [p.id, p] as const))('%s: shown literally, nothing runs, letter well formed', async (_id, payload) => {
    const requestsBefore = h.requests.length;
    await page.goto(urlFor(payload));
    const button = page.getByRole('button', BUTTON);
    await button.waitFor({ timeout: 10_000 });

    // The page shows the payload as text (the fixture is right) …
    const shown = await page.evaluate(
      (body) => document.querySelector(`${body} > div[dir="ltr"] > div:nth-child(3)`)?.textContent,
      renamedSelector('.a3s', renamed),
    );
    expect(shown).toBe(asPageText(payload.text));
    // … and the oracle reads the page as Chromium built it.
    const dom = await page.evaluate(() => document.documentElement.outerHTML);
    const before = await pageState(page, renamed);
    const { context, letter } = expectedGmailLetter(new happy.DOMParser().parseFromString(dom, 'text/html') as unknown as Document);
    expect(context.recruiter.kind).toBe('offer');

    await button.click();
    await expect.poll(async () => (await letterShape(page)).lines.join('\n'), { timeout: 5000 }).toBe(letter.text);
    await settle(page);

    // Nothing ran.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The settle control's image is the one load that failed; nothing else was logged.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await expect.poll(() => errors.filter((e) => /Failed to load resource/.test(e))).toHaveLength(1);
    const after = await pageState(page, renamed);
    expect(after.active).toEqual(before.active);
    // The page itself, the extension's own files (its second stage) and the settle control's image, nothing else;
    // the control's request is seen, so the recorder was listening.
    const own = `chrome-extension://${h.extensionId}/`;
    const requested = h.requests.slice(requestsBefore);
    expect(requested.filter((u) => u === CONTROL_IMAGE)).toHaveLength(1);
    expect(requested.filter((u) => u.split('#')[0] !== urlFor(payload).split('#')[0] && !u.startsWith(own) && u !== CONTROL_IMAGE)).toEqual([]);

    // The letter is one wrapper with our marker only, holding attribute-less <div>s and <br>s.
    const shape = await letterShape(page);
    expect(shape.wrappers).toBe(1);
    expect(shape.wrapperAttributes).toEqual(['data-decline-politely']);
    expect(shape.inside.filter((el) => !['div', 'br'].includes(el.tag) || el.attributes.length > 0)).toEqual([]);

    // Page text that the letter uses is there literally (the letter equals the oracle's, checked above) …
    // (As core/letter/view.ts documents, values lose its two private-use marker characters, the characters that must not
    // travel in a letter — controls, bidi overrides and isolates, lone surrogates — and runs of whitespace.)
    const used = [context.recruiter.firstName, context.recruiter.company]
      .map((v) => asLetterValue(v ?? ''))
      .filter((v) => v !== '' && !/^(Priya|Northwind Labs)$/.test(v));
    for (const value of used) expect(shape.lines.join('\n')).toContain(value);
    if (used.length) reachedLetter.push(payload.id);
    // … and the quoted history is untouched.
    expect(after.quote).not.toBeNull();
    expect(after.quote).toBe(before.quote);
  });

  test('the traps work: the same payload inserted as markup is caught (dialog, flag and request)', async () => {
    // A check that can never fail proves nothing: insert one payload as HTML on purpose and see both traps fire.
    const payload = PAYLOADS.find((p) => p.id === 'img-onerror')!;
    const page = await h.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => {});
    });
    await page.goto(urlFor(payload));
    await page.getByRole('button', BUTTON).waitFor({ timeout: 10_000 });
    await page.evaluate((html) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      document.body.append(div);
    }, payload.text);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe('img-onerror');
    await expect.poll(() => dialogs).toContain('img-onerror');
    // … and the image it loads shows up among the recorded requests.
    expect(h.requests).toContain('https://mail.google.com/mail/u/0/x');
    await page.close();
  });
});
