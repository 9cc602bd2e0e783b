// Word tokens of one cleaned line, with the punctuation around each word kept apart. A line is tokenised once and
// shared by the role, company and name readers.

export interface Tok {
  /** The word without surrounding punctuation ("Engineer" for `"Engineer",`). */
  core: string;
  /** `core` in lower case. */
  low: string;
  /** Punctuation before the word ("(" or a quote). */
  lead: string;
  /** Punctuation after the word ("," or ")." …). */
  trail: string;
  /** Starts with an upper-case letter or a digit. */
  cap: boolean;
  /** Character offset of the token (its lead) in the line. */
  at: number;
}

export interface Line {
  text: string;
  lower: string;
  /** The line's tokens, split on first use (many lines never need them). */
  readonly toks: Tok[];
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const UPPER_START = /^[\p{Lu}\p{Lt}\p{N}]/u;
/** Brand-style words written with a lower-case prefix ("iOS", "eCommerce", "macOS") count as capitalised. */
const CAMEL_CASE = /^[a-z]{1,3}[A-Z]/;
/**
 * Central European legal forms written with a dot after the name ("Dunavska Mreža d.o.o.", "Vltavská Data s.r.o.",
 * "Tisza Kft."), as tokens keep them: their dot does not end a sentence, and they end a company's name
 * (company/candidates.ts). lexicon.ts LEGAL_FORM reads them, with the rest, in a name.
 */
export const DOTTED_LEGAL_FORMS: readonly string[] = ['d.o.o', 's.r.o', 'a.s', 'kft', 'zrt', 'nyrt'];

/** Abbreviations whose trailing dot does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'sr', 'jr', 'snr', 'jnr', 'mgr', 'dir', 'eng', 'assoc', 'asst', 'dept', 'corp', 'inc', 'co', 'ltd', 'st', 'dr', 'mr',
  'mrs', 'ms', 'vs', 'ca', 'approx', 'lic', 'ing', 'prof', 'e.g', 'i.e', 's.a', 's.a.s', 's.l', 'b.v', 'n.v', 'c.v',
  's.r.l', 's.p.a', 'u.s', 'u.k', 'pty', 'pvt', 'pte', 'sdn', 'ds',
  ...DOTTED_LEGAL_FORMS,
]);

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_WORD.test(ch);
}

/** Does a word start with a capital letter or a digit? */
function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return UPPER_START.test(word);
}

/** Split a line at spaces; linear in the line's length. */
function tokenize(line: string): Tok[] {
  const out: Tok[] = [];
  let pos = 0;
  for (const raw of line.split(' ')) {
    const at = pos;
    pos += raw.length + 1;
    if (raw === '') continue;
    let a = 0;
    let b = raw.length;
    while (a < b && !isWordChar(raw[a] ?? '')) a++;
    while (b > a && !isWordChar(raw[b - 1] ?? '')) b--;
    const lead = raw.slice(0, a);
    let core = raw.slice(a, b);
    let trail = raw.slice(b);
    // Keep an abbreviation's dot with the word: "Sr." stays one title word.
    if (trail.startsWith('.') && core.length <= 6 && ABBREVIATIONS.has(core.toLowerCase())) {
      core += '.';
      trail = trail.slice(1);
    }
    if (core === '') {
      core = lead;
      out.push({ core, low: core, lead: '', trail: '', cap: false, at });
    } else {
      out.push({ core, low: core.toLowerCase(), lead, trail, cap: isCapitalised(core) || CAMEL_CASE.test(core), at });
    }
  }
  return out;
}

/** Lower case with every character keeping its length ("İ" would become two), so offsets in it are offsets in `text`. */
export function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[\s\S]/gu, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch));
}

export function analyzeLine(text: string): Line {
  let toks: Tok[] | null = null;
  // Offsets found in `lower` are used in `text`.
  const lower = lowerKeepingOffsets(text);
  return {
    text,
    lower,
    get toks(): Tok[] {
      return (toks ??= tokenize(text));
    },
  };
}

/** Index of the first token at or after character `offset`. */
export function tokenAt(line: Line, offset: number): number {
  let lo = 0;
  let hi = line.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((line.toks[mid] as Tok).at < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does the punctuation after a token end a phrase (comma, full stop, colon, …)? */
export function endsPhrase(tok: Tok): boolean {
  const t = tok.trail;
  if (t === '') return false;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === ',' || ch === '.' || ch === ';' || ch === ':' || ch === '!' || ch === '?') return true;
  }
  return false;
}

export function isDash(word: string): boolean {
  return word === '-' || word === '–' || word === '—' || word === '--';
}
