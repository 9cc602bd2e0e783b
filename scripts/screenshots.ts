/**
 * Takes the README's screenshots from the built extension in headless Chromium, on the project's fixture pages
 * served at the real mail URLs. Run: npm run build && npx vite-node scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openPopupWindow } from '../tests/e2e/harness';
import { PROJECT_ROOT, readFixture } from '../tests/support/shared';

const OUT = resolve(PROJECT_ROOT, 'docs', 'screenshots');
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd';
const OUTLOOK = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2ZjQtMDACLTAwCgAQAMNBwqHRPH1Iq0ZnFZpQ6aY%3D';

async function shot(page: Page, selector: string, file: string): Promise<void> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  await target.screenshot({ path: resolve(OUT, file) });
  process.stdout.write(`wrote docs/screenshots/${file}\n`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const h = await launch();
  try {
    h.serve(GMAIL, readFixture('gmail-thread-inline-reply.html'));
    h.serve(OUTLOOK, readFixture('outlook-reading-pane-reply.html'));

    const gmail = await h.context.newPage();
    await gmail.setViewportSize({ width: 1100, height: 1300 });
    await gmail.goto(GMAIL);
    const button = gmail.getByRole('button', { name: 'Decline politely', exact: true });
    await button.waitFor();
    await shot(gmail, '.ip.adB', 'gmail-button.png');
    await button.click();
    await gmail.locator('[data-decline-politely="letter"]').waitFor();
    await gmail.mouse.move(0, 0);
    await gmail.waitForTimeout(4500); // let the "inserted" note fade
    await shot(gmail, '.ip.adB', 'gmail-letter.png');

    const outlook = await h.context.newPage();
    await outlook.setViewportSize({ width: 1200, height: 1300 });
    await outlook.goto(OUTLOOK);
    await outlook.getByRole('button', { name: 'Decline politely', exact: true }).waitFor();
    await shot(outlook, '.compose', 'outlook-button.png');

    await gmail.bringToFront();
    const popup = await openPopupWindow(h);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.waitForFunction(() => Array.from(document.querySelectorAll('input')).some((i) => i.value === 'Priya'));
    await popup.screenshot({ path: resolve(OUT, 'popup.png') });
    process.stdout.write('wrote docs/screenshots/popup.png\n');

    const options = await h.context.newPage();
    await options.setViewportSize({ width: 900, height: 1400 });
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Your name').fill('Alex Morgan');
    await options.getByText('Saved').first().waitFor();
    await options.screenshot({ path: resolve(OUT, 'options.png') });
    process.stdout.write('wrote docs/screenshots/options.png\n');
  } finally {
    await h.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
