import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Options } from '../../components/Options';
import { KEYS, PreferencesStore, type Preferences } from '../../core/settings/preferences';
import { exportPreferences, importPreferences } from '../../core/settings/backup';
import { fakeStorage } from '../support/fake-storage';

const SAVED = { timeout: 2000 };

function setup(options: { stored?: Record<string, unknown>; prefsRaw?: unknown; firstRun?: boolean; saveDelay?: number } = {}) {
  const storage = fakeStorage();
  if (options.prefsRaw !== undefined) storage.sync!.data[KEYS.prefs] = options.prefsRaw;
  else if (options.stored) storage.sync!.data[KEYS.prefs] = { version: 1, ...options.stored };
  if (!options.firstRun) storage.local.data[KEYS.welcomed] = true;
  const store = new PreferencesStore(storage);
  const save = vi.spyOn(store, 'save');
  const download = vi.fn<(filename: string, text: string) => void>();
  render(<Options store={store} download={download} saveDelay={options.saveDelay} />);
  const stored = () => storage.sync!.data[KEYS.prefs] as Preferences | undefined;
  return { storage, store, save, download, stored };
}

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const toneRadio = (name: RegExp) => within(screen.getByRole('group', { name: 'Default tone' })).getByRole('radio', { name });

function statusRegion(): HTMLElement {
  const el = document.querySelector<HTMLElement>('.save-status');
  if (!el) throw new Error('no save status');
  return el;
}

describe('Options: preferences form', () => {
  test('shows the saved values in labelled fields', async () => {
    setup({ stored: { name: 'Sam Lee', signature: 'Staff Engineer', defaultTone: 'formal', keepDoorOpen: false } });
    expect(((await screen.findByLabelText('Your name')) as HTMLInputElement).value).toBe('Sam Lee');
    expect((screen.getByLabelText('Signature') as HTMLTextAreaElement).value).toBe('Staff Engineer');
    expect((toneRadio(/Formal/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('switch', { name: 'Keep the door open' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('heading', { name: 'About you' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Defaults' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Letters' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Backup' })).toBeTruthy();
  });

  test('typing a name saves it after a short pause and says "Saved"', async () => {
    const { stored, save } = setup();
    const name = await screen.findByLabelText('Your name');
    type(name, 'S');
    type(name, 'Sa');
    type(name, 'Sam Lee');
    expect(statusRegion().textContent).toBe('Saving…');
    await waitFor(() => expect(statusRegion().textContent).toBe('Saved'), SAVED);
    expect(stored()?.name).toBe('Sam Lee');
    // Debounced: three keystrokes, one write.
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('"Saved" shows only once the latest change is stored, not an earlier one', async () => {
    const { save, stored, store } = setup({ saveDelay: 20 });
    let release: () => void = () => {};
    save.mockImplementationOnce(async (p) => {
      await new Promise<void>((r) => (release = r));
      return PreferencesStore.prototype.save.call(store, p);
    });
    const name = await screen.findByLabelText('Your name');
    type(name, 'Sam');
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    type(name, 'Sam Lee');
    release();
    await waitFor(() => expect(stored()?.name).toBe('Sam'));
    expect(statusRegion().textContent).toBe('Saving…');
    await waitFor(() => expect(stored()?.name).toBe('Sam Lee'));
    await waitFor(() => expect(statusRegion().textContent).toBe('Saved'));
  });

  test('an invalid keep-in-touch address shows its message, keeps the text, and is not saved', async () => {
    const { stored } = setup({ stored: { version: 2, keepInTouch: { en: 'https://www.linkedin.com/in/sam', de: '', fr: '', es: '' } } });
    const field = within(await screen.findByRole('group', { name: 'Keep-in-touch line' })).getByLabelText('English') as HTMLInputElement;
    type(field, 'https://linked in.com/sam');
    const error = await screen.findByText(/That web address does not look right/, {}, SAVED);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(error.closest('p')?.id);
    expect(field.value).toBe('https://linked in.com/sam');
    expect(stored()?.keepInTouch.en).toBe('https://www.linkedin.com/in/sam');
    expect(statusRegion().textContent).toMatch(/One change is not saved/);

    // Other fields still save while this one is wrong.
    type(screen.getByLabelText('Your name'), 'Sam');
    await waitFor(() => expect(stored()?.name).toBe('Sam'), SAVED);
    expect(stored()?.keepInTouch.en).toBe('https://www.linkedin.com/in/sam');
    expect(field.value).toBe('https://linked in.com/sam');

    // Fixing it clears the message at once and saves.
    type(field, 'https://www.linkedin.com/in/sam-lee');
    expect(screen.queryByText(/That web address does not look right/)).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(stored()?.keepInTouch.en).toBe('https://www.linkedin.com/in/sam-lee'), SAVED);
    await waitFor(() => expect(statusRegion().textContent).toBe('Saved'));
  });

  test('leaving a field saves at once and shows its problem without waiting', async () => {
    const { stored } = setup({ saveDelay: 60_000 });
    const name = await screen.findByLabelText('Your name');
    type(name, 'Sam');
    fireEvent.blur(name);
    await waitFor(() => expect(stored()?.name).toBe('Sam'));
    const kit = within(screen.getByRole('group', { name: 'Keep-in-touch line' })).getByLabelText('English');
    type(kit, 'www.');
    expect(screen.queryByText(/web address/)).toBeNull();
    fireEvent.blur(kit);
    await screen.findByText(/That web address does not look right/);
  });

  test('pending changes are written when the page is hidden or closed', async () => {
    const { stored } = setup({ saveDelay: 60_000 });
    const name = await screen.findByLabelText('Your name');
    type(name, 'Sam');
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(stored()?.name).toBe('Sam'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });

    type(screen.getByLabelText('Signature'), 'Staff Engineer');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(() => expect(stored()?.signature).toBe('Staff Engineer'));
  });

  test('the custom reason appears for "Other" and is required with it', async () => {
    const { stored } = setup();
    const reason = await screen.findByLabelText('Default reason');
    expect(screen.queryByRole('group', { name: 'Your own reason' })).toBeNull();
    fireEvent.change(reason, { target: { value: 'custom' } });
    const own = within(await screen.findByRole('group', { name: 'Your own reason' })).getByLabelText('English');
    await screen.findByText('Write your own reason, or pick one from the list.');
    // Not saved: "custom" without its text would give letters with no reason.
    expect(stored()?.defaultReason ?? 'accepted-other-offer').toBe('accepted-other-offer');
    type(own, "I've decided to go back to school.");
    await waitFor(() => expect(stored()).toMatchObject({ defaultReason: 'custom', customReason: { en: "I've decided to go back to school.", de: '' } }), SAVED);
  });

  test('tone, language and switches save as they are changed', async () => {
    const { stored } = setup();
    await screen.findByLabelText('Your name');
    fireEvent.click(toneRadio(/Brief/));
    await waitFor(() => expect(stored()?.defaultTone).toBe('brief'));
    fireEvent.change(screen.getByLabelText('Letter language'), { target: { value: 'fr' } });
    await waitFor(() => expect(stored()?.language).toBe('fr'));
    fireEvent.click(screen.getByRole('switch', { name: 'Show the button on all replies' }));
    await waitFor(() => expect(stored()?.showOnAllReplies).toBe(true));
    fireEvent.click(screen.getByRole('switch', { name: 'Keep the door open' }));
    await waitFor(() => expect(stored()?.keepDoorOpen).toBe(false));
  });

  test('a change saved in another tab shows up here', async () => {
    const { storage } = setup();
    const name = (await screen.findByLabelText('Your name')) as HTMLInputElement;
    const other = new PreferencesStore(storage);
    await other.save({ ...(await other.load()).prefs, name: 'From another tab' });
    await waitFor(() => expect(name.value).toBe('From another tab'));
  });
});

describe('Options: first run and damaged storage', () => {
  test('the first time, a welcome asks for the name and puts the cursor there', async () => {
    setup({ firstRun: true });
    const welcome = await screen.findByRole('region', { name: 'Welcome' });
    expect(welcome.textContent).toMatch(/your name/i);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Your name')));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the welcome message' }));
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
  });

  test('no welcome after the first time', async () => {
    setup();
    await screen.findByLabelText('Your name');
    // The form and the welcome appear together once the settings are loaded: the page has decided by now.
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
  });

  test('corrupt storage shows a dismissible notice, offers the damaged copy and uses the defaults', async () => {
    const damaged = '{"name":"Sam","defaultTone":"wa';
    const { download, stored, storage } = setup({ prefsRaw: damaged });
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toMatch(/Some of your saved settings could not be used/);
    expect(notice.textContent).toMatch(/damaged and could not be read/);
    expect(((await screen.findByLabelText('Your name')) as HTMLInputElement).value).toBe('');

    fireEvent.click(within(notice).getByRole('button', { name: 'Download the damaged copy' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [filename, text] = download.mock.calls[0]!;
    expect(filename).toMatch(/^decline-politely-damaged-settings-\d{4}-\d\d-\d\d\.json$/);
    // The damaged value exactly as it was stored, to recover text from.
    expect(JSON.parse(JSON.parse(text)[0].value)).toEqual({ prefs: damaged });

    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByRole('alert')).toBeNull();

    // The damaged value is replaced in storage (its copy is kept aside), so the next load is clean.
    expect(stored()).toMatchObject({ version: 2, name: '', defaultTone: 'warm' });
    expect((await new PreferencesStore(storage).load()).problems).toEqual([]);
  });

  test('settings from a newer version are reported but never overwritten just by opening the page', async () => {
    const { stored, save } = setup({ prefsRaw: { version: 99, name: 'Sam', futureField: true } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/newer version/);
    expect(((await screen.findByLabelText('Your name')) as HTMLInputElement).value).toBe('Sam');
    expect(save).not.toHaveBeenCalled();
    expect(stored()).toMatchObject({ version: 99, futureField: true });
  });

  test('fields of the wrong type are reported, the rest is kept', async () => {
    setup({ prefsRaw: { version: 1, name: 'Sam', defaultTone: 7, keepDoorOpen: 'yes' } });
    const notice = await screen.findByRole('alert');
    expect(within(notice).getAllByRole('listitem')).toHaveLength(2);
    expect(((await screen.findByLabelText('Your name')) as HTMLInputElement).value).toBe('Sam');
  });
});

describe('Options: backup', () => {
  function pick(text: string, name = 'backup.json') {
    const input = screen.getByLabelText(/Import settings/) as HTMLInputElement;
    const f = new File([text], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [f], configurable: true });
    fireEvent.change(input);
  }

  test('export downloads a file that imports back to the same preferences', async () => {
    const { download, stored, storage } = setup({ stored: { name: 'Sam Lee', defaultTone: 'brief' } });
    storage.sync!.data[KEYS.template('offer')] = '{{#warm}}Hi {{firstName}}{{/warm}}';
    type(await screen.findByLabelText('Signature'), 'Staff Engineer');
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    // Export writes pending changes first, so the file has what the user sees.
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [filename, text] = download.mock.calls[0]!;
    expect(filename).toMatch(/^decline-politely-settings-\d{4}-\d\d-\d\d\.json$/);
    const back = importPreferences(text);
    expect(back.ok && back.prefs).toMatchObject({ name: 'Sam Lee', signature: 'Staff Engineer', defaultTone: 'brief' });
    expect(stored()?.signature).toBe('Staff Engineer');
  });

  test('a bad file is refused whole: nothing changes and every problem is listed', async () => {
    const { stored, save } = setup({ stored: { name: 'Sam Lee' } });
    await screen.findByLabelText('Your name');
    const good = JSON.parse(
      exportPreferences({
        version: 1,
        name: 'Imported Name',
        signature: '',
        defaultReason: 'timing',
        customReason: { en: '', de: '', fr: '', es: '' },
        defaultTone: 'formal',
        keepDoorOpen: true,
        keepInTouch: { en: '', de: '', fr: '', es: '' },
        language: 'auto',
        showOnAllReplies: false,
        templates: {},
      }),
    );
    good.preferences.defaultTone = 'angry';
    good.preferences.keepInTouch = { en: 'https://bad url' };
    good.templates.offer = 'Hi {{#warm}}';
    pick(JSON.stringify(good), 'damaged.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Nothing was imported from “damaged.json”/);
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^Keep-in-touch line:/);
    expect(items[1]).toMatch(/^Default tone:/);
    expect(items[2]).toMatch(/^The offer template, line 1, column 4:/);
    expect(alert.textContent).toMatch(/Your settings were not changed/);
    expect(save).not.toHaveBeenCalled();
    expect(stored()?.name).toBe('Sam Lee');
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Sam Lee');
  });

  test('a file that is not a backup at all is refused', async () => {
    const { save } = setup();
    await screen.findByLabelText('Your name');
    pick('{"format":"decline-politely-backup","version":1,"preferences":{"name":"Sa', 'cut.json');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not valid JSON/);
    expect(save).not.toHaveBeenCalled();
  });

  test('a good file is applied everywhere at once, and can be undone', async () => {
    const { stored, storage } = setup({ stored: { name: 'Sam Lee' } });
    await screen.findByLabelText('Your name');
    const text = exportPreferences({
      version: 1,
      name: 'Alex Morgan',
      signature: 'Product Designer',
      defaultReason: 'location',
      customReason: { en: '', de: '', fr: '', es: '' },
      defaultTone: 'formal',
      keepDoorOpen: false,
      keepInTouch: { en: '', de: '', fr: '', es: '' },
      language: 'es',
      showOnAllReplies: true,
      templates: { offer: '{{#formal}}{{greeting}} Imported letter.{{/formal}}' },
    });
    pick(text);
    await screen.findByText(/Imported your settings from “backup.json”/);
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Alex Morgan');
    expect((screen.getByLabelText('Default reason') as HTMLSelectElement).value).toBe('location');
    expect((screen.getByLabelText('Offer letter template') as HTMLTextAreaElement).value).toContain('Imported letter.');
    expect(stored()).toMatchObject({ name: 'Alex Morgan', language: 'es', showOnAllReplies: true });
    expect(storage.sync!.data[KEYS.template('offer')]).toContain('Imported letter.');

    fireEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    await screen.findByText('Your previous settings are back.');
    expect(stored()?.name).toBe('Sam Lee');
    expect(storage.sync!.data[KEYS.template('offer')]).toBeUndefined();
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Sam Lee');
  });
});
