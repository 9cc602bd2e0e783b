// A Thai organisation written with its legal form: "บริษัท X จำกัด" (company limited), "บริษัท X จำกัด (มหาชน)" (public
// company limited). Thai has no capital letters and no spaces between words, so the capitalised runs the other readers
// use do not exist there; the form marks both ends of the name (as the legal forms of cjk.ts do).

/** Thai script, for a cheap test before the pattern runs. */
export const THAI = /[\u0E00-\u0E7F]/u;

/**
 * "บริษัท", a space, the name (Thai letters, Latin letters, digits and spaces, up to 40; "(ประเทศไทย)" inside it), a space,
 * "จำกัด" standing alone, then "(มหาชน)" if written. Not "บริษัทฯ" ("the company") nor an ordinary "limited" ("ไม่จำกัด",
 * "ที่นั่งจำกัด"), which the spaces keep out.
 */
const THAI_COMPANY = /บริษัท\s+([\u0E00-\u0E7FA-Za-z0-9&.'’-](?:[\u0E00-\u0E7FA-Za-z0-9&.'’ -]|\(ประเทศไทย\)){1,40}?)\s+จำกัด(?=\s|$|[(),.])(\s*\(\s*มหาชน\s*\))?/gu;
/** A recruitment agency's own name ("บริษัท จัดหางาน X จำกัด") or a name that ends in a negation ("ไม่"): no employer. */
const NOT_AN_EMPLOYER = /^จัดหางาน|ไม่$/u;

/** The first Thai company named in the From name, the subject or a line, written as one ("บริษัท X จำกัด (มหาชน)"). */
export function thaiCompany(fromName: string, subject: string, lines: readonly string[]): string | null {
  for (const line of [fromName, subject, ...lines]) {
    if (!THAI.test(line)) continue;
    for (const m of line.matchAll(THAI_COMPANY)) {
      const name = (m[1] ?? '').trim();
      // A Latin name has its own readers (the capitalised runs); a Thai one only this.
      if (THAI.test(name) && !NOT_AN_EMPLOYER.test(name)) return `บริษัท ${name.replace(/\s+/g, ' ')} จำกัด${m[2] ? ' (มหาชน)' : ''}`;
    }
  }
  return null;
}
