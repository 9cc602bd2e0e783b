import {
  defaultPreferences,
  keepInTouchProblem,
  KEYS,
  migrate,
  PREFERENCES_VERSION,
  PreferencesStore,
  signingName,
  validate,
} from '../../core/settings/preferences';
import { fakeStorage } from '../support/fake-storage';
import { problemText as english } from '../../components/problems';

describe('validate', () => {
  test('defaults are valid', () => {
    expect(validate(defaultPreferences())).toEqual([]);
  });

  test('reports each bad field with a message a person can act on', () => {
    const p = { ...defaultPreferences(), name: 'x'.repeat(101), keepInTouch: { en: 'https://exa mple', de: '', fr: '', es: '' }, defaultReason: 'custom' as const };
    const problems = validate(p);
    expect(problems.map((x) => x.field).sort()).toEqual(['customReason', 'keepInTouch.en', 'name']);
    expect(english(problems.find((x) => x.field === 'keepInTouch.en')!.problem)).toMatch(/web address/);
  });

  test('a template with a syntax error is reported with line and column', () => {
    const p = { ...defaultPreferences(), templates: { offer: 'Hi {{firstName}},\n{{#formal}}\nDear' } };
    const [problem] = validate(p);
    expect(problem?.field).toBe('templates.offer');
    expect(english(problem!.problem)).toMatch(/^Line \d+, column \d+: /);
  });
});

describe('keepInTouchProblem', () => {
  test.each([
    ['', null],
    ['Feel free to find me on LinkedIn.', null],
    ['https://www.linkedin.com/in/jane-doe', null],
    ['www.linkedin.com/in/jane-doe', null],
  ])('%j is fine', (v, expected) => expect(keepInTouchProblem(v)).toBe(expected));
  test.each(['https://', 'http://localhost', 'https://linked in.com/x', 'www.'])('%j is refused', (v) =>
    expect(english(keepInTouchProblem(v)!)).toMatch(/web address/),
  );
});

describe('migrate', () => {
  test('nothing stored gives the defaults without complaint', () => {
    expect(migrate(undefined)).toEqual({ prefs: defaultPreferences(), problems: [], fromNewerVersion: false });
  });

  test('a current value round-trips', () => {
    const stored = { ...defaultPreferences(), name: 'Sam Lee', defaultTone: 'formal', showOnAllReplies: true };
    const { prefs, problems } = migrate(stored, { offer: 'Hi {{firstName}}' });
    expect(problems).toEqual([]);
    expect(prefs).toMatchObject({ name: 'Sam Lee', defaultTone: 'formal', showOnAllReplies: true, templates: { offer: 'Hi {{firstName}}' } });
  });

  test('the pre-release layout (no version, yourName, linkedin) is carried over', () => {
    const { prefs, problems } = migrate({ yourName: 'Sam Lee', linkedin: 'https://www.linkedin.com/in/sam', defaultTone: 'brief' });
    expect(problems).toEqual([]);
    expect(prefs).toMatchObject({ version: PREFERENCES_VERSION, name: 'Sam Lee', keepInTouch: { en: 'https://www.linkedin.com/in/sam', de: 'https://www.linkedin.com/in/sam', fr: 'https://www.linkedin.com/in/sam', es: 'https://www.linkedin.com/in/sam' }, defaultTone: 'brief' });
  });

  test('version 1 kept one custom reason and keep-in-touch line: each becomes the text of its language, nothing is lost', () => {
    const { prefs, problems } = migrate({ version: 1, defaultReason: 'custom', customReason: 'Ich möchte mich dieses Jahr ganz auf meinen Masterabschluss konzentrieren.', keepInTouch: 'Gerne können wir uns auf LinkedIn vernetzen, wenn Sie mögen.' });
    expect(problems).toEqual([]);
    expect(prefs.defaultReason).toBe('custom');
    expect(prefs.customReason).toEqual({ en: '', de: 'Ich möchte mich dieses Jahr ganz auf meinen Masterabschluss konzentrieren.', fr: '', es: '' });
    expect(prefs.keepInTouch).toEqual({ en: '', de: 'Gerne können wir uns auf LinkedIn vernetzen, wenn Sie mögen.', fr: '', es: '' });
    expect(migrate({ version: 1, customReason: 'Moving abroad' }).prefs.customReason.en).toBe('Moving abroad');
  });

  test('a version 1 text too short to tell its language goes to the letter language the user had fixed', () => {
    const { prefs } = migrate({ version: 1, language: 'de', customReason: 'Umzug nach Berlin' });
    expect(prefs.customReason).toEqual({ en: '', de: 'Umzug nach Berlin', fr: '', es: '' });
  });

  test('a value from a newer version keeps what it understands and says so', () => {
    const r = migrate({ version: PREFERENCES_VERSION + 1, name: 'Sam', futureField: { x: 1 } });
    expect(r.fromNewerVersion).toBe(true);
    expect(r.prefs.name).toBe('Sam');
    expect(english(r.problems[0]!)).toMatch(/newer version/);
  });

  // Ten kinds of damage: every one gives usable preferences and a message, never an exception.
  test.each<[string, unknown, Record<string, unknown>?]>([
    ['truncated JSON text', '{"name":"Sam","defaultTone":"wa'],
    ['an array', [1, 2, 3]],
    ['a number', 42],
    ['wrong field types', { name: 12, signature: ['x'], defaultTone: 7, keepDoorOpen: 'yes' }],
    ['an unknown reason and tone', { defaultReason: 'because', defaultTone: 'angry' }],
    ['an unknown version', { version: 'two', name: 'Sam' }],
    ['a negative version', { version: -3 }],
    ['an invalid keep-in-touch address', { keepInTouch: 'https://in valid' }],
    ['a template that no longer parses', {}, { offer: 'Hi {{#warm}}there' }],
    ['a template of the wrong type', {}, { interview: { text: 'x' } }],
    ['an oversized name', { name: 'x'.repeat(5000) }],
    ['an unknown language', { language: 'klingon' }],
  ])('%s → defaults for the bad part, and a message', (_label, stored, templates) => {
    const r = migrate(stored, templates);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(validate(r.prefs)).toEqual([]);
    for (const p of r.problems) expect(english(p)).toMatch(/\w.*\.$/);
  });
});

describe('PreferencesStore', () => {
  test('saves to sync and loads back', async () => {
    const storage = fakeStorage();
    const store = new PreferencesStore(storage);
    const prefs = { ...defaultPreferences(), name: 'Sam Lee', templates: { outreach: 'Hi {{firstName}}' } };
    expect(await store.save(prefs)).toEqual({ ok: true, area: 'sync' });
    expect(storage.sync?.data[KEYS.template('outreach')]).toBe('Hi {{firstName}}');
    const loaded = await store.load();
    expect(loaded.prefs).toEqual(prefs);
    expect(loaded.area).toBe('sync');
  });

  test('refuses to save invalid preferences and leaves the stored ones alone', async () => {
    const storage = fakeStorage();
    const store = new PreferencesStore(storage);
    await store.save({ ...defaultPreferences(), name: 'Sam' });
    const r = await store.save({ ...defaultPreferences(), name: 'Sam', templates: { offer: '{{#warm}}' } });
    expect(r.ok).toBe(false);
    expect(r.problems?.map(english).join(' ')).toMatch(/Line 1, column/);
    expect((await store.load()).prefs.templates).toEqual({});
  });

  test('removing a custom template removes its stored key', async () => {
    const storage = fakeStorage();
    const store = new PreferencesStore(storage);
    await store.save({ ...defaultPreferences(), templates: { offer: 'Hi' } });
    await store.save(defaultPreferences());
    expect(KEYS.template('offer') in (storage.sync?.data ?? {})).toBe(false);
  });

  test('over the sync quota, preferences move to local and stay there', async () => {
    const storage = fakeStorage();
    const store = new PreferencesStore(storage);
    // Under the character limit, but over sync's 8 KB per item once encoded as UTF-8.
    const big = { ...defaultPreferences(), templates: { offer: `Hi {{firstName}},\n${'谢谢。'.repeat(1900)}` } };
    expect(await store.save(big)).toEqual({ ok: true, area: 'local' });
    expect(storage.local.data[KEYS.area]).toBe('local');
    const loaded = await store.load();
    expect(loaded.area).toBe('local');
    expect(loaded.prefs.templates.offer).toBe(big.templates.offer);
  });

  test('without sync storage, local is used', async () => {
    const storage = fakeStorage({ sync: false });
    const store = new PreferencesStore(storage);
    expect((await store.save({ ...defaultPreferences(), name: 'Sam' })).area).toBe('local');
    expect((await store.load()).prefs.name).toBe('Sam');
  });

  test('when sync fails to read, local is read instead', async () => {
    const storage = fakeStorage();
    storage.local.data[KEYS.prefs] = { ...defaultPreferences(), name: 'From local' };
    storage.sync!.failGet = true;
    const loaded = await new PreferencesStore(storage).load();
    expect(loaded.prefs.name).toBe('From local');
    expect(loaded.area).toBe('local');
  });

  test('a damaged stored value is reported, replaced by defaults and kept aside, not destroyed', async () => {
    const storage = fakeStorage();
    storage.sync!.data[KEYS.prefs] = '{"name":"Sam","sig';
    storage.sync!.data[KEYS.template('offer')] = 'Dear {{#formal}}';
    const store = new PreferencesStore(storage);
    const loaded = await store.load();
    expect(loaded.prefs).toEqual(defaultPreferences());
    expect(loaded.problems).toHaveLength(2);
    // The stored values are untouched, and a copy is in the quarantine list.
    expect(storage.sync!.data[KEYS.prefs]).toBe('{"name":"Sam","sig');
    const kept = await store.quarantined();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.value).toContain('Dear {{#formal}}');
    // Loading again does not pile up copies of the same damage.
    await store.load();
    expect(await store.quarantined()).toHaveLength(1);
  });

  test('watch reports changes to preferences only, and can be stopped', async () => {
    const storage = fakeStorage();
    const store = new PreferencesStore(storage);
    const cb = vi.fn();
    const stop = store.watch(cb);
    await storage.local.set({ unrelated: 1 });
    expect(cb).not.toHaveBeenCalled();
    await store.save({ ...defaultPreferences(), name: 'Sam' });
    expect(cb).toHaveBeenCalled();
    stop();
    cb.mockClear();
    await store.save({ ...defaultPreferences(), name: 'Kim' });
    expect(cb).not.toHaveBeenCalled();
  });

  test('firstRun is true once', async () => {
    const store = new PreferencesStore(fakeStorage());
    expect(await store.firstRun()).toBe(true);
    expect(await store.firstRun()).toBe(false);
  });
});

test('signingName prefers the saved name, then the page account name', () => {
  expect(signingName({ ...defaultPreferences(), name: ' Sam Lee ' }, 'Samuel L.')).toBe('Sam Lee');
  expect(signingName(defaultPreferences(), 'Samuel Lee')).toBe('Samuel Lee');
  expect(signingName(defaultPreferences(), null)).toBe('');
});

test('after a load, a save writes at once without first asking which area to use', async () => {
  const storage = fakeStorage();
  const store = new PreferencesStore(storage);
  await store.load();
  const localGet = vi.spyOn(storage.local, 'get');
  await store.save({ ...defaultPreferences(), name: 'Sam' });
  expect(localGet).not.toHaveBeenCalled();
  expect((storage.sync?.data[KEYS.prefs] as { name: string }).name).toBe('Sam');
});
