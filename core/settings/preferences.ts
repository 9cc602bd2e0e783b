/**
 * The user's saved preferences: the one place where stored data is defined (keys, defaults, version,
 * validation, migration). Storage itself is passed in (`browser.storage` in the faces, a fake in tests),
 * so this module stays pure.
 *
 * Layout: `prefs` holds the settings; each custom template has a key of its own (`template:<stage>`)
 * because storage.sync limits one item to 8 KB. Settings live in storage.sync so they follow the user;
 * when sync is missing, disabled or over quota they live in storage.local, and `dp:area` in local says so.
 */
import { isReasonId, isTone, STAGES, type ReasonId, type Stage, type Tone } from '../letter/reasons';
import { contactKind } from '../letter/contact';
import { templateProblems } from '../letter/template-check';
import { detectLanguage, isLetterLanguage, LETTER_LANGUAGES } from '../extract/language';
import type { LetterLanguage } from '../model';
import { say } from '../problem';
import { isRecord } from '../record';
import { KEYS, PREF_KEYS, preferencesChanged } from './keys';

export { KEYS } from './keys';

/** 2: the custom reason and the keep-in-touch line are written per letter language. */
export const PREFERENCES_VERSION = 2;

export type { Language } from '../model';
import type { Language, Problem } from '../model';
export const LANGUAGES: readonly Language[] = ['auto', 'en', 'de', 'fr', 'es'];

/** Text the user writes once per letter language, so a letter never mixes languages. */
export type PerLanguageText = Record<LetterLanguage, string>;

function emptyPerLanguage(): PerLanguageText {
  return { en: '', de: '', fr: '', es: '' };
}

/** True when the text exists in some language but not in `language`. */
export function missingIn(text: PerLanguageText, language: LetterLanguage): boolean {
  return !text[language].trim() && LETTER_LANGUAGES.some((l) => text[l].trim() !== '');
}

export interface Preferences {
  version: number;
  /** The name letters are signed with; '' until the user sets it (the mail page's account name is used). */
  name: string;
  /** Lines after the name, e.g. a phone number or title. May be ''. */
  signature: string;
  defaultReason: ReasonId;
  /** The user's own words for the custom reason, per letter language ('' = none in that language). */
  customReason: PerLanguageText;
  defaultTone: Tone;
  /** Whether letters include a line that leaves the door open. */
  keepDoorOpen: boolean;
  /** Optional keep-in-touch line per letter language: a LinkedIn/website URL or a short sentence. */
  keepInTouch: PerLanguageText;
  language: Language;
  /** Show the button on every reply, not only on recruiter threads. */
  showOnAllReplies: boolean;
  /** The user's own templates; a stage without one uses the built-in letter. */
  templates: Partial<Record<Stage, string>>;
}

const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  version: PREFERENCES_VERSION,
  name: '',
  signature: '',
  defaultReason: 'accepted-other-offer',
  customReason: Object.freeze(emptyPerLanguage()),
  defaultTone: 'warm',
  keepDoorOpen: true,
  keepInTouch: Object.freeze(emptyPerLanguage()),
  language: 'auto',
  showOnAllReplies: false,
  templates: Object.freeze({}),
}) as Readonly<Preferences>;

export function defaultPreferences(): Preferences {
  return { ...DEFAULT_PREFERENCES, customReason: emptyPerLanguage(), keepInTouch: emptyPerLanguage(), templates: {} };
}

export const LIMITS = { name: 100, signature: 1000, customReason: 400, keepInTouch: 300, template: 6000 } as const;

/** A problem with a field, for the options page to word next to it. */
export interface FieldProblem {
  field: keyof Preferences | `templates.${Stage}` | `customReason.${LetterLanguage}` | `keepInTouch.${LetterLanguage}`;
  problem: Problem;
}

/** How each template is named inside messages ("the offer template"). */
export const TEMPLATE_NAMES: Record<Stage, Problem> = {
  offer: { code: 'templateOffer' },
  interview: { code: 'templateInterview' },
  outreach: { code: 'templateOutreach' },
};

const URL_LIKE = /^(?:https?:\/\/|www\.)/i;

/** Checks a keep-in-touch line: free text, or a web address that must be a valid http(s) URL. */
export function keepInTouchProblem(value: string): Problem | null {
  const v = value.trim();
  if (!v) return null;
  if (v.length > LIMITS.keepInTouch) return { code: 'keepInTouchTooLong', params: [LIMITS.keepInTouch] };
  if (!URL_LIKE.test(v)) return null;
  try {
    const url = new URL(/^www\./i.test(v) ? `https://${v}` : v);
    if (!/^https?:$/.test(url.protocol) || !/^[^.]+(\.[^.]+)+$/.test(url.hostname) || /\s/.test(v)) throw new Error('bad');
    return null;
  } catch {
    return { code: 'keepInTouchBadUrl' };
  }
}

/**
 * Checks preferences the user is editing. Returns every problem, by field; an empty list means
 * the preferences can be saved.
 */
export function validate(prefs: Preferences): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (prefs.name.length > LIMITS.name) problems.push({ field: 'name', problem: { code: 'nameTooLong', params: [LIMITS.name] } });
  if (prefs.signature.length > LIMITS.signature)
    problems.push({ field: 'signature', problem: { code: 'signatureTooLong', params: [LIMITS.signature] } });
  for (const language of LETTER_LANGUAGES) {
    if (prefs.customReason[language].length > LIMITS.customReason)
      problems.push({ field: `customReason.${language}`, problem: { code: 'customReasonTooLong', params: [LIMITS.customReason] } });
    const kit = keepInTouchProblem(prefs.keepInTouch[language]);
    if (kit) problems.push({ field: `keepInTouch.${language}`, problem: kit });
  }
  if (prefs.defaultReason === 'custom' && LETTER_LANGUAGES.every((l) => !prefs.customReason[l].trim()))
    problems.push({ field: 'customReason', problem: { code: 'customReasonMissing' } });
  for (const stage of STAGES) {
    const t = prefs.templates[stage];
    if (t === undefined) continue;
    if (t.length > LIMITS.template) {
      problems.push({ field: `templates.${stage}`, problem: { code: 'templateTooLong', params: [TEMPLATE_NAMES[stage], LIMITS.template] } });
      continue;
    }
    const first = templateProblems(t)[0];
    if (first) problems.push({ field: `templates.${stage}`, problem: { code: 'templateAt', params: [first.line, first.column, first.problem] } });
  }
  return problems;
}

/** The outcome of reading stored preferences: always usable preferences, plus what was wrong, if anything. */
export interface Loaded {
  prefs: Preferences;
  /** What could not be used (and was replaced by defaults), for the user. */
  problems: Problem[];
  /** True when the stored value came from a newer version of the extension: do not write it back blindly. */
  fromNewerVersion: boolean;
}

/** How each setting is named inside messages, as the options page labels it. */
export const SETTING_NAMES = {
  name: { code: 'settingName' },
  signature: { code: 'settingSignature' },
  keepInTouch: { code: 'settingKeepInTouch' },
  defaultReason: { code: 'settingDefaultReason' },
  customReason: { code: 'settingCustomReason' },
  defaultTone: { code: 'settingDefaultTone' },
  language: { code: 'settingLanguage' },
  keepDoorOpen: { code: 'settingKeepDoorOpen' },
  showOnAllReplies: { code: 'settingShowOnAllReplies' },
} as const satisfies Partial<Record<keyof Preferences, Problem>>;

function reset(key: keyof typeof SETTING_NAMES): Problem {
  return { code: 'storedFieldReset', params: [SETTING_NAMES[key]] };
}

function str(raw: Record<string, unknown>, key: 'name' | 'signature' | 'customReason' | 'keepInTouch', max: number, problems: Problem[]): string | undefined {
  const v = raw[key];
  if (v === undefined) return undefined;
  if (typeof v === 'string' && v.length <= max) return v;
  problems.push(reset(key));
  return undefined;
}

/**
 * Reads a per-language text. Version 1 kept one text for every letter: it becomes the text of the language it is
 * written in (English when that cannot be told), and a bare link or address the text of every language, so
 * nothing the user wrote is lost and no letter gets words in another language. A text that cannot be used is
 * reported (`unusable`: a keep-in-touch line that is no valid link) and left out.
 */
export function perLanguage(
  value: unknown,
  max: number,
  problems: Problem[],
  key: 'customReason' | 'keepInTouch',
  check: (text: string) => Problem | null,
  /** The language of a single text whose own words do not tell (the user's letter-language setting, if fixed). */
  fallback: LetterLanguage = 'en',
): PerLanguageText {
  const out = emptyPerLanguage();
  if (value === undefined) return out;
  const usable = (text: unknown): text is string => {
    if (typeof text !== 'string' || text.length > max) {
      problems.push(reset(key));
      return false;
    }
    if (check(text)) {
      problems.push(key === 'keepInTouch' ? say('storedKeepInTouchCleared') : reset(key));
      return false;
    }
    return true;
  };
  if (typeof value === 'string') {
    if (!usable(value)) return out;
    const text = value.trim();
    if (!text) return out;
    // A bare link or address says nothing in any language: it serves every letter.
    if (contactKind(text)) return { en: value, de: value, fr: value, es: value };
    out[detectLanguage(text) ?? fallback] = value;
    return out;
  }
  if (!isRecord(value)) {
    problems.push(reset(key));
    return out;
  }
  for (const language of LETTER_LANGUAGES) {
    const v = value[language];
    if (v !== undefined && usable(v)) out[language] = v;
  }
  return out;
}

/**
 * Brings any stored value (of any version, or garbage) to current, valid preferences. Never throws.
 * Unknown fields are ignored; each unusable field falls back to its default and is reported.
 */
export function migrate(stored: unknown, storedTemplates: Partial<Record<Stage, unknown>> = {}): Loaded {
  const problems: Problem[] = [];
  const prefs = defaultPreferences();
  let fromNewerVersion = false;
  let raw: unknown = stored;

  if (typeof raw === 'string') {
    // An older build or another tool may have stored JSON text; accept it if it parses.
    try {
      raw = JSON.parse(raw);
    } catch {
      problems.push(say('storedDamaged'));
      raw = undefined;
    }
  }
  if (raw === null) {
    // Nothing this extension writes is null: another tool or a sync conflict put it there.
    problems.push(say('storedEmpty'));
    raw = undefined;
  }
  if (raw !== undefined && !isRecord(raw)) {
    problems.push(say('storedUnknownForm'));
    raw = undefined;
  }
  if (isRecord(raw)) {
    const version = raw.version;
    if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version) || version < 1)) {
      problems.push(say('storedUnknownVersion'));
    } else if (typeof version === 'number' && version > PREFERENCES_VERSION) {
      fromNewerVersion = true;
      problems.push(say('storedNewerVersion'));
    }
    // Version 0 (no `version` field) is the pre-release layout, which named the sign-off name `yourName`
    // and kept the keep-in-touch line as `linkedin`.
    if (version === undefined) {
      if (raw.name === undefined && typeof raw.yourName === 'string') raw = { ...raw, name: raw.yourName };
      if (isRecord(raw) && raw.keepInTouch === undefined && typeof raw.linkedin === 'string') raw = { ...raw, keepInTouch: raw.linkedin };
    }
    const r = raw as Record<string, unknown>;
    prefs.name = str(r, 'name', LIMITS.name, problems) ?? prefs.name;
    prefs.signature = str(r, 'signature', LIMITS.signature, problems) ?? prefs.signature;
    // A short text often does not tell its language; the letter language the user fixed (if any) is the best guess.
    const fixed = isLetterLanguage(r.language) ? r.language : 'en';
    prefs.customReason = perLanguage(r.customReason, LIMITS.customReason, problems, 'customReason', () => null, fixed);
    prefs.keepInTouch = perLanguage(r.keepInTouch, LIMITS.keepInTouch, problems, 'keepInTouch', keepInTouchProblem, fixed);
    if (r.defaultReason !== undefined) {
      if (isReasonId(r.defaultReason)) prefs.defaultReason = r.defaultReason;
      else problems.push(say('storedReasonGone'));
    }
    if (prefs.defaultReason === 'custom' && LETTER_LANGUAGES.every((l) => !prefs.customReason[l].trim())) prefs.defaultReason = DEFAULT_PREFERENCES.defaultReason;
    if (r.defaultTone !== undefined) {
      if (isTone(r.defaultTone)) prefs.defaultTone = r.defaultTone;
      else problems.push(say('storedToneUnreadable'));
    }
    if (r.language !== undefined) {
      if (typeof r.language === 'string' && (LANGUAGES as readonly string[]).includes(r.language)) prefs.language = r.language as Language;
      else problems.push(say('storedLanguageUnreadable'));
    }
    for (const key of ['keepDoorOpen', 'showOnAllReplies'] as const) {
      const v = r[key];
      if (v === undefined) continue;
      if (typeof v === 'boolean') prefs[key] = v;
      else problems.push(reset(key));
    }
  }

  for (const stage of STAGES) {
    const t = storedTemplates[stage];
    if (t === undefined) continue;
    if (typeof t !== 'string' || t.length > LIMITS.template) {
      problems.push(say('storedTemplateUnreadable', TEMPLATE_NAMES[stage]));
      continue;
    }
    const first = templateProblems(t)[0];
    if (first) {
      problems.push(say('storedTemplateError', TEMPLATE_NAMES[stage], first.line, first.column, first.problem));
      continue;
    }
    prefs.templates[stage] = t;
  }
  return { prefs, problems, fromNewerVersion };
}

// ---------------------------------------------------------------------------------------------------------
// Storage

/** The part of a WebExtension storage area this module uses. */
export interface StorageAreaLike {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StorageLike {
  /** Missing when the browser offers no sync storage. */
  sync?: StorageAreaLike;
  local: StorageAreaLike;
  onChanged?: {
    addListener(cb: (changes: Record<string, StorageChange>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, StorageChange>, area: string) => void): void;
  };
}

const QUARANTINE_LIMIT = 5;

/** A damaged stored value kept aside: when, what was wrong with it (as codes), and the value as JSON text. */
export interface Quarantined {
  at: string;
  problems: Problem[];
  value: string;
}

export interface SaveResult {
  ok: boolean;
  area: 'sync' | 'local';
  /** Why saving failed, for the user; the previous saved value is left as it was. */
  problems?: Problem[];
}

/** Reads and writes preferences through the given storage, choosing sync or local. */
export class PreferencesStore {
  /** The area found by the last load or save; saves go straight to it, so a save started as a page closes is one call. */
  private known: 'sync' | 'local' | null = null;

  // Not named `storage`: WXT's import scanner (even with auto-imports off) takes a parameter property of that name
  // for its own `storage` helper and bundles @wxt-dev/storage into every page.
  constructor(private readonly areas: StorageLike) {}

  private areaNamed(name: 'sync' | 'local'): { area: StorageAreaLike; name: 'sync' | 'local' } {
    return name === 'sync' && this.areas.sync ? { area: this.areas.sync, name } : { area: this.areas.local, name: 'local' };
  }

  private async area(): Promise<{ area: StorageAreaLike; name: 'sync' | 'local' }> {
    if (this.known) return this.areaNamed(this.known);
    if (!this.areas.sync) return { area: this.areas.local, name: 'local' };
    try {
      const marker = await this.areas.local.get([KEYS.area]);
      if (marker[KEYS.area] === 'local') return { area: this.areas.local, name: 'local' };
      return { area: this.areas.sync, name: 'sync' };
    } catch {
      return { area: this.areas.local, name: 'local' };
    }
  }

  /** Loads preferences; damaged values are reported, replaced by defaults and kept aside. Never throws. */
  async load(): Promise<Loaded & { area: 'sync' | 'local' }> {
    let { area, name } = await this.area();
    let raw: Record<string, unknown>;
    try {
      raw = await area.get(PREF_KEYS);
    } catch {
      // Sync can be disabled by policy or fail when signed out; local always works.
      ({ area, name } = { area: this.areas.local, name: 'local' });
      try {
        raw = await area.get(PREF_KEYS);
      } catch {
        return { ...migrate(undefined), problems: [say('storedUnreadable')], area: name };
      }
    }
    const templates: Partial<Record<Stage, unknown>> = {};
    for (const stage of STAGES) templates[stage] = raw[KEYS.template(stage)];
    const loaded = migrate(raw[KEYS.prefs], templates);
    if (loaded.problems.length > 0) await this.quarantine(raw, loaded.problems);
    this.known = name;
    return { ...loaded, area: name };
  }

  private async quarantine(raw: Record<string, unknown>, problems: Problem[]): Promise<void> {
    try {
      const prev = (await this.areas.local.get([KEYS.quarantine]))[KEYS.quarantine];
      const list = Array.isArray(prev) ? prev : [];
      // Store the damaged value exactly as it was (as JSON text where possible) so it can be recovered.
      let value: string;
      try {
        value = JSON.stringify(raw) ?? String(raw);
      } catch {
        value = String(raw);
      }
      const last = list[list.length - 1] as Quarantined | undefined;
      if (last?.value === value && JSON.stringify(last.problems) === JSON.stringify(problems)) return;
      list.push({ at: new Date().toISOString(), problems, value });
      await this.areas.local.set({ [KEYS.quarantine]: list.slice(-QUARANTINE_LIMIT) });
    } catch {
      // Keeping a copy aside is best effort; failing here must not stop the extension from working.
    }
  }

  /**
   * Saves valid preferences. Invalid ones are refused whole (the stored value stays as it was).
   * Over the sync quota or without sync, preferences move to local storage.
   */
  async save(prefs: Preferences): Promise<SaveResult> {
    const problems = validate(prefs);
    const current = await this.area();
    if (problems.length > 0) return { ok: false, area: current.name, problems: problems.map((p) => p.problem) };
    const { templates, ...settings } = prefs;
    const items: Record<string, unknown> = { [KEYS.prefs]: { ...settings, version: PREFERENCES_VERSION } };
    const removed: string[] = [];
    for (const stage of STAGES) {
      const t = templates[stage];
      if (t === undefined) removed.push(KEYS.template(stage));
      else items[KEYS.template(stage)] = t;
    }
    const write = async (area: StorageAreaLike) => {
      await area.set(items);
      if (removed.length) await area.remove(removed);
    };
    if (current.name === 'sync') {
      try {
        await write(current.area);
        this.known = 'sync';
        return { ok: true, area: 'sync' };
      } catch {
        // Over quota or sync unavailable: fall through to local and remember the move.
      }
    }
    try {
      await write(this.areas.local);
      if (this.areas.sync) await this.areas.local.set({ [KEYS.area]: 'local' });
      this.known = 'local';
      return { ok: true, area: 'local' };
    } catch (e) {
      return { ok: false, area: 'local', problems: [say('saveFailed', e instanceof Error ? e.message : String(e))] };
    }
  }

  /** Calls `cb` whenever stored preferences change (in any tab or browser). Returns an unsubscribe function. */
  watch(cb: () => void): () => void {
    const onChanged = this.areas.onChanged;
    if (!onChanged) return () => {};
    const listener = (changes: Record<string, StorageChange>) => {
      if (preferencesChanged(changes)) cb();
    };
    onChanged.addListener(listener);
    return () => onChanged.removeListener(listener);
  }

  /** Damaged values kept aside, for the options page to show or export. */
  async quarantined(): Promise<Quarantined[]> {
    try {
      const v = (await this.areas.local.get([KEYS.quarantine]))[KEYS.quarantine];
      return Array.isArray(v) ? (v as Quarantined[]) : [];
    } catch {
      return [];
    }
  }

  /** True the first time it is called after install; used to welcome the user once. */
  async firstRun(): Promise<boolean> {
    const v = await this.areas.local.get([KEYS.welcomed]);
    if (v[KEYS.welcomed]) return false;
    await this.areas.local.set({ [KEYS.welcomed]: true });
    return true;
  }
}

/** The name to sign with: the saved one, else the name the mail page shows for the signed-in account. */
export function signingName(prefs: Preferences, pageName: string | null | undefined): string {
  return prefs.name.trim() || (pageName ?? '').trim();
}
