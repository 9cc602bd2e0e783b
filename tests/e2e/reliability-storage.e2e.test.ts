/**
 * Reliability: damaged settings in the real chrome.storage.sync. The extension's service worker writes a truncated
 * settings record and a template that no longer parses, as a half-finished sync or an older build could leave them.
 * Then, in real Chromium:
 *   - the in-page button on the Gmail thread still writes a letter, with the defaults and the built-in template;
 *   - the options page says what could not be used and offers the damaged copy for download;
 *   - the damaged values are kept aside in chrome.storage.local, and stay there after the options page repairs
 *     the settings.
 *
 * Run: npx wxt build && npx vitest run -c vitest.e2e.config.ts tests/e2e/reliability-storage.e2e.test.ts
 */
import type { Worker } from 'playwright-core';
import { readFixture } from '../support/shared';
import { LAYOUTS, renameClasses } from '../support/rename-classes';
import { launch, trackErrors, type Harness } from './harness';

declare const chrome: {
  storage: {
    sync: { set(items: Record<string, unknown>): Promise<void>; get(keys: string[] | null): Promise<Record<string, unknown>> };
    local: { get(keys: string[] | null): Promise<Record<string, unknown>> };
  };
};

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
/** The same thread with every class name renamed, as after a Gmail redesign (tests/support/rename-classes.ts). */
const THREAD_RENAMED = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const EDITOR = '[g_editable="true"][contenteditable="true"]';
const DAMAGED = {
  prefs: '{"version":1,"name":"Sam Lee","defaultTone":"formal","signa',
  'template:offer': 'Dear {{#formal}}Ms {{fullName}},\n\nSam Lee was here.',
};

let h: Harness;
let worker: Worker;

beforeAll(async () => {
  h = await launch();
  h.serve(THREAD, readFixture('gmail-thread-inline-reply.html'));
  h.serve(THREAD_RENAMED, renameClasses(readFixture('gmail-thread-inline-reply.html')));
  worker = h.worker!;
  await worker.evaluate((items) => chrome.storage.sync.set(items), DAMAGED);
});

afterAll(async () => {
  await h?.close();
});

function quarantine(): Promise<{ at: string; problems: string[]; value: string }[]> {
  return worker.evaluate(async () => ((await chrome.storage.local.get(['dp:quarantine']))['dp:quarantine'] ?? []) as { at: string; problems: string[]; value: string }[]);
}

describe('damaged settings in chrome.storage.sync', () => {
  test.each(LAYOUTS)('the Gmail button still inserts a letter, with the defaults and the built-in template (%s)', async (_layout, renamed) => {
    const page = await h.context.newPage();
    const errors = trackErrors(page, { ownWarnings: true });
    await page.goto(renamed ? THREAD_RENAMED : THREAD);
    const button = page.getByRole('button', { name: 'Decline politely', exact: true });
    await button.waitFor({ timeout: 10_000 });
    await button.click();
    const letter = page.locator(`${EDITOR} [data-decline-politely="letter"]`);
    await expect.poll(() => letter.count(), { timeout: 5000 }).toBe(1);
    const text = await letter.innerText();
    // Warm tone (the default), not the damaged record's formal one; the page's account name, not "Sam Lee".
    expect(text).toMatch(/^Hi Priya,\n/);
    expect(text).toContain('the Senior Frontend Engineer role at Northwind Labs');
    expect(text).toMatch(/(?:Best wishes|Warm regards),\nAlex Morgan$/);
    expect(text).not.toContain('Sam Lee');
    expect(text).not.toContain('{{');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the options page tells the user and offers the damaged copy; the copy stays kept after the repair', async () => {
    // The damage is stored again here, so the test stands alone (a retry must not find it repaired already).
    await worker.evaluate((items) => chrome.storage.sync.set(items), DAMAGED);
    const page = await h.context.newPage();
    const errors = trackErrors(page);
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const notice = page.getByRole('alert').filter({ hasText: 'Some of your saved settings could not be used' });
    await notice.waitFor({ timeout: 10_000 });
    const items = await notice.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(2);
    expect(items.join('\n')).toMatch(/settings were damaged/i);
    expect(items.join('\n')).toMatch(/offer template has an error \(line 1, column \d+/i);
    expect(await notice.getByRole('button', { name: 'Download the damaged copy' }).isVisible()).toBe(true);
    // The form shows the defaults, not anything from the damaged record.
    expect(await page.getByLabel('Your name', { exact: true }).inputValue()).toBe('');

    // Kept aside, exactly as stored.
    const kept = await quarantine();
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.map((k) => JSON.parse(k.value))).toContainEqual(DAMAGED);

    // The options page replaces the damage with the defaults once the copy is safe; the copy is still there after.
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.storage.sync.get(['prefs'])).prefs), { timeout: 5000 })
      .toMatchObject({ version: 2, name: '' });
    // After the repair the page loads clean settings: the form is there (shown with the notice, once loaded), so the
    // notice's absence is the page's decision.
    await page.reload();
    await page.getByLabel('Your name', { exact: true }).waitFor();
    expect(await page.locator('main[aria-busy="false"]').count()).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: 'Some of your saved settings could not be used' }).count()).toBe(0);
    expect((await quarantine()).map((k) => JSON.parse(k.value))).toContainEqual(DAMAGED);
    expect(errors).toEqual([]);
    await page.close();
  });
});
