import { launch, trackErrors, type Harness } from './harness';

const GMAIL = 'https://mail.google.com/mail/u/0/';

describe('the end-to-end harness', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('loads the built extension and serves a fixture at the real Gmail URL', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    h.serve(GMAIL, '<!doctype html><title>Gmail</title><div role="main">Inbox</div>');
    const page = await h.context.newPage();
    const errors = trackErrors(page);
    await page.goto(`${GMAIL}#inbox`);
    await expect(page.getByRole('main').textContent()).resolves.toBe('Inbox');
    expect(page.url()).toBe(`${GMAIL}#inbox`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the extension pages open from the loaded build', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect(page.locator('#app').count()).resolves.toBe(1);
    await page.close();
  });
});
