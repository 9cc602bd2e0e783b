/**
 * A company's name inside a German sentence, after "bei": with the article its grammar calls for, and with its
 * leading adjectives declined, as a native writes it ("bei der Deutschen Bahn AG", "beim Deutschen Roten Kreuz",
 * "bei der Frankfurter Allgemeinen Zeitung", "bei der Commerzbank", "bei Siemens").
 *
 * A name takes the definite article when it starts with an adjective or a common noun, or ends in a legal form
 * or a noun (not when it is a bare brand). Its gender is read, in this order, from:
 * 1. a leading adjective, which stands in the strong nominative in the name itself: "-e" feminine ("Deutsche
 *    Bahn"), "-er" masculine ("Deutscher Gewerkschaftsbund"), "-es" neuter ("Deutsches Rotes Kreuz");
 * 2. a legal form (AG, GmbH, SE, KG …: "die Gesellschaft", feminine; e.V.: "der Verein");
 * 3. the head noun: a first word such as "Universität" or "Klinikum", or a last word ending in a feminine
 *    suffix ("-bank", "-kasse", "-versicherung", "-zeitung").
 * After the article the adjectives take the weak ending "-en" ("der Deutschen Bahn"); place adjectives in "-er"
 * ("Frankfurter", "Hamburger") never change. "bei dem" contracts to "beim".
 */

type Gender = 'f' | 'm' | 'n';

/** Adjective stems that begin company names; and the adjective suffixes ("-isch", "-lich", …) of many more. */
const ADJECTIVE_STEM = /^(?:Deutsch|Neu|Erst|Allgemein|Vereinigt|Groß|Gross|Klein|Alt|Jung|Frei|Offen|Rot|Weiß|Weiss|Grün|Blau|Gut|National|International|Zentral|Regional|Sozial|Digital|Gemeinnützig|[A-ZÄÖÜ][a-zäöüß]*(?:isch|lich|deutsch))(e|er|es)$/;
/** Capitalised words in "-er" made from place names ("Frankfurter", "Münchener"): they do not decline. */
const PLACE_ADJECTIVE = /^[A-ZÄÖÜ][a-zäöüß]+er$/;

const LEGAL_FORM: readonly (readonly [RegExp, Gender])[] = [
  [/\s(?:AG|GmbH|SE|KG|KGaA|UG(?: \(haftungsbeschränkt\))?|OHG|gGmbH|mbH|eG|GbR|PartG(?:mbB)?)\.?$/, 'f'],
  [/\se\.\s?V\.?$/, 'm'],
];
const FEMININE_START = /^(?:Universität|Hochschule|Stiftung|Klinik|Agentur|Gruppe|Bank|Sparkasse|Versicherung|Stadt|Stadtverwaltung|Gemeinde|Charité|Akademie|Kanzlei|Behörde)\b/;
const NEUTER_START = /^(?:Hospital|Hôpital|Klinikum|Krankenhaus|Institut|Ministerium|Bundesamt|Landesamt|Amt|Studio|Unternehmen|Forschungszentrum|Rechenzentrum)\b/;
const MASCULINE_START = /^(?:Verlag|Verband|Konzern|Verein|Landkreis|Bundesverband)\b/;
const FEMININE_END = /(?:bank|kasse|versicherung|zeitung|gesellschaft|stiftung|genossenschaft|hochschule|universität|klinik|agentur|kanzlei|bahn|post)$/i;

interface Analysed {
  gender: Gender;
  /** How many leading words are adjectives that decline. */
  adjectives: number;
}

/** The name's gender and leading adjectives, or null when it is a bare brand that takes no article ("Siemens"). */
function analyse(name: string): Analysed | null {
  const words = name.split(' ');
  let adjectives = 0;
  let gender: Gender | null = null;
  // Place adjectives may come first ("Frankfurter Allgemeine Zeitung"); only declining adjectives tell the gender.
  let i = 0;
  while (i < words.length - 1 && PLACE_ADJECTIVE.test(words[i] ?? '') && !ADJECTIVE_STEM.test(words[i] ?? '')) i++;
  for (; i < words.length - 1; i++) {
    const ending = ADJECTIVE_STEM.exec(words[i] ?? '')?.[1];
    // An adjective only when a capitalised word (the noun) follows: "Rohde & Schwarz" is two surnames.
    if (!ending || !/^[A-ZÄÖÜ]/.test(words[i + 1] ?? '')) break;
    gender ??= ending === 'e' ? 'f' : ending === 'er' ? 'm' : 'n';
    adjectives = i + 1;
  }
  if (gender) return { gender, adjectives };
  for (const [form, g] of LEGAL_FORM) if (form.test(name)) return { gender: g, adjectives: 0 };
  if (FEMININE_START.test(name)) return { gender: 'f', adjectives: 0 };
  if (NEUTER_START.test(name)) return { gender: 'n', adjectives: 0 };
  if (MASCULINE_START.test(name)) return { gender: 'm', adjectives: 0 };
  if (FEMININE_END.test(words[words.length - 1] ?? '') && /^[A-ZÄÖÜ][a-zäöüß]+$/.test(words[words.length - 1] ?? '') && (words.length > 1 || /[a-zäöüß]{2,}(?:bank|kasse|versicherung|zeitung|gesellschaft|stiftung|genossenschaft)$/.test(name))) {
    return { gender: 'f', adjectives: 0 };
  }
  return null;
}

/** The declining adjectives with the weak ending "-en", the rest as written. */
function declined(name: string, adjectives: number): string {
  if (adjectives === 0) return name;
  return name
    .split(' ')
    .map((word, i) => (i < adjectives && ADJECTIVE_STEM.test(word) ? word.replace(/(?:e|er|es)$/, 'en') : word))
    .join(' ');
}

/** "bei Siemens", "bei der Deutschen Bahn AG", "beim Deutschen Roten Kreuz", "beim Klinikum Nord". */
export function beiCompany(company: string): string {
  const found = analyse(company);
  if (!found) return `bei ${company}`;
  const name = declined(company, found.adjectives);
  return found.gender === 'f' ? `bei der ${name}` : `beim ${name}`;
}
