// A Thai organisation written with its legal form: "บริษัท X จำกัด" (company limited), "บริษัท X จำกัด (มหาชน)" (public
// company limited). Thai has no capital letters and no spaces between words, so the capitalised runs the other readers
// use do not exist there; the form marks both ends of the name (as the legal forms of cjk.ts do).

/** Thai script, for a cheap test before the pattern runs. */
export const THAI = /[\u0E00-\u0E7F]/u;

/** "บริษัท" then the name (Thai or Latin letters, digits, spaces, up to 60) then "จำกัด", with "(มหาชน)" if written. */
const THAI_COMPANY = /บริษัท\s*([\u0E00-\u0E7FA-Za-z0-9&.'’-][\u0E00-\u0E7FA-Za-z0-9&.'’ -]{1,60}?)\s*จำกัด(\s*\(\s*มหาชน\s*\))?/u;

/** The first Thai company named in the From name, the subject or a line, written as one ("บริษัท X จำกัด (มหาชน)"). */
export function thaiCompany(fromName: string, subject: string, lines: readonly string[]): string | null {
  for (const line of [fromName, subject, ...lines]) {
    if (!THAI.test(line)) continue;
    const m = THAI_COMPANY.exec(line);
    const name = m?.[1]?.trim();
    if (m && name && THAI.test(name)) return `บริษัท ${name.replace(/\s+/g, ' ')} จำกัด${m[2] ? ' (มหาชน)' : ''}`;
  }
  return null;
}
