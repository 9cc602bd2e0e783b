/**
 * components/options/autosave.ts: the options page's save queue, driven without the page. Saves wait for a pause,
 * run one after another, write only what validates, and a failing store is reported, never thrown.
 */
import { Autosave, type SaveStatus } from '../../components/options/autosave';
import { toDraft, type Draft } from '../../components/options/draft';
import { defaultPreferences, PreferencesStore, type Preferences, type SaveResult } from '../../core/settings/preferences';
import { fakeStorage } from '../support/fake-storage';

function harness(store: Pick<PreferencesStore, 'save'> = new PreferencesStore(fakeStorage())) {
  let draft: Draft = toDraft(defaultPreferences());
  let status: SaveStatus = { kind: 'idle' };
  const saved: Preferences[] = [];
  const checked: Draft[] = [];
  const autosave = new Autosave(
    store,
    100,
    {
      draft: () => draft,
      onChecked: (d) => checked.push(d),
      onStatus: (update) => (status = update(status)),
      onSaved: (p) => saved.push(p),
    },
    defaultPreferences(),
  );
  const type = (patch: Partial<Draft>) => {
    draft = { ...draft, ...patch };
    autosave.schedule();
  };
  return { autosave, type, saved, checked, status: () => status };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Autosave', () => {
  test('saves once, a pause after the last change', async () => {
    const save = vi.fn<(p: Preferences) => Promise<SaveResult>>(async () => ({ ok: true, area: 'sync' }));
    const h = harness({ save });
    h.type({ name: 'S' });
    h.type({ name: 'Sam' });
    expect(h.status()).toEqual({ kind: 'pending' });
    expect(h.autosave.waiting).toBe(true);
    await vi.advanceTimersByTimeAsync(99);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await h.autosave.saveNow();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].name).toBe('Sam');
    expect(h.autosave.saved.name).toBe('Sam');
    expect(h.saved.map((p) => p.name)).toEqual(['Sam']);
    expect(h.status()).toEqual({ kind: 'saved', area: 'sync' });
    expect(h.autosave.busy).toBe(false);
  });

  test('flush saves a waiting change at once; with nothing waiting it does nothing', async () => {
    const save = vi.fn(async (): Promise<SaveResult> => ({ ok: true, area: 'local' }));
    const h = harness({ save });
    h.autosave.flush();
    await vi.runAllTimersAsync();
    expect(save).not.toHaveBeenCalled();
    h.type({ signature: 'Engineer' });
    h.autosave.flush();
    expect(h.autosave.waiting).toBe(false);
    await vi.runAllTimersAsync();
    expect(save).toHaveBeenCalledTimes(1);
    expect(h.autosave.area).toBe('local');
  });

  test('saves never interleave: the second starts when the first has finished', async () => {
    const order: string[] = [];
    let release!: () => void;
    const save = vi.fn(async (p: Preferences): Promise<SaveResult> => {
      order.push(`start ${p.name}`);
      if (p.name === 'A') await new Promise<void>((r) => (release = r));
      order.push(`end ${p.name}`);
      return { ok: true, area: 'sync' };
    });
    const h = harness({ save });
    h.type({ name: 'A' });
    const first = h.autosave.saveNow();
    await vi.advanceTimersByTimeAsync(0);
    h.type({ name: 'B' });
    const second = h.autosave.saveNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start A']);
    release();
    await first;
    await second;
    expect(order).toEqual(['start A', 'end A', 'start B', 'end B']);
    expect(h.autosave.saved.name).toBe('B');
  });

  test('an invalid field keeps its saved value while the valid ones are saved', async () => {
    const save = vi.fn(async (): Promise<SaveResult> => ({ ok: true, area: 'sync' }));
    const h = harness({ save });
    h.type({ name: 'x'.repeat(101), signature: 'Engineer' });
    await h.autosave.saveNow();
    expect(save).toHaveBeenCalledTimes(1);
    expect(h.autosave.saved).toMatchObject({ name: '', signature: 'Engineer' });
    expect(h.checked.at(-1)?.name).toBe('x'.repeat(101));
  });

  test('a store that throws is reported as a problem, and the next save still runs', async () => {
    const save = vi.fn<(p: Preferences) => Promise<SaveResult>>().mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    save.mockResolvedValue({ ok: true, area: 'sync' });
    const h = harness({ save });
    h.type({ name: 'Sam' });
    await h.autosave.saveNow();
    expect(h.status()).toEqual({ kind: 'error', problems: [{ code: 'saveFailed', params: ['QUOTA_BYTES quota exceeded'] }] });
    expect(h.autosave.saved.name).toBe('');
    h.type({ name: 'Sam Lee' });
    await h.autosave.saveNow();
    expect(h.status()).toEqual({ kind: 'saved', area: 'sync' });
    expect(h.autosave.saved.name).toBe('Sam Lee');
  });

  test('replace waits for saves on their way and drops a waiting change', async () => {
    const names: string[] = [];
    const save = vi.fn(async (p: Preferences): Promise<SaveResult> => {
      names.push(p.name);
      return { ok: true, area: 'sync' };
    });
    const h = harness({ save });
    h.type({ name: 'Typed' });
    const imported = { ...defaultPreferences(), name: 'Imported' };
    expect(await h.autosave.replace(imported)).toEqual({ ok: true, area: 'sync' });
    await vi.runAllTimersAsync();
    expect(names).toEqual(['Imported']);
    expect(h.autosave.saved).toEqual(imported);
  });

  test('after stop, a waiting change is still written but nobody is told', async () => {
    const save = vi.fn(async (): Promise<SaveResult> => ({ ok: true, area: 'sync' }));
    const h = harness({ save });
    h.type({ name: 'Sam' });
    h.autosave.stop();
    await vi.runAllTimersAsync();
    expect(save).toHaveBeenCalledTimes(1);
    expect(h.autosave.saved.name).toBe('Sam');
    expect(h.saved).toEqual([]);
    expect(h.status()).toEqual({ kind: 'pending' });
  });
});
