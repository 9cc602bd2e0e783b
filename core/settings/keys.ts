/**
 * Every storage key this extension uses, in a module of its own so that the content script can tell a change to
 * the preferences from other writes without loading core/settings/preferences.ts.
 */
import { STAGES, type Stage } from '../letter/reasons';

export const KEYS = {
  prefs: 'prefs',
  template: (stage: Stage) => `template:${stage}`,
  /** In local: 'local' when preferences had to move out of sync storage. */
  area: 'dp:area',
  /** In local: damaged values kept aside, newest last (never silently destroyed). */
  quarantine: 'dp:quarantine',
  /** In local: set once the welcome (first run) has been shown. */
  welcomed: 'dp:welcomed',
} as const;

/** The items the preferences are stored in. */
export const PREF_KEYS: string[] = [KEYS.prefs, ...STAGES.map(KEYS.template)];

/** True when a `storage.onChanged` report touches the preferences (or where they are kept). */
export function preferencesChanged(changes: Record<string, unknown>): boolean {
  return PREF_KEYS.some((k) => k in changes) || KEYS.area in changes;
}
