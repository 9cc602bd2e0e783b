/**
 * Reliability: damaged stored preferences. For each kind of bad value (another build, another tool, a sync
 * conflict or a bit flip can leave any of these behind), PreferencesStore.load():
 *   - never throws and returns usable preferences: the defaults wherever the stored value could not be used;
 *   - tells the user (problems is not empty);
 *   - keeps the damaged value aside (quarantined() returns it, exactly as it was stored) and leaves the stored item
 *     itself alone, rather than silently destroying it.
 */
import { defaultPreferences, KEYS, LIMITS, PREFERENCES_VERSION, PreferencesStore, type Preferences } from '../../core/settings/preferences';
import { fakeStorage } from '../support/fake-storage';
import { problemText as english } from '../../components/problems';

interface Corruption {
  kind: string;
  /** What is stored, by key. */
  items: Record<string, unknown>;
  /** Where: sync (the default), or local with the `dp:area` marker saying so. */
  area?: 'sync' | 'local';
  /** Fields that could be read and so must survive; every other field must be at its default. */
  survives?: Partial<Preferences>;
  fromNewerVersion?: boolean;
}

const VALID = { version: 1, name: 'Sam Lee', defaultTone: 'formal' } as const;

const CORRUPTIONS: Corruption[] = [
  { kind: 'wrong type: a number', items: { [KEYS.prefs]: 42 } },
  { kind: 'wrong type: a boolean', items: { [KEYS.prefs]: true } },
  { kind: 'an array', items: { [KEYS.prefs]: ['name', 'Sam Lee'] } },
  { kind: 'null', items: { [KEYS.prefs]: null } },
  { kind: 'truncated JSON text', items: { [KEYS.prefs]: '{"version":1,"name":"Sam Lee","signa' } },
  { kind: 'JSON text of an array', items: { [KEYS.prefs]: '[1,2,3]' } },
  { kind: 'unknown version (a string)', items: { [KEYS.prefs]: { version: 'v2', name: 'Sam Lee' } }, survives: { name: 'Sam Lee' } },
  { kind: 'impossible version (negative)', items: { [KEYS.prefs]: { version: -3, name: 'Sam Lee' } }, survives: { name: 'Sam Lee' } },
  {
    kind: 'a newer version',
    items: { [KEYS.prefs]: { version: 7, name: 'Sam Lee', defaultTone: 'formal', sparkles: { on: true } } },
    survives: { name: 'Sam Lee', defaultTone: 'formal' },
    fromNewerVersion: true,
  },
  { kind: 'unknown reason id', items: { [KEYS.prefs]: { ...VALID, defaultReason: 'moved-to-mars' } }, survives: { name: 'Sam Lee', defaultTone: 'formal' } },
  {
    kind: 'fields of the wrong types',
    items: { [KEYS.prefs]: { version: 1, name: 42, signature: ['x'], keepDoorOpen: 'yes', defaultTone: 3, language: 'klingon', showOnAllReplies: null } },
  },
  { kind: 'huge strings', items: { [KEYS.prefs]: { version: 1, name: 'A'.repeat(200_000), signature: 'B\n'.repeat(50_000), defaultTone: 'brief' } }, survives: { defaultTone: 'brief' } },
  { kind: 'keep-in-touch that is no valid address', items: { [KEYS.prefs]: { ...VALID, keepInTouch: 'https://' } }, survives: { name: 'Sam Lee', defaultTone: 'formal' } },
  {
    kind: 'a template that no longer parses',
    items: { [KEYS.prefs]: VALID, [KEYS.template('offer')]: 'Dear {{#formal}}Ms {{fullName}},\n{{reasonSentence}}' },
    survives: { name: 'Sam Lee', defaultTone: 'formal' },
  },
  {
    kind: 'a template that would insert unescaped text',
    items: { [KEYS.prefs]: VALID, [KEYS.template('interview')]: '{{{greeting}}}\n\n{{reasonSentence}}' },
    survives: { name: 'Sam Lee', defaultTone: 'formal' },
  },
  { kind: 'a template of the wrong type', items: { [KEYS.template('outreach')]: { body: 'Hello {{firstName}}' } } },
  {
    kind: 'over quota: a template far beyond the size limit (kept in local)',
    area: 'local',
    items: { [KEYS.prefs]: VALID, [KEYS.template('offer')]: `{{greeting}}\n${'x'.repeat(LIMITS.template + 3000)}` },
    survives: { name: 'Sam Lee', defaultTone: 'formal' },
  },
];

async function damaged(c: Corruption) {
  const storage = fakeStorage();
  const area = c.area === 'local' ? storage.local : storage.sync!;
  if (c.area === 'local') storage.local.data[KEYS.area] = 'local';
  Object.assign(area.data, structuredClone(c.items));
  return { storage, area, store: new PreferencesStore(storage) };
}

test(`covers at least 10 kinds of damage (${CORRUPTIONS.length})`, () => {
  expect(CORRUPTIONS.length).toBeGreaterThanOrEqual(10);
});

describe.each(CORRUPTIONS.map((c) => [c.kind, c] as const))('stored preferences damaged: %s', (_kind, c) => {
  test('load gives usable preferences: defaults wherever the stored value could not be used', async () => {
    const { store } = await damaged(c);
    const loaded = await store.load();
    expect(loaded.prefs).toEqual({ ...defaultPreferences(), ...c.survives });
    expect(loaded.fromNewerVersion).toBe(c.fromNewerVersion ?? false);
  });

  test('the user is told', async () => {
    const { store } = await damaged(c);
    const { problems } = await store.load();
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(english(p)).toMatch(/^[A-Z].*[.)]$/s);
  });

  test('the damaged value is kept aside exactly as stored, and the stored item is left alone', async () => {
    const { store, area } = await damaged(c);
    await store.load();
    expect(area.data).toMatchObject(c.items);
    const kept = await store.quarantined();
    expect(kept).toHaveLength(1);
    expect(JSON.parse(kept[0]!.value)).toEqual(c.items);
    expect(kept[0]!.problems.length).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(kept[0]!.at))).toBe(false);
  });
});

describe('keeping damage aside', () => {
  test('the copy outlives the repair: saving the defaults over damaged settings keeps the damaged copy', async () => {
    // What the options page does after a damaged load (components/Options.tsx).
    const { store, storage } = await damaged(CORRUPTIONS.find((c) => c.kind === 'truncated JSON text')!);
    const loaded = await store.load();
    expect((await store.save(loaded.prefs)).ok).toBe(true);
    expect(storage.sync!.data[KEYS.prefs]).toMatchObject({ version: PREFERENCES_VERSION });
    const again = await store.load();
    expect(again.problems).toEqual([]);
    const kept = await store.quarantined();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.value).toContain('{\\"version\\":1,\\"name\\":\\"Sam Lee\\",\\"signa');
  });

  test('when local storage refuses the copy (over quota), loading still works and the damaged item stays where it was', async () => {
    const { store, storage } = await damaged(CORRUPTIONS.find((c) => c.kind === 'an array')!);
    storage.local.failSet = true;
    const loaded = await store.load();
    expect(loaded.prefs).toEqual(defaultPreferences());
    expect(loaded.problems.length).toBeGreaterThan(0);
    expect(storage.sync!.data[KEYS.prefs]).toEqual(['name', 'Sam Lee']);
  });

  test('different damage seen one after another is all kept, newest last (up to the five latest)', async () => {
    const storage = fakeStorage();
    const store = new PreferencesStore(storage);
    const kinds = CORRUPTIONS.filter((c) => c.area !== 'local' && c.kind !== 'null').slice(0, 7);
    for (const c of kinds) {
      storage.sync!.data = structuredClone(c.items);
      await new PreferencesStore(storage).load();
    }
    const kept = await store.quarantined();
    expect(kept.map((k) => JSON.parse(k.value))).toEqual(kinds.slice(-5).map((c) => c.items));
  });
});
