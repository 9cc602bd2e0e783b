/**
 * The gender note of a job ad ("(m/w/d)", "(f/m/x)", "H/F", "[m|w|d]", "(all genders)", "- m/w/d"): it belongs in
 * an ad, not in a job title read from mail nor in a letter. One definition, for core/extract and core/letter.
 * Bare pairs are only the ones ads use ("H/F", "m/w"), so "H/W Engineer" keeps its "H/W".
 */
const GENDER_NOTE =
  /\s*(?:[([]\s*(?:(?:[mwfdhx]|div\.?)(?:\s*[/|,]\s*(?:[mwfdhx]|div\.?)){1,3}|all genders|alle geschlechter|gn\*?|e\/m\/v)\s*[)\]]|(?:[-–,|]\s*)?\b(?:[mwfdx]\/[mwfdx]\/[mwfdx]|h\/f|f\/h|m\/f|f\/m|m\/w|w\/m)\b)/giu;

/** "Werkstudent Data (m/w/d)" → "Werkstudent Data". */
export function withoutGenderNote(text: string): string {
  return text.replace(GENDER_NOTE, ' ').replace(/\s{2,}/g, ' ').trim();
}
