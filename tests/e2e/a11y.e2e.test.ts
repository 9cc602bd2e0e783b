/**
 * Accessibility of every face in real Chromium, light and dark: axe-core at WCAG 2.2 AA (tags wcag2a, wcag2aa,
 * wcag21a, wcag21aa, wcag22aa) on the in-page button (closed, with its menu open, with its message shown), the
 * popup (at 380×600) and the options page; every focus indicator met by Tab or the arrow keys at 3:1 or more,
 * computed from the styles; the live regions (button, popup, the options page's backup and letter sections) in the
 * accessibility tree before they are filled, then with their message; and the caret menu
 * whole, without scrolling, in a 600-px-high window.
 */
import type { Page } from 'playwright-core';
import { exportPreferences } from '../../core/settings/backup';
import { defaultPreferences } from '../../core/settings/preferences';
import { AXE_SOURCE, focusIndicatorInPage, runAxeInPage, WCAG22_AA, type FocusIndicator } from '../support/a11y';
import { LAYOUTS, renameClasses } from '../support/rename-classes';
import { readFixture } from '../support/shared';
import { launch, openPopupWindow, trackErrors, type Harness } from './harness';

const GMAIL_LIGHT = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const GMAIL_DARK = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
/** The same two pages with every class name renamed, as after a Gmail redesign (tests/support/rename-classes.ts). */
const GMAIL_LIGHT_RENAMED = 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const GMAIL_DARK_RENAMED = 'https://mail.google.com/mail/u/3/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const BUTTON = { name: 'Decline politely', exact: true } as const;
const HOST = 'decline-politely-ui';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  const gmail = readFixture('gmail-thread-inline-reply.html');
  h.serve(GMAIL_LIGHT, gmail);
  // Gmail's dark theme: the page's own backgrounds go dark, and the button follows them (mount.ts themeOf).
  const dark = gmail.replace('</head>', '<style>body, body * { background-color: #1f1f1f !important; color: #e3e3e3 !important; }</style></head>');
  h.serve(GMAIL_DARK, dark);
  h.serve(GMAIL_LIGHT_RENAMED, renameClasses(gmail));
  h.serve(GMAIL_DARK_RENAMED, renameClasses(dark));
});

afterAll(async () => {
  await h?.close();
});

async function axe(page: Page, include: string[] = []) {
  // Colours in mid-transition (a badge turning on once the thread is read, a scheme just switched) are no page's real
  // contrast: let every finite animation and transition finish first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(runAxeInPage, { include, tags: WCAG22_AA });
}

const indicator = (page: Page): Promise<FocusIndicator> => page.evaluate(focusIndicatorInPage);

/**
 * Presses Tab until focus comes back to a stop already seen (or `max` presses), returning every stop's focus
 * indicator, read once its transitions have finished.
 */
async function tabThrough(page: Page, max: number): Promise<FocusIndicator[]> {
  const seen: FocusIndicator[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const again = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const before = el.hasAttribute('data-tab-seen');
      el.setAttribute('data-tab-seen', '');
      return before;
    });
    if (again === null) continue;
    if (again) break;
    await page.waitForFunction(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return !el || el.getAnimations().every((a) => a.playState !== 'running');
    });
    seen.push(await indicator(page));
  }
  return seen;
}

type AXNode = { nodeId: string; role?: { value: string }; name?: { value: string }; ignored: boolean; childIds?: string[]; backendDOMNodeId?: number };

/** Chromium's accessibility tree for the page, with each node's text; `selector` also finds that element's node. */
async function axTree(page: Page, selector?: string): Promise<{ nodes: AXNode[]; textOf(n: AXNode): string; element?: AXNode }> {
  const cdp = await h.context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const textOf = (n: AXNode): string =>
      n.role?.value === 'StaticText' ? (n.name?.value ?? '') : (n.childIds ?? []).map((id) => byId.get(id)).filter((c): c is AXNode => !!c).map(textOf).join('');
    if (selector === undefined) return { nodes, textOf };
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    return { nodes, textOf, element: nodes.find((n) => n.backendDOMNodeId === node.backendNodeId) };
  } finally {
    await cdp.detach();
  }
}

async function statusRegions(page: Page): Promise<string[]> {
  const { nodes, textOf } = await axTree(page);
  return nodes.filter((n) => !n.ignored && n.role?.value === 'status').map(textOf);
}

/** The element matched by `selector` as the accessibility tree has it: its role (null when left out) and text. */
async function regionAt(page: Page, selector: string): Promise<{ role: string | null; text: string }> {
  const { element, textOf } = await axTree(page, selector);
  return { role: element && !element.ignored ? (element.role?.value ?? null) : null, text: element ? textOf(element) : '' };
}

/** The caret menu, open and done fading in (a 120 ms animation): axe measures contrast on what is painted. */
async function menuShown(page: Page): Promise<void> {
  const menu = page.getByRole('menu');
  await menu.waitFor();
  await menu.evaluate((m) => Promise.all(m.getAnimations().map((a) => a.finished)).then(() => undefined));
}

describe.each([
  ['light', 'pages as served', GMAIL_LIGHT],
  ['dark', 'pages as served', GMAIL_DARK],
  ['light', 'every class name renamed', GMAIL_LIGHT_RENAMED],
  ['dark', 'every class name renamed', GMAIL_DARK_RENAMED],
])('the in-page button (%s, %s)', (theme, _layout, url) => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await h.context.newPage();
    errors = trackErrors(page);
    await page.goto(url);
    await page.getByRole('button', BUTTON).waitFor();
  });
  afterAll(() => page.close());

  test('follows the page’s theme', async () => {
    const dark = await page.locator(HOST).evaluate((el) => !!el.shadowRoot?.querySelector('.dp-dark'));
    expect(dark).toBe(theme === 'dark');
  });

  test('axe finds nothing at WCAG 2.2 AA, closed, with the menu open, and with its message shown', async () => {
    expect(await axe(page, [HOST])).toEqual([]);
    await page.getByRole('button', { name: 'More decline options' }).click();
    await menuShown(page);
    expect(await axe(page, [HOST])).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', BUTTON).click();
    await page.getByRole('status').filter({ hasText: 'Letter inserted' }).waitFor();
    expect(await axe(page, [HOST])).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('every focus indicator (button, caret, each menu item) is 3:1 or more', async () => {
    await page.locator('[aria-label^="Send"]').first().focus();
    const stops: FocusIndicator[] = [];
    await page.keyboard.press('Tab');
    stops.push(await indicator(page));
    await page.keyboard.press('Tab');
    stops.push(await indicator(page));
    await page.keyboard.press('ArrowDown');
    await menuShown(page);
    const items = await page.getByRole('menu').locator('[role^="menuitem"]').count();
    for (let i = 0; i < items; i++) {
      stops.push(await indicator(page));
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Escape');
    expect(stops.map((s) => s.element)).toEqual(expect.arrayContaining([expect.stringContaining('Decline politely'), expect.stringContaining('More decline options'), expect.stringContaining('Open options')]));
    for (const stop of stops) expect(stop, JSON.stringify(stop)).toMatchObject({ ratio: expect.any(Number) as number });
    expect(stops.filter((s) => s.ratio < 3)).toEqual([]);
  });
});

test.each(LAYOUTS)('the caret menu fits a 600-px-high window whole, without scrolling (%s)', async (_layout, renamed) => {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(renamed ? GMAIL_LIGHT_RENAMED : GMAIL_LIGHT);
  const button = page.getByRole('button', BUTTON);
  await button.waitFor();
  await button.scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'More decline options' }).click();
  const menu = page.getByRole('menu');
  await menu.waitFor();
  const fit = await menu.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { scrolls: el.scrollHeight > el.clientHeight, top: r.top, bottom: r.bottom, height: innerHeight };
  });
  expect(fit.scrolls).toBe(false);
  expect(fit.top).toBeGreaterThanOrEqual(0);
  expect(fit.bottom).toBeLessThanOrEqual(fit.height);
  const options = await page.getByRole('menuitem', { name: 'Open options' }).boundingBox();
  expect(options!.y + options!.height).toBeLessThanOrEqual(600);
  await page.close();
});

describe.each(['light', 'dark'] as const)('the popup at 380×600 (%s)', (scheme) => {
  let popup: Page;

  beforeAll(async () => {
    const thread = await h.context.newPage();
    await thread.goto(GMAIL_LIGHT);
    await thread.getByRole('button', BUTTON).waitFor();
    popup = await openPopupWindow(h);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    // The popup as the user reads it: the thread read, its badge no longer "Reading…".
    await popup.getByText('Reading…').waitFor({ state: 'hidden' });
    await thread.close();
  });
  afterAll(() => popup.close());

  test('axe finds nothing at WCAG 2.2 AA', async () => {
    expect(await axe(popup)).toEqual([]);
  });

  test('every Tab stop has a focus indicator of 3:1 or more', async () => {
    const stops = await tabThrough(popup, 40);
    expect(stops.length).toBeGreaterThan(8);
    expect(stops.filter((s) => s.ratio < 3)).toEqual([]);
  });

  test('its live region is in the accessibility tree before it is filled, and the message is announced', async () => {
    expect(await statusRegions(popup)).toContain('');
    await popup.getByRole('button', { name: 'Copy letter' }).click();
    await expect.poll(() => statusRegions(popup)).toContainEqual(expect.stringMatching(/Copied/));
  });
});

describe.each(['light', 'dark'] as const)('the options page (%s)', (scheme) => {
  let page: Page;

  beforeAll(async () => {
    page = await h.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByLabel('Your name', { exact: true }).waitFor();
  });
  afterAll(() => page.close());

  test('shows the decline shortcut as the browser has it, and where to change it', async () => {
    const note = page.locator('.shortcut');
    await expect.poll(() => note.innerText()).toContain('Alt+Shift+D');
    expect(await note.innerText()).toContain('chrome://extensions/shortcuts');
  });

  test('axe finds nothing at WCAG 2.2 AA', async () => {
    expect(await axe(page)).toEqual([]);
  });

  test('every Tab stop has a focus indicator of 3:1 or more', async () => {
    const stops = await tabThrough(page, 80);
    expect(stops.length).toBeGreaterThan(15);
    expect(stops.filter((s) => s.ratio < 3)).toEqual([]);
  });
});

describe('the options page’s live regions', () => {
  let page: Page;

  beforeAll(async () => {
    page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByLabel('Your name', { exact: true }).waitFor();
  });
  afterAll(() => page.close());

  test('backup: its status region is in the tree, empty, before a file is imported; then it announces the import and the undo', async () => {
    const region = '#backup [role="status"]';
    expect(await page.locator(region).count()).toBe(1);
    expect(await regionAt(page, region)).toEqual({ role: 'status', text: '' });
    const file = exportPreferences({ ...defaultPreferences(), name: 'Alex Morgan' });
    await page.locator('#import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(async () => (await regionAt(page, region)).text).toMatch(/^Imported your settings from “backup\.json”/);
    // The same region, filled: no second one was made for the message.
    expect(await page.locator(region).count()).toBe(1);
    expect(await page.getByLabel('Your name', { exact: true }).inputValue()).toBe('Alex Morgan');
    await page.getByRole('button', { name: 'Undo import' }).click();
    await expect.poll(() => regionAt(page, region)).toEqual({ role: 'status', text: 'Your previous settings are back.' });
    expect(await page.getByLabel('Your name', { exact: true }).inputValue()).toBe('');
  });

  test('letters: the reset message’s status region is in the tree, empty, before the reset; then it announces it', async () => {
    const region = '#letters [role="status"]';
    const editor = page.getByLabel('Offer letter template');
    await editor.fill('{{#warm}}{{greeting}} A letter of my own.{{/warm}}');
    await editor.blur();
    expect(await page.locator(region).count()).toBe(1);
    expect(await regionAt(page, region)).toEqual({ role: 'status', text: '' });
    await page.getByRole('button', { name: /Reset to default/ }).click();
    await expect.poll(async () => (await regionAt(page, region)).text).toMatch(/^The job offer letter is back to the built-in one\./);
    expect(await page.locator(region).count()).toBe(1);
    expect(await editor.inputValue()).not.toContain('A letter of my own.');
  });
});
