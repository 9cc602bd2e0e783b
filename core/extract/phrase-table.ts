// A table of phrases per concept and language, compiled once into a finder: which concepts does a text state?
// Phrases use a small syntax (see stage-phrases.ts): words, `word*` for a word's continuations, `a/b` for one of
// several words (`-` for none), `~` for a gap of up to four words (none a negation). Each phrase is tried only where
// its anchor (its longest rare fixed word) begins a word of the text, on the stretch of text around it, at most
// MAX_TRIES times.

import { GENDER_ENDING } from './lexicon';

// A gap's words hold no punctuation that ends a clause, and the gap stays on one line. Nor a negation: "the offer
// has not yet closed" states no closed offer (phrases that mean a negation write it out: 'regret … ~ not').
const NEGATION = "(?:not|never|nicht|kein|keine|keinen|pas|jamais|non|nunca|não|niet|geen|nie|ikke|inte|ej|no|не|ні|нет|δεν|tidak|belum|bukan|(?<!hàng )không|chưa|emme|nemůž\\p{L}*|nemohu)";
const GAP = `(?:(?!${NEGATION}[^\\p{L}])[^\\s.,;:!?]+[^\\S\\n]+){0,4}?`;
/**
 * Letters that mail writes in more than one way, folded in both the phrases and the text (one code unit for one, so
 * offsets stay): Romanian's comma-below and cedilla letters and its letters without their marks ("pozitia",
 * "poziţia", "poziția"), and Greek vowels with and without their accent (capitals lose it: "ΣΥΝΕΝΤΕΥΞΗ"). (Turkish
 * capital İ is read as "i" by the stage's caller, kind.ts classifyStage, for its own patterns too.)
 */
const FOLDED: Record<string, string> = {
  ă: 'a', â: 'a', î: 'i', ș: 's', ş: 's', ț: 't', ţ: 't',
  ά: 'α', έ: 'ε', ή: 'η', ί: 'ι', ϊ: 'ι', ΐ: 'ι', ό: 'ο', ύ: 'υ', ϋ: 'υ', ΰ: 'υ', ώ: 'ω',
};
const FOLDABLE = /[ăâîșşțţάέήίϊΐόύϋΰώ]/gu;

/** `text` with the letters of FOLDED folded (the same length). */
export function foldLetters(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLDED[ch] ?? ch);
}

/** A word of a text, for the anchor lookup (letters, digits, apostrophes and hyphens make words). */
const WORD = /[\p{L}\p{N}'’-]+/gu;
/** How many places of its anchor a phrase is looked for around, at most. */
const MAX_TRIES = 4;
/** How far a phrase can reach around its anchor: a few words and a gap or two on either side. */
const REACH = 240;

/** The text around an offset, starting and ending at a space (a phrase must not match a cut word's end). */
function around(text: string, at: number): { slice: string; from: number } {
  if (text.length <= 2 * REACH + 40) return { slice: text, from: 0 };
  let from = Math.max(0, at - REACH);
  if (from > 0) from = text.indexOf(' ', from) + 1 || at;
  let to = Math.min(text.length, at + REACH);
  if (to < text.length) to = text.lastIndexOf(' ', to);
  return { slice: text.slice(from, Math.max(to, at + 1)), from };
}
const LETTER = '[\\p{L}\\p{N}]';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

/** One word of a phrase as a pattern: `offr*`, `ti/le/vi`; `optional` when the word may be left out (`gerne/-`). */
function wordPattern(word: string): { pattern: string; optional: boolean } {
  const options = word.split('/');
  const optional = options.includes('-');
  const alternatives = options
    .filter((o) => o !== '-' && o !== '')
    .map((o) => (o.endsWith('*') ? `${escape(o.slice(0, -1))}${LETTER}*` : escape(o)));
  return { pattern: alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`, optional };
}

/** A phrase as a regular expression matched at word boundaries (the text is lower case, spaces normalised or not). */
export function phrasePattern(phrase: string): string {
  let out = '';
  let gap = false;
  let first = true;
  for (const word of phrase.trim().split(/\s+/)) {
    if (word === '~') {
      gap = true;
      continue;
    }
    const { pattern: bare, optional } = wordPattern(word);
    // A gender ending written after a word the table gives as a stem ("seleccionad*" for "seleccionado/a") belongs to
    // it; stems are where the tables write words that inflect.
    const pattern = word.includes('*') ? `${bare}${GENDER_ENDING}?` : bare;
    const piece = first ? pattern : `\\s+${gap ? GAP : ''}${pattern}`;
    out += optional ? (first ? `(?:${pattern}\\s+)?` : `(?:${piece})?`) : piece;
    if (!(first && optional)) first = false;
    gap = false;
  }
  return `(?<!${LETTER})${out}(?!${LETTER})`;
}

/**
 * The anchors of a phrase: the longest fixed word (or `word*` stem) every match must contain, when it has four letters
 * or more; otherwise, if longer, each alternative of the word whose shortest alternative is longest.
 */
export function phraseAnchors(phrase: string): string[] {
  let best = '';
  let bestAlternatives: string[] = [];
  let bestShortest = 0;
  for (const word of phrase.trim().split(/\s+/)) {
    if (word === '~') continue;
    const options = word.split('/');
    if (options.includes('-')) continue;
    const stems = options.map((o) => (o.endsWith('*') ? o.slice(0, -1) : o));
    if (stems.length === 1) {
      const stem = stems[0] ?? '';
      // A word most texts have ("with", "your") would try the phrase on nearly every message: any rarer word is better.
      if (COMMON.has(stem) ? best === '' : stem.length > best.length || COMMON.has(best)) best = stem;
    } else {
      const shortest = Math.min(...stems.map((s) => s.length));
      if (shortest > bestShortest) {
        bestShortest = shortest;
        bestAlternatives = stems;
      }
    }
  }
  if (best.length >= 4 || (best.length >= 3 && best.length >= bestShortest)) return [best];
  return bestAlternatives.length > 0 ? bestAlternatives : best !== '' ? [best] : [];
}

/** Words so frequent in mail that they make poor anchors (found by counting the development set's words). */
const COMMON: ReadonlySet<string> = new Set([
  'with', 'like', 'have', 'your', 'that', 'been', 'were', 'this', 'from', 'will', 'would', 'about', 'time', 'times',
  'come', 'still', 'taking', 'link', 'mess', 'available', 'complete', 'another', 'different', 'para', 'pour', 'avec',
  'dans', 'nous', 'vous', 'votre', 'sind', 'wird', 'haben', 'ihre', 'ihnen', 'sono', 'siamo', 'zijn', 'hebben', 'voor',
  'onze', 'jest', 'como', 'esta', 'este', 'sobre',
]);

export type PhraseTable<C extends string> = Record<C, Partial<Record<string, readonly string[]>>>;

interface Entry<C> {
  concept: C;
  source: string;
  re: RegExp | null;
}

/** Where a phrase was found, for a caller that may refuse it (a phrase inside a conditional clause). */
export type Accept<C> = (concept: C, at: number) => boolean;

/**
 * Compile a table into a function naming the concepts a (lower-case) text states, each with the words that state it.
 * `accept` may refuse a place (then later places of the same phrase are tried).
 */
export function phraseFinder<C extends string>(table: PhraseTable<C>): (text: string, accept?: Accept<C>) => Map<C, string[]> {
  // Anchors by their first three letters (shorter anchors under themselves): a word of the text costs one lookup.
  const byStart = new Map<string, { anchor: string; entries: Entry<C>[] }[]>();
  const add = (anchor: string, entry: Entry<C>): void => {
    const start = anchor.slice(0, 3);
    const list = byStart.get(start) ?? [];
    const known = list.find((a) => a.anchor === anchor);
    if (known) known.entries.push(entry);
    else list.push({ anchor, entries: [entry] });
    byStart.set(start, list);
  };
  for (const [concept, languages] of Object.entries(table) as [C, Partial<Record<string, readonly string[]>>][]) {
    for (const phrases of Object.values(languages)) {
      for (const phrase of phrases ?? []) {
        const entry: Entry<C> = { concept, source: foldLetters(phrase), re: null };
        for (const anchor of phraseAnchors(entry.source)) {
          // An anchor with an apostrophe ("d'embauche") is looked up by its longest part, as the text's words are split.
          const key = anchor.split(/['’]/).sort((a, b) => b.length - a.length)[0] ?? anchor;
          if (key !== '') add(key, entry);
        }
      }
    }
  }
  return (unfolded: string, accept?: Accept<C>): Map<C, string[]> => {
    const text = foldLetters(unfolded);
    const found = new Map<C, string[]>();
    // How often each phrase was looked for; a phrase found is done (MAX_TRIES). A phrase not found around the first
    // few places of its anchor is not looked for again: a long message repeats its common words, and this bounds
    // the work.
    const tries = new Map<Entry<C>, number>();
    type Window = { slice: string; from: number };
    const tryList = (word: string, window: () => Window, list: readonly { anchor: string; entries: Entry<C>[] }[] | undefined): void => {
      for (const { anchor, entries } of list ?? []) {
        if (!word.startsWith(anchor)) continue;
        for (const entry of entries) {
          const tried = tries.get(entry) ?? 0;
          if (tried >= MAX_TRIES) continue;
          tries.set(entry, tried + 1);
          entry.re ??= new RegExp(phrasePattern(entry.source), 'gu');
          const { slice, from } = window();
          entry.re.lastIndex = 0;
          for (let said = entry.re.exec(slice); said !== null; said = entry.re.exec(slice)) {
            if (accept !== undefined && !accept(entry.concept, from + said.index)) continue;
            tries.set(entry, MAX_TRIES);
            found.set(entry.concept, [...(found.get(entry.concept) ?? []), said[0]]);
            break;
          }
        }
      }
    };
    const tryAt = (word: string, at: number): void => {
      // The stretch of text around this place, cut once for every phrase anchored here.
      let cut: Window | null = null;
      const window = (): Window => (cut ??= around(text, at));
      tryList(word, window, byStart.get(word.slice(0, 3)));
      if (word.length >= 3) tryList(word, window, byStart.get(word.slice(0, 2)));
    };
    // Every anchor starts a word (a whole word, or a `word*` stem), or a part of a hyphenated or elided one
    // ("d'embauche", "talent-pool"). A phrase is tried only on the stretch of text around its anchor.
    for (const m of text.matchAll(WORD)) {
      const token = m[0];
      tryAt(token, m.index);
      if (/['’-]/.test(token)) for (const part of token.split(/['’-]/)) if (part !== '') tryAt(part, m.index);
    }
    return found;
  };
}
