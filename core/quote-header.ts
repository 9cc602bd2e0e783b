/**
 * The lines that start quoted history in a plain-text mail ("On … wrote:", "Am … schrieb …:", "Le … a écrit :",
 * "El … escribió:", Italian, and the clients' "-----Original Message-----" separators), one table for every reader.
 * Each pattern matches one trimmed line; the bounds keep them linear on hostile input.
 */
export const QUOTE_HEADERS: readonly RegExp[] = [
  /^on\b.{3,300}\bwrote:?$/i, // Gmail, Apple Mail, Thunderbird (en)
  /^am\b.{3,300}\bschrieb\b.{0,80}:$/i, // de
  /^le\b.{3,300}\ba écrit\s*:$/i, // fr
  /^el\b.{3,300}\bescribió:?$/i, // es
  /^il (?:giorno )?.{3,300}\bha scritto:?$/i, // it
  /^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale)\s*-{2,}$/i,
];

/** True when `line` (trimmed) opens quoted history. */
export function isQuoteHeader(line: string): boolean {
  return QUOTE_HEADERS.some((re) => re.test(line));
}
