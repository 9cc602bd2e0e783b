import { DEPARTMENT_PAIRS, DEPARTMENT_WORDS, LEADING_LEGAL_FORM, PLATFORM_WORDS, isCapitalPronoun, isRegionSuffix } from '../lexicon';
import type { Line } from '../tokens';
import { goesOnEverywhere, initialsEverywhereBefore, tableWord } from '../written-after';
import { EXTENDING } from './choice';

/** A dotted abbreviation: a legal form in any language ("A.Ş.", "a.s.", "S.p.A."). */
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,3}\.){1,4}\p{L}{0,3}$/u;

/**
 * A capitalised word after a name that is no part of it: its department ("Engineering", "İnsan Kaynakları" with the
 * word after it), region, platform or legal form, or the next part of the sentence ("… Acme We are hiring").
 */
function besideName(word: string, second: string, rest: string): boolean {
  const low = tableWord(word);
  if (DEPARTMENT_PAIRS.get(second.toLowerCase())?.includes(low)) return true;
  return DEPARTMENT_WORDS.has(low) || isRegionSuffix(word) || PLATFORM_WORDS.includes(low) || isCapitalPronoun(word) || LEADING_LEGAL_FORM.test(rest) || DOTTED_ABBREVIATION.test(word);
}

/**
 * Whether a company read from the mail may have been cut short: everywhere the mail writes it (subject, text and
 * sender's name, outside addresses), its name goes on — a capitalised word that is no department, region, platform or
 * legal form ("Thistledown" where the mail writes "Thistledown Foundry"), or a connector and a name ("Société
 * Forestière du Niari", "Tallow & Pine"); or, everywhere, initials come before it ("J. P. Rodrigues"). A name cut
 * short names an employer the mail does not; the popup offers it
 * instead.
 */
export function companyCutShort(name: string, lines: readonly Line[]): boolean {
  if (initialsEverywhereBefore(name, lines)) return true;
  return goesOnEverywhere(name, lines, (word, second, after) => {
    if (EXTENDING.has(word.toLowerCase())) return /^\p{Lu}/u.test(second) && !isCapitalPronoun(second);
    return /^\p{Lu}/u.test(word) && !besideName(word, second, after);
  });
}
