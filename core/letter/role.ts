/**
 * How a job, as the recruiter wrote it, is written inside a sentence: kept as written when it is a title, lower
 * case when it is a common noun. One rule per language:
 *
 * - English capitalises job titles ("the Senior Data Engineer role") but not kinds of job: a role made only of
 *   generic words ("Internship", "Summer Internship", "Graduate Programme") is a common noun, "the internship".
 * - French and Spanish write job names in lower case mid-sentence ("le poste d'ingénieur logiciel", "el puesto de
 *   analista de datos"). A role written in sentence case ("Analista de datos", "Diseñadora UX") is such a job
 *   name, capitalised only because it started a line of the ad; a role in title case ("Senior Data Engineer",
 *   "Développeur Java") is kept as the recruiter's title.
 * - German capitalises every noun: a role is always kept as written.
 *
 * A generic English role in a German, French or Spanish letter is a common noun too, and a careful writer uses
 * their own language's word for it ("das Praktikum", "le stage", "las prácticas"): see {@link genericRole}.
 */

/** Words that name a kind of job rather than a job, and words that only qualify such a kind. */
const GENERIC_WORD = /^(?:internships?|interns?|traineeships?|trainees?|apprenticeships?|apprentices?|placements?|programmes?|programs?|graduates?|students?|working|summer|winter|spring|autumn|fall|paid|part-time|full-time|temporary|positions?|roles?|jobs?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies))$/i;

/** True when every word of an English role is generic: "Internship", "Summer Internship", "Graduate Programme". */
export function isGenericEnglishRole(role: string): boolean {
  const words = role.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => GENERIC_WORD.test(word));
}

/**
 * A role in sentence case: its first word capitalised and nothing else but lower-case words and acronyms
 * ("Analista de datos", "Diseñadora UX", "Chef de projet"). A single capitalised word counts too ("Comptable").
 */
export function isSentenceCase(role: string): boolean {
  const [first, ...rest] = role.split(/\s+/).filter(Boolean);
  if (!first || !/^\p{Lu}[\p{Ll}'’-]*$/u.test(first)) return false;
  return rest.every((word) => !/^\p{Lu}/u.test(word) || /^[\p{Lu}\d/&+-]{2,}$/u.test(word));
}

/** The role with its first letter in lower case: "Analista de datos" → "analista de datos". */
export function lowerFirst(role: string): string {
  return role.charAt(0).toLocaleLowerCase() + role.slice(1);
}

/** How the role is written mid-sentence in English, French and Spanish (see the module comment). */
export function roleInSentence(role: string, language: 'en' | 'fr' | 'es'): string {
  if (language === 'en') return isGenericEnglishRole(role) ? role.toLocaleLowerCase() : role;
  return isSentenceCase(role) ? lowerFirst(role) : role;
}

/** A language's own word for a generic English role, or '' when it has none: see {@link genericRole}. */
export type GenericRoles = readonly (readonly [RegExp, string])[];

/**
 * The letter language's own word for a generic English role ("Internship" → "Praktikum"), or the role unchanged
 * when it is not one the language has a word for.
 */
export function genericRole(role: string, words: GenericRoles): string {
  if (!isGenericEnglishRole(role)) return role;
  for (const [english, own] of words) if (english.test(role.trim())) return own;
  return role;
}
