// A person's name read from a string that should be exactly one: honorifics and degrees dropped, particles kept,
// the given name found (also for family-name-first names). Shared by the display-name, body and signature readers.

import { CALENDAR_GIVEN_NAMES, DEGREES, HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, OFFICE_TITLES, SHORT_CALENDAR_WORDS, VIETNAMESE_FAMILY_NAMES, isOrganisationWord, isRoleHead } from '../lexicon';
import { titleCaseWord } from '../capitalize';
import { foldKey } from '../normalize';
import { isKnownFamilyName } from './given-names';
import { parseCjkName } from './cjk-name';

export interface PersonName {
  /** The given name, as a letter would address the person. */
  first: string;
  /** Given and family name, or null when only one of them is known. */
  full: string | null;
}

const CJK_LETTER = /[\p{Script=Han}\p{Script=Hangul}]/u;
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'ʼ-]*$/u;
const LOWER_NAME_TOKEN = /^\p{Ll}[\p{L}\p{M}'ʼ-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
const NAME_SHAPE = /^[\p{L}\p{M}]+(?:['ʼ-][\p{L}\p{M}]+)*$/u;
const VIETNAMESE_MARKS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

function bare(token: string): string {
  return token.toLowerCase().replace(/\.+$/, '');
}

/**
 * Read a string that should be exactly a person's name. Honorifics ("Dr.", "Lic.") and degrees ("PhD") are dropped;
 * particles, hyphens, apostrophes and diacritics are kept. Returns null for anything that is not clearly a name.
 */
export function parsePersonName(text: string, options: { allowLowercase?: boolean } = {}): PersonName | null {
  let s = text
    .replace(/\([^()]{0,40}\)/g, ' ')
    .replace(/^["'\s–—-]+|["'\s,;:!–—-]+$/g, '')
    .trim();
  // A final full stop goes, unless it belongs to an initial ("Jane D.").
  if (!/\s\p{Lu}\.$/u.test(s)) s = s.replace(/\.+$/, '');
  if (s.length === 0 || s.length > 80 || /[@\d/\\<>[\]{}|:;!?=+*#%$€£]/.test(s)) return null;
  // Chinese characters or hangul: family name first, read by its own reader.
  if (CJK_LETTER.test(s)) return parseCjkName(s);
  let tokens = s.split(/\s+/);

  // Degrees after a comma or at the end: "Jane Doe, PhD", "Jane Doe MBA".
  while (tokens.length > 1 && DEGREES.has(bare(tokens[tokens.length - 1] ?? '').replace(/,$/, ''))) tokens.pop();
  tokens = tokens.map((t) => t.replace(/,$/, ''));
  // An office before a given and a family name ("Provost Laura Whitcombe"), not before an initial ("Provost R. Koontz").
  const office = (): boolean => OFFICE_TITLES.has(bare(tokens[0] ?? '')) && tokens.slice(1).filter((t) => !INITIAL.test(t)).length >= 2;
  while (tokens.length > 1 && (HONORIFICS.has(bare(tokens[0] ?? '')) || office())) tokens.shift();
  // "Jane D.": the family name is only an initial, so only the given name is known.
  let familyKnown = true;
  if (tokens.length === 2 && INITIAL.test(tokens[1] ?? '')) {
    tokens.pop();
    familyKnown = false;
  }
  if (tokens.length === 0 || tokens.length > 5) return null;
  s = tokens.join(' ');

  const lowercase = s === s.toLowerCase();
  const uppercase = s === s.toUpperCase();
  if (lowercase && !options.allowLowercase) return null;

  // Written family name first, the Vietnamese way ("Lê Thu Trang"): its syllables may be the calendar's short words.
  const vietnamese = vietnameseOrder(tokens, s);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? '';
    const low = tok.toLowerCase();
    const edge = i === 0 || i === tokens.length - 1;
    if (!edge && (NAME_PARTICLES.has(low) || INITIAL.test(tok))) continue;
    // A month that is also a given name starts a name whose family name a list knows ("Jan Novak", not "August Events").
    const calendarGiven = i === 0 && tokens.length >= 2 && CALENDAR_GIVEN_NAMES.has(low) && isKnownFamilyName(tokens[tokens.length - 1] ?? '');
    if ((NOT_NAME_WORDS.has(low) && !calendarGiven && !(vietnamese && SHORT_CALENDAR_WORDS.has(low))) || isRoleHead(low) || /['ʼ](?:m|s|re|ll|ve|d|t)$/i.test(tok)) return null;
    // A compound ending in an organisation's word ("Praxisphasen-Portal", "Nord-Tecnologia") is no family name; a
    // month or a day is no such word ("Min-Jun", "Ji-Sun").
    const tail = low.slice(low.lastIndexOf('-') + 1);
    if (low.includes('-') && tail.length >= 4 && isOrganisationWord(tail)) return null;
    if (lowercase ? !LOWER_NAME_TOKEN.test(tok) : !NAME_TOKEN.test(tok)) return null;
    if (tok.length === 1) return null;
    // Short all-capitals words are acronyms ("HR", "TI"), not names.
    if (!uppercase && tok.length <= 3 && tok === tok.toUpperCase()) return null;
    // Four or more capitals without a vowel are an acronym ("HRMS"), whatever the rest is written in ("JASON NG" is a name).
    if (/^[B-DF-HJ-NP-TV-XZ]{4,}$/.test(tok)) return null;
    // Letters, with single hyphens or apostrophes inside: "Krüger-Lehmann", "O'Neil".
    if (!NAME_SHAPE.test(tok)) return null;
  }

  if (lowercase || uppercase) tokens = tokens.map((t) => (NAME_PARTICLES.has(t.toLowerCase()) ? t.toLowerCase() : titleCaseWord(t)));
  else tokens = tokens.map((t) => (t.length > 3 && t === t.toUpperCase() ? titleCaseWord(t) : t));

  const given = givenName(tokens, text);
  if (given === null) return null;
  return { first: given, full: tokens.length >= 2 && familyKnown ? tokens.join(' ') : null };
}

/** A Vietnamese family name first, in a name of three words or written with Vietnamese letters ("Lê Thu Trang"). */
function vietnameseOrder(tokens: readonly string[], original: string): boolean {
  return tokens.length >= 2 && VIETNAMESE_FAMILY_NAMES.has(foldKey(tokens[0] ?? '')) && (tokens.length >= 3 || VIETNAMESE_MARKS.test(original));
}

function givenName(tokens: readonly string[], original: string): string | null {
  if (tokens.length === 1) return tokens[0] ?? null;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  // Family name first: "Nguyễn Văn An" → An; "Lê Thu Hà" → Hà (a given name may be a family name's word too, but
  // after a family name and a middle name it is the given name).
  if (vietnameseOrder(tokens, original) && (tokens.length >= 3 || !VIETNAMESE_FAMILY_NAMES.has(foldKey(last)))) return last;
  // A family name written in capitals marks it ("WANG Wei", "Jean DUPONT") — the given name is the other one.
  const originalTokens = original.trim().split(/\s+/);
  const caps = originalTokens.filter((t) => t.length > 1 && /\p{Lu}/u.test(t) && t === t.toUpperCase());
  if (caps.length === 1 && originalTokens.length === tokens.length) {
    const idx = originalTokens.indexOf(caps[0] ?? '');
    if (idx === 0) return tokens[1] ?? null;
  }
  if (INITIAL.test(first)) {
    const second = tokens[1];
    return second !== undefined && tokens.length >= 3 && !INITIAL.test(second) ? second : null;
  }
  return first;
}
