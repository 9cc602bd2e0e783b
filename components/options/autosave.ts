/**
 * The options page's save queue: changes are saved a short pause after the last one (or at once on `flush`),
 * one save after another and never interleaved, and only what validates is saved (./draft.ts `savable`). It holds
 * the preferences last saved and the storage area; the page follows along through `onStatus` and `onSaved`.
 * No UI and no browser API: the store is passed in, so tests drive it with an in-memory one.
 */
import type { Problem } from '../../core/model';
import type { Preferences, PreferencesStore, SaveResult } from '../../core/settings/preferences';
import { samePrefs, savable, type Draft } from './draft';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; area: 'sync' | 'local' }
  | { kind: 'error'; problems: Problem[] | null };

export interface AutosaveHooks {
  /** The draft as it is now. */
  draft(): Draft;
  /** The draft a save is about to look at: its problems show from now on. */
  onChecked(draft: Draft): void;
  onStatus(update: (status: SaveStatus) => SaveStatus): void;
  /** Preferences were written (`area` is where). */
  onSaved(prefs: Preferences, area: 'sync' | 'local'): void;
}

export class Autosave {
  /** The preferences as last saved (or loaded). */
  saved: Preferences;
  area: 'sync' | 'local' = 'sync';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  /** Saves started and not finished yet. */
  private inFlight = 0;
  private stopped = false;

  constructor(
    private readonly store: Pick<PreferencesStore, 'save'>,
    private readonly delay: number,
    private readonly hooks: AutosaveHooks,
    saved: Preferences,
  ) {
    this.saved = saved;
  }

  /** True while a change waits for its pause to end. */
  get waiting(): boolean {
    return this.timer !== null;
  }

  /** True while anything is left to write: a change waiting, or a save on its way. */
  get busy(): boolean {
    return this.timer !== null || this.inFlight > 0;
  }

  /** A change was made: save after the pause. */
  schedule(): void {
    this.clearTimer();
    this.hooks.onStatus(() => ({ kind: 'pending' }));
    this.timer = setTimeout(() => void this.saveNow(), this.delay);
  }

  /** Saves a waiting change at once (leaving a field, hiding or closing the page). */
  flush(): void {
    if (this.timer) void this.saveNow();
  }

  /** Saves what can be saved from the current draft, after any save already on its way. */
  saveNow(): Promise<void> {
    this.clearTimer();
    this.inFlight++;
    const next = this.chain.then(() => this.saveDraft());
    // A failed save must not stop the ones after it.
    this.chain = next.catch((e: unknown) => console.error('Decline Politely: saving failed', e)).finally(() => this.inFlight--);
    return this.chain;
  }

  /** Replaces all preferences (an import, or undoing one): waits for saves on their way, then writes `prefs`. */
  async replace(prefs: Preferences): Promise<SaveResult> {
    this.clearTimer();
    await this.chain;
    const result = await this.store.save(prefs);
    if (result.ok) {
      this.saved = prefs;
      this.area = result.area;
    }
    return result;
  }

  /** The page is going away: write what waits, then tell nobody. */
  stop(): void {
    this.flush();
    this.clearTimer();
    this.stopped = true;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async saveDraft(): Promise<void> {
    const current = this.hooks.draft();
    if (!this.stopped) this.hooks.onChecked(current);
    const { prefs } = savable(current, this.saved);
    if (samePrefs(prefs, this.saved)) {
      if (!this.stopped && !this.timer && this.inFlight <= 1) {
        const area = this.area;
        this.hooks.onStatus((s) => (s.kind === 'pending' || s.kind === 'saving' ? { kind: 'saved', area } : s));
      }
      return;
    }
    if (!this.stopped) this.hooks.onStatus(() => ({ kind: 'saving' }));
    let result: SaveResult;
    try {
      result = await this.store.save(prefs);
    } catch (e) {
      result = { ok: false, area: this.area, problems: [{ code: 'saveFailed', params: [e instanceof Error ? e.message : String(e)] }] };
    }
    if (result.ok) {
      this.saved = prefs;
      this.area = result.area;
    }
    if (this.stopped) return;
    if (result.ok) {
      this.hooks.onSaved(prefs, result.area);
      // Newer changes may have been typed while this save was on its way (waiting, or queued behind it).
      const status: SaveStatus = this.timer || this.inFlight > 1 ? { kind: 'pending' } : { kind: 'saved', area: result.area };
      this.hooks.onStatus(() => status);
    } else {
      const problems = result.problems ?? null;
      this.hooks.onStatus(() => ({ kind: 'error', problems }));
    }
  }
}
