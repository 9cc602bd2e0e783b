/**
 * What a mail writes right after a value it names: for telling a value read whole from one cut short ("Projektledare"
 * where the mail writes "Projektledare elnät", "Thistledown" where it writes "Thistledown Engineering").
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Up to two words after a value, on its line, with nothing but spaces before them. */
const NEXT_WORDS = /^[^\S\n]+([\p{L}][\p{L}\p{M}.'’&-]*)(?:[^\S\n]+([\p{L}][\p{L}\p{M}'’-]*))?/u;

/**
 * Every place a text writes a value as whole words (case-insensitive): the one or two words that follow it on the
 * same line, joined by a space, or null where it ends its line or punctuation follows it.
 */
export function wordsAfter(value: string, text: string): (string | null)[] {
  const out: (string | null)[] = [];
  const key = value.toLowerCase();
  if (key === '') return out;
  const low = text.toLowerCase();
  // Lower-casing keeps the length of the text's letters in every script read, so positions carry over.
  if (low.length !== text.length) return out;
  for (let i = low.indexOf(key); i >= 0; i = low.indexOf(key, i + 1)) {
    if (i > 0 && WORD_CHAR.test(low[i - 1] ?? '')) continue;
    const rest = text.slice(i + key.length, i + key.length + 80);
    if (WORD_CHAR.test(rest[0] ?? '')) continue;
    const next = NEXT_WORDS.exec(rest);
    out.push(next ? `${next[1] ?? ''} ${next[2] ?? ''}`.trim() : null);
  }
  return out;
}
