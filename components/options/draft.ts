/**
 * The options page edits a draft of the preferences. Templates are edited as full text (the built-in letter
 * when the user has none), and what is saved is the draft minus whatever does not validate: an invalid field
 * keeps its last saved value, so one mistake never blocks saving the others.
 */
import { DEFAULT_TEMPLATES } from '../../core/letter/templates';
import { validate, type FieldProblem, type Preferences } from '../../core/settings/preferences';
import { STAGES, type Stage } from '../../core/letter/reasons';
import { problemText } from '../problems';
import type { LetterLanguage } from '../../core/model';

/** Preferences as the form holds them: every stage has the text its editor shows. */
export type Draft = Omit<Preferences, 'templates'> & { templates: Record<Stage, string> };

export type SettingField = Exclude<FieldProblem['field'], 'templates' | `templates.${Stage}`>;

export function toDraft(prefs: Preferences): Draft {
  const templates = {} as Record<Stage, string>;
  for (const stage of STAGES) templates[stage] = prefs.templates[stage] ?? DEFAULT_TEMPLATES[stage];
  return { ...prefs, templates };
}

/** The preferences a draft stands for: a template equal to the built-in one (or empty) means "use the built-in". */
export function fromDraft(draft: Draft): Preferences {
  const templates: Preferences['templates'] = {};
  for (const stage of STAGES) {
    const t = draft.templates[stage];
    if (t !== DEFAULT_TEMPLATES[stage] && t.trim() !== '') templates[stage] = t;
  }
  return { ...draft, templates };
}

export function samePrefs(a: Preferences, b: Preferences): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Preferences>;
  for (const k of keys) {
    if (k === 'templates') continue;
    // The per-language texts are records: compared by their content.
    if (a[k] !== b[k] && JSON.stringify(a[k]) !== JSON.stringify(b[k])) return false;
  }
  return STAGES.every((s) => a.templates[s] === b.templates[s]);
}

function revert(candidate: Preferences, saved: Preferences, field: FieldProblem['field']): void {
  if (field.startsWith('templates.')) {
    const stage = field.slice('templates.'.length) as Stage;
    const kept = saved.templates[stage];
    if (kept === undefined) delete candidate.templates[stage];
    else candidate.templates[stage] = kept;
    return;
  }
  // "Custom" as the default reason needs its text; if the text cannot be saved, neither can the choice.
  if (field === 'customReason') {
    candidate.defaultReason = saved.defaultReason;
    return;
  }
  const perLanguage = /^(customReason|keepInTouch)\.(en|de|fr|es)$/.exec(field);
  if (perLanguage) {
    const key = perLanguage[1] as 'customReason' | 'keepInTouch';
    const language = perLanguage[2] as LetterLanguage;
    candidate[key] = { ...candidate[key], [language]: saved[key][language] };
    return;
  }
  (candidate as unknown as Record<string, unknown>)[field] = saved[field as keyof Preferences];
}

/**
 * What can be saved from a draft: every valid change, with each invalid field left at its saved value.
 * `problems` are the draft's own problems, to show next to the fields.
 */
export function savable(draft: Draft, saved: Preferences): { prefs: Preferences; problems: FieldProblem[] } {
  const wanted = fromDraft(draft);
  const problems = validate(wanted);
  let candidate: Preferences = { ...wanted, templates: { ...wanted.templates } };
  for (let round = 0; round < 3; round++) {
    const left = validate(candidate);
    if (left.length === 0) return { prefs: candidate, problems };
    for (const p of left) revert(candidate, saved, p.field);
  }
  candidate = validate(candidate).length === 0 ? candidate : saved;
  return { prefs: candidate, problems };
}

/** The settings fields' problems, worded in the UI language (templates report their own, with every problem). */
export function settingProblems(draft: Draft): Partial<Record<SettingField, string>> {
  const out: Partial<Record<SettingField, string>> = {};
  for (const p of validate(fromDraft(draft))) {
    if (p.field.startsWith('templates')) continue;
    const f = p.field as SettingField;
    out[f] ??= problemText(p.problem);
  }
  return out;
}
