import { CAPITAL_PRONOUNS, DEPARTMENT_PAIRS, DEPARTMENT_WORDS, LEADING_LEGAL_FORM, PLATFORM_WORDS, REGION_SUFFIXES } from '../lexicon';
import { wordsAfter } from '../written-after';

/** Words after which an organisation's name goes on with its complement ("Société Forestière du Niari"). */
const NAME_GOES_ON: ReadonlySet<string> = new Set(['of', 'de', 'des', 'du', 'der']);

/** A dotted abbreviation: a legal form in any language ("A.Ş.", "a.s.", "S.p.A."). */
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,3}\.){1,4}\p{L}{0,3}$/u;

/**
 * A capitalised word after a name that is no part of it: its department ("Engineering", "İnsan Kaynakları" with the
 * word after it), region, platform or legal form.
 */
function besideName(word: string, second: string, rest: string): boolean {
  const low = word.toLowerCase().replace(/[’']+$/u, '');
  if (DEPARTMENT_PAIRS.get(second.toLowerCase())?.includes(low)) return true;
  return DEPARTMENT_WORDS.has(low) || REGION_SUFFIXES.has(low) || PLATFORM_WORDS.includes(low) || CAPITAL_PRONOUNS.has(low) || LEADING_LEGAL_FORM.test(rest) || DOTTED_ABBREVIATION.test(word);
}

/**
 * Whether a company read from the mail may have been cut short: everywhere the mail writes it (subject, text and
 * sender's name), its name goes on — a capitalised word that is no department, region, platform or legal form
 * ("Thistledown" where the mail writes "Thistledown Engineering"), or "du / of + a name" ("Société Forestière du
 * Niari"). A name cut short names an employer the mail does not; the popup offers it instead.
 */
export function companyCutShort(name: string, texts: readonly string[]): boolean {
  let seen = 0;
  for (const text of texts) {
    for (const after of wordsAfter(name, text)) {
      seen++;
      if (after === null) return false;
      const [word = '', second = ''] = after.split(' ');
      if (NAME_GOES_ON.has(word.toLowerCase())) {
        if (!/^\p{Lu}/u.test(second) || CAPITAL_PRONOUNS.has(second.toLowerCase())) return false;
        continue;
      }
      if (!/^\p{Lu}/u.test(word) || besideName(word, second, after)) return false;
    }
  }
  return seen > 0;
}
