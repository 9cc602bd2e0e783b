// Unicode-correct capitalisation of name words: ligatures ("ﬁona" → "Fiona", not "FIona"), German ß kept, Dutch
// "IJ" as one letter ("ijsbrand" → "IJsbrand"), Turkish dotted and dotless i when the word is recognisably Turkish.

/** Letters only Turkish (among the languages we read) writes: a word with one of them is cased the Turkish way. */
const TURKISH_LETTERS = /[ğĞşŞıİ]/u;
/** Latin ligatures that NFKC splits into their letters (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ). */
const LIGATURES = /[\ufb00-\ufb06]/gu;

/** Digraph letters whose title form differs from their capital ("ǆ" → "ǅ", not "Ǆ"). */
const TITLE_FORM: Readonly<Record<string, string>> = { 'ǆ': 'ǅ', 'Ǆ': 'ǅ', 'ǉ': 'ǈ', 'Ǉ': 'ǈ', 'ǌ': 'ǋ', 'Ǌ': 'ǋ', 'ǳ': 'ǲ', 'Ǳ': 'ǲ' };

/** Lower-case a whole word, the Turkish way when it is Turkish ("IŞIL" → "ışıl"). */
function lowerWord(word: string): string {
  const plain = word.replace(LIGATURES, (l) => l.normalize('NFKC'));
  return TURKISH_LETTERS.test(plain) ? plain.toLocaleLowerCase('tr') : plain.toLowerCase();
}

/** Capitalise one part of a word: its first letter upper (Turkish "i" → "İ" only in a Turkish word), the rest kept. */
function upperFirst(part: string, turkish: boolean): string {
  if (part === '') return part;
  // Dutch "ij" is one letter: both halves are capitals at the start of a name ("IJsbrand", "IJzerman").
  if (/^ij[^aeiouy]/u.test(part) && part.length > 2) return `IJ${part.slice(2)}`;
  const first = String.fromCodePoint(part.codePointAt(0) ?? 0);
  const rest = part.slice(first.length);
  const title = TITLE_FORM[first];
  if (title) return title + rest;
  // A letter whose capital is two letters ("ß" → "SS") keeps its title form: only the first of them is capital.
  const upper = turkish ? first.toLocaleUpperCase('tr') : first.toUpperCase();
  return (upper.length > 1 && !turkish ? upper.charAt(0) + upper.slice(1).toLowerCase() : upper) + rest;
}

/** "JANE" / "jane" → "Jane"; "o'neil" → "O'Neil"; "krüger-lehmann" → "Krüger-Lehmann"; "ﬁona" → "Fiona". */
export function titleCaseWord(word: string): string {
  const low = lowerWord(word);
  const turkish = TURKISH_LETTERS.test(word.replace(LIGATURES, ''));
  return low.replace(/(^|[-'ʼ])([^-'ʼ]+)/gu, (_m, sep: string, part: string) => sep + upperFirst(part, turkish));
}

/** Only the first letter made capital, the rest kept as written ("ﬁona" → "Fiona", "ijsbrand" → "IJsbrand"). */
export function capitalFirst(word: string): string {
  const plain = word.replace(LIGATURES, (l) => l.normalize('NFKC'));
  return upperFirst(plain, TURKISH_LETTERS.test(plain));
}
