/**
 * Backup files: all preferences and templates as one JSON document, and the strict check that reads one back.
 * Pure: text in, data out. Importing is all or nothing: a file with any unusable field or template is refused
 * whole, with every problem listed, so a bad file can never leave the user with half of it applied.
 */
import { templateProblems } from '../letter/template-check';
import {
  defaultPreferences,
  keepInTouchProblem,
  LANGUAGES,
  LIMITS,
  perLanguage,
  PREFERENCES_VERSION,
  SETTING_NAMES,
  TEMPLATE_NAMES,
  validate,
  type Language,
  type Preferences,
} from './preferences';
import { isReasonId, isTone, STAGES, type Stage } from '../letter/reasons';
import type { Problem, ProblemParam } from '../model';
import { say } from '../problem';
import { isRecord } from '../record';
import { LETTER_LANGUAGES } from '../extract/language';

/** Marks a file as a Decline Politely backup (so a random JSON file is not mistaken for one). */
const EXPORT_FORMAT = 'decline-politely-backup';
/** The layout of the backup file. Bump it when the layout changes, and keep reading the older ones. */
/** 2: the own reason and the keep-in-touch line are one text per letter language (version 1 files hold one text). */
const EXPORT_VERSION = 2;
/**
 * The largest file worth reading. A full backup (every field and all three templates at their limits) is
 * well under 64 KB even with JSON escaping; anything far larger is not a backup.
 */
export const MAX_IMPORT_CHARS = 256 * 1024;

/** The settings in a backup file, in the order they are written. Templates are kept apart, as in storage. */
const SETTING_KEYS = [
  'name',
  'signature',
  'keepInTouch',
  'defaultReason',
  'customReason',
  'defaultTone',
  'language',
  'keepDoorOpen',
  'showOnAllReplies',
] as const satisfies readonly (keyof Preferences)[];
type SettingKey = (typeof SETTING_KEYS)[number];

export type ImportResult = { ok: true; prefs: Preferences; warnings: Problem[] } | { ok: false; errors: Problem[] };

/**
 * Writes preferences and templates as a backup file (pretty-printed JSON). Only custom templates are
 * included; a stage without one keeps using the built-in letter after import.
 */
export function exportPreferences(prefs: Preferences, now: Date = new Date()): string {
  const preferences: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) preferences[key] = prefs[key];
  const templates: Partial<Record<Stage, string>> = {};
  for (const stage of STAGES) {
    const t = prefs.templates[stage];
    if (t !== undefined) templates[stage] = t;
  }
  const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), preferences, templates };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A value found in the file, as a message shows it: short text quoted, a number as it is, other kinds by name. */
function shown(v: unknown): ProblemParam {
  if (v === null) return say('valueNull');
  if (Array.isArray(v)) return say('valueList');
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 40)}…"` : JSON.stringify(v);
  if (typeof v === 'object') return say('valueObject');
  return String(v);
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/**
 * Reads a backup file. Every problem is collected (not just the first), and any problem refuses the whole
 * file. Missing settings take their defaults and unknown ones are ignored; both are reported as warnings.
 */
export function importPreferences(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, errors: [say('importTooLarge', Math.ceil(text.length / 1024), MAX_IMPORT_CHARS / 1024)] };
  }
  if (text.trim() === '') return { ok: false, errors: [say('importEmpty')] };

  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: [say('importNotJson')] };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, errors: [say('importNotBackup')] };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [say('importUnknownVersion', shown(version))] };
  }
  if (version > EXPORT_VERSION) {
    return { ok: false, errors: [say('importNewerVersion', version)] };
  }

  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const prefs = defaultPreferences();
  prefs.version = PREFERENCES_VERSION;

  const settings = data.preferences;
  if (!isRecord(settings)) {
    errors.push(say(settings === undefined ? 'importNoPreferences' : 'importPreferencesNotObject'));
  } else {
    const missing: Problem[] = [];
    for (const key of SETTING_KEYS) {
      const v = settings[key];
      if (v === undefined) {
        missing.push(SETTING_NAMES[key]);
        continue;
      }
      const problem = readSetting(prefs, key, v);
      if (problem) errors.push(say('inField', SETTING_NAMES[key], problem));
    }
    if (missing.length > 0) warnings.push(say('importMissing', missing));
    const known = new Set<string>([...SETTING_KEYS, 'version']);
    const unknown = Object.keys(settings).filter((k) => !known.has(k));
    if (unknown.length > 0) warnings.push(say('importUnknownSettings', quoted(unknown)));
  }

  const templates = data.templates;
  if (templates !== undefined && templates !== null && !isRecord(templates)) {
    errors.push(say('importTemplatesNotObject'));
  } else if (isRecord(templates)) {
    for (const stage of STAGES) {
      const t = templates[stage];
      if (t === undefined || t === null) continue;
      if (typeof t !== 'string') {
        errors.push(say('inField', TEMPLATE_NAMES[stage], say('expectedText', shown(t))));
        continue;
      }
      if (t.length > LIMITS.template) {
        errors.push(say('tooLongFor', TEMPLATE_NAMES[stage], t.length, LIMITS.template));
        continue;
      }
      const problems = templateProblems(t);
      for (const p of problems) errors.push(say('templateInField', TEMPLATE_NAMES[stage], p.line, p.column, p.problem));
      if (problems.length === 0 && t.trim() !== '') prefs.templates[stage] = t;
    }
    const unknown = Object.keys(templates).filter((k) => !(STAGES as readonly string[]).includes(k));
    if (unknown.length > 0) warnings.push(say('importUnknownTemplates', quoted(unknown)));
  }

  // Checks that span fields (a custom default reason needs its text), once each field has the right type.
  if (errors.length === 0) {
    for (const p of validate(prefs)) errors.push(p.field in SETTING_NAMES ? say('inField', SETTING_NAMES[p.field as SettingKey], p.problem) : p.problem);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, prefs, warnings };
}

/** Copies one setting into `prefs` when it is usable; otherwise says what is wrong with it. */
function readSetting(prefs: Preferences, key: SettingKey, v: unknown): Problem | null {
  switch (key) {
    case 'name':
    case 'signature': {
      if (typeof v !== 'string') return say('expectedText', shown(v));
      if (v.length > LIMITS[key]) return say('tooLong', v.length, LIMITS[key]);
      prefs[key] = v;
      return null;
    }
    case 'customReason':
    case 'keepInTouch': {
      // One text per letter language; a backup from version 1 has a single text, placed by its language.
      if (typeof v === 'string' && v.length > LIMITS[key]) return say('tooLong', v.length, LIMITS[key]);
      if (typeof v !== 'string' && !isRecord(v)) return say('expectedText', shown(v));
      const check = key === 'keepInTouch' ? keepInTouchProblem : () => null;
      if (typeof v === 'string') {
        const problem = check(v);
        if (problem) return problem;
      }
      const problems: Problem[] = [];
      const value = perLanguage(v, LIMITS[key], problems, key, check);
      if (problems.length > 0) return say('expectedTextPerLanguage', quoted(LETTER_LANGUAGES), LIMITS[key]);
      prefs[key] = value;
      return null;
    }
    case 'defaultReason':
      if (!isReasonId(v)) return say('notAReason', shown(v));
      prefs.defaultReason = v;
      return null;
    case 'defaultTone':
      if (!isTone(v)) return say('notATone', shown(v));
      prefs.defaultTone = v;
      return null;
    case 'language':
      if (typeof v !== 'string' || !(LANGUAGES as readonly string[]).includes(v)) {
        return say('notALanguage', shown(v), quoted(LANGUAGES));
      }
      prefs.language = v as Language;
      return null;
    case 'keepDoorOpen':
    case 'showOnAllReplies':
      if (typeof v !== 'boolean') return say('expectedBoolean', shown(v));
      prefs[key] = v;
      return null;
  }
}
