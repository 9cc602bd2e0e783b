/**
 * The options page in the built extension: what the user saves there is what the in-page button writes.
 * Run with: npx wxt build && npx vitest run -c vitest.e2e.config.ts tests/e2e/options.e2e.test.ts
 */
import type { Page } from 'playwright-core';
import { renameClasses } from '../support/rename-classes';
import { readFixture } from '../support/shared';
import { launch, trackErrors, type Harness } from './harness';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREAD = `${GMAIL}#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd`;
/** The same thread with every class name renamed, as after a Gmail redesign (tests/support/rename-classes.ts). */
const GMAIL_RENAMED = 'https://mail.google.com/mail/u/1/';
const THREAD_RENAMED = `${GMAIL_RENAMED}#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd`;
const NAME = 'Morgan Quill-Avery';
const SENTENCE = 'Meeting the Northwind team was a genuine highlight of my year.';

async function openOptions(h: Harness): Promise<{ page: Page; errors: string[] }> {
  const page = await h.context.newPage();
  const errors = trackErrors(page);
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.getByLabel('Your name', { exact: true }).waitFor();
  return { page, errors };
}

async function waitForSaved(page: Page): Promise<void> {
  await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor({ timeout: 5000 });
}

async function stored(page: Page): Promise<Record<string, unknown>> {
  // The options page is an extension page, so it can read the extension's storage directly.
  return page.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get(null));
}

describe('options page', () => {
  let h: Harness;
  let installPage: Page | null;
  beforeAll(async () => {
    // Keep the options tab the extension opens after install: the first test checks its welcome.
    h = await launch({ keepWelcome: true });
    installPage = h.welcome;
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the first time, it welcomes the user and asks for their name', async () => {
    // background.ts opens the page after install; if that did not show up in time, open it ourselves.
    const page = installPage ?? (await h.context.newPage());
    if (!installPage) await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    // It may have opened before the route above was in place, with its scripts blocked: then load it again.
    // The welcome is still due then, since the page never ran (it would have marked the welcome as shown).
    const rendered = await page.locator('#name').waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (!rendered) {
      const welcomed = await page.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
        return (await chrome.storage.local.get('dp:welcomed'))['dp:welcomed'] === true;
      });
      if (!welcomed) await page.reload();
    }
    const errors = trackErrors(page);
    await page.getByRole('region', { name: 'Welcome' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'name');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe('name');
    // Only the first time. The form and the welcome are shown together once the page has loaded the settings
    // (aria-busy goes false): with the form there, the welcome's absence is the page's decision.
    await page.reload();
    await page.getByLabel('Your name', { exact: true }).waitFor();
    expect(await page.locator('main[aria-busy="false"]').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Welcome' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('opens from the built extension, with its sections and no errors', async () => {
    const { page, errors } = await openOptions(h);
    expect(await page.title()).toBe('Decline Politely — Options');
    for (const name of ['About you', 'Defaults', 'Letters', 'Backup']) {
      expect(await page.getByRole('heading', { name, exact: true }).count()).toBe(1);
    }
    // The header icon really loads from the extension.
    const iconLoaded = await page.locator('.brand img').evaluate((img) => (img as HTMLImageElement).naturalWidth > 0);
    expect(iconLoaded).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a saved name and template edit are what the in-page button writes', async () => {
    const { page: options, errors } = await openOptions(h);
    await options.getByLabel('Your name', { exact: true }).fill(NAME);
    const editor = options.getByLabel('Offer letter template');
    const template = await editor.inputValue();
    expect(template).toContain('{{greeting}}\n\n');
    // In every tone section, right after the greeting.
    await editor.fill(template.replaceAll('{{greeting}}\n\n', `{{greeting}}\n\n${SENTENCE} `));
    await waitForSaved(options);
    expect(await options.getByTestId('letter-preview').textContent()).toContain(SENTENCE);

    const data = await stored(options);
    expect(data.prefs).toMatchObject({ name: NAME });
    expect(data['template:offer']).toContain(SENTENCE);

    // Still there after a reload.
    await options.reload();
    expect(await options.getByLabel('Your name', { exact: true }).inputValue()).toBe(NAME);
    expect(await options.getByLabel('Offer letter template').inputValue()).toContain(SENTENCE);
    expect(errors).toEqual([]);

    h.serve(GMAIL, readFixture('gmail-thread-inline-reply.html'));
    const gmail = await h.context.newPage();
    const gmailErrors = trackErrors(gmail, { ownWarnings: true });
    await gmail.goto(THREAD);
    await gmail.getByRole('button', { name: 'Decline politely' }).click({ timeout: 15_000 });
    const body = gmail.locator('[g_editable="true"][role="textbox"]').first();
    await gmail.waitForFunction(
      (sentence) => document.querySelector('[g_editable="true"][role="textbox"]')?.textContent?.includes(sentence) ?? false,
      SENTENCE,
      { timeout: 5000 },
    );
    const text = await body.innerText();
    expect(text).toContain(SENTENCE);
    expect(text).toContain(NAME);
    expect(text).toMatch(/^Hi Priya,/);
    expect(gmailErrors).toEqual([]);

    // A change made while Gmail is open is used at once, without reloading Gmail.
    await options.getByLabel('Your name', { exact: true }).fill('Morgan Q. Avery');
    await waitForSaved(options);
    await gmail.getByRole('button', { name: 'Decline politely' }).click();
    await gmail.waitForFunction(() => document.querySelector('[g_editable="true"][role="textbox"]')?.textContent?.includes('Morgan Q. Avery') ?? false, null, {
      timeout: 5000,
    });
    await gmail.close();

    // The same settings on the thread with every class name renamed.
    h.serve(GMAIL_RENAMED, renameClasses(readFixture('gmail-thread-inline-reply.html')));
    const renamed = await h.context.newPage();
    const renamedErrors = trackErrors(renamed, { ownWarnings: true });
    await renamed.goto(THREAD_RENAMED);
    await renamed.getByRole('button', { name: 'Decline politely' }).click({ timeout: 15_000 });
    await renamed.waitForFunction(() => document.querySelector('[g_editable="true"][role="textbox"]')?.textContent?.includes('Morgan Q. Avery') ?? false, null, {
      timeout: 5000,
    });
    const renamedText = await renamed.locator('[g_editable="true"][role="textbox"]').first().innerText();
    expect(renamedText).toMatch(/^Hi Priya,/);
    expect(renamedText).toContain(SENTENCE);
    expect(renamedErrors).toEqual([]);
    await renamed.close();
    await options.close();
  });

  test('an invalid template is refused and the working one stays in use', async () => {
    const { page, errors } = await openOptions(h);
    const editor = page.getByLabel('Interview letter template');
    await page.getByRole('tab', { name: 'Interview' }).click();
    await editor.fill('Hi {{firstName}},\n{{#warm}}\nThanks.');
    await editor.blur();
    await page.getByText(/Line 2, column 1/).waitFor();
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    // Control: a valid change made now is saved, so the page has written to storage since the invalid template
    // was typed; the template is still not there, and the page says one change is not saved.
    await page.getByLabel('Your name', { exact: true }).fill('Sage Control');
    await expect.poll(async () => (await stored(page)).prefs, { timeout: 5000 }).toMatchObject({ name: 'Sage Control' });
    expect((await stored(page))['template:interview']).toBeUndefined();
    await expect.poll(() => page.locator('.save-status').innerText()).toMatch(/not saved/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('closing the page right after typing keeps what was typed', async () => {
    const { page } = await openOptions(h);
    await page.getByLabel('Signature', { exact: true }).fill('Typed just before closing');
    // The save is still pending: the page writes it at once, and the browser may ask before leaving while it
    // finishes (Chrome shows that prompt only after a real user gesture). Either way, leaving is allowed.
    // Accepted after a moment, as a person would: the prompt is what gives the save time to finish.
    page.on('dialog', (d) => void new Promise((r) => setTimeout(r, 300)).then(() => d.accept()));
    const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
    await page.close({ runBeforeUnload: true });
    await closed;
    const { page: again } = await openOptions(h);
    expect(await again.getByLabel('Signature', { exact: true }).inputValue()).toBe('Typed just before closing');
    await again.close();
  });
});
