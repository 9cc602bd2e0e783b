import { type Line, lowerKeepingOffsets } from './tokens';

/**
 * What a mail writes right after a value it names: for telling a value read whole from one cut short ("Projektledare"
 * where the mail writes "Projektledare elnät", "Thistledown" where it writes "Thistledown Foundry").
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Inside an address or a link ("jobs@acme.example", "www.acme.example/careers"), not the value as prose writes it. */
const ADDRESS_BEFORE = /[@/.]/u;
const ADDRESS_AFTER = /^[.@/][\p{L}\p{N}]/u;
/** Up to two words after a value, on its line, with nothing but spaces before them ("&" counts as a word). */
const NEXT_WORDS = /^[^\S\n]+([\p{L}&+][\p{L}\p{M}.'’&-]*)(?:[^\S\n]+([\p{L}][\p{L}\p{M}'’-]*))?/u;

/**
 * Where a line writes a value as whole words (case-insensitive), outside addresses and links: the offsets. With
 * `afterInitial`, a dot right before it that closes an initial ("J.P.Rodrigues") is no address's.
 */
function placesWritten(key: string, line: Pick<Line, 'text' | 'lower'>, afterInitial = false): number[] {
  const out: number[] = [];
  const { text, lower: low } = line;
  for (let i = low.indexOf(key); i >= 0; i = low.indexOf(key, i + key.length)) {
    const before = low[i - 1] ?? '';
    if (WORD_CHAR.test(before)) continue;
    if (ADDRESS_BEFORE.test(before) && !(afterInitial && /\p{Lu}\.$/u.test(text.slice(Math.max(0, i - 2), i)))) continue;
    const rest = text.slice(i + key.length, i + key.length + 2);
    if (WORD_CHAR.test(rest[0] ?? '') || ADDRESS_AFTER.test(rest)) continue;
    out.push(i);
  }
  return out;
}

/**
 * Every place a line writes a value as whole words (case-insensitive), outside addresses and links: the one or two
 * words that follow it on the same line, joined by a space, or null where it ends its line or punctuation follows it.
 */
export function wordsAfter(value: string, line: Pick<Line, 'text' | 'lower'>): (string | null)[] {
  const key = lowerKeepingOffsets(value);
  if (key === '') return [];
  return placesWritten(key, line).map((i) => {
    const next = NEXT_WORDS.exec(line.text.slice(i + key.length, i + key.length + 80));
    return next ? `${next[1] ?? ''} ${next[2] ?? ''}`.trim() : null;
  });
}

/**
 * Whether a value goes on everywhere a mail writes it: written at least once, and `goesOn` holds at every place, given
 * the first and second words after it (and both as written). A place where it ends its line or punctuation follows it
 * shows it whole.
 */
export function goesOnEverywhere(value: string, lines: readonly Pick<Line, 'text' | 'lower'>[], goesOn: (word: string, second: string, after: string) => boolean): boolean {
  let seen = 0;
  for (const line of lines) {
    for (const after of wordsAfter(value, line)) {
      seen++;
      if (after === null) return false;
      const [word = '', second = ''] = after.split(' ');
      if (!goesOn(word, second, after)) return false;
    }
  }
  return seen > 0;
}

/** Initials right before a value ("J. P. " before "Rodrigues", "A.O. " before "Smith"). */
const INITIALS_BEFORE = /(?:^|[^\p{L}\p{M}])(?:\p{Lu}\.[^\S\n]?){1,3}[^\S\n]*$/u;

/**
 * Whether a mail writes a value only after initials ("J. P. Rodrigues" read as "Rodrigues"): written at least once as
 * whole words outside addresses, and initials before it at every place.
 */
export function initialsEverywhereBefore(value: string, lines: readonly Pick<Line, 'text' | 'lower'>[]): boolean {
  const key = lowerKeepingOffsets(value);
  if (key === '') return false;
  let seen = 0;
  for (const line of lines) {
    for (const i of placesWritten(key, line, true)) {
      seen++;
      if (!INITIALS_BEFORE.test(line.text.slice(0, i))) return false;
    }
  }
  return seen > 0;
}

/** A word as a table lists it: lower case, without a sentence's full stop ("Talent." → "talent"; "ds." and "A.Ş." keep theirs). */
export function tableWord(word: string): string {
  const low = word.toLowerCase();
  return /^[^.]+\.$/u.test(low) && low.length > 3 ? low.slice(0, -1) : low;
}
