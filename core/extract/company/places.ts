// Places a letter's dateline names ("Trujillo, 4 de mayo de 2026", "Berlin, den 12. März 2026", "Paris, le 3 mai
// 2026", "London, May 4, 2026"): a town the letter was written in, never the employer.

/**
 * A line that is only a place and a date with a four-digit year, in every language read: the day and the month
 * either way round, or the date in digits.
 */
const DATELINE =
  /^\s*(\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}),\s+(?:(?:le|den|el|am|em|il|op|dnia|d\.)\s+)?(?:\d{1,2}(?:\.|er|º|°)?\s+(?:de\s+)?\p{L}+\.?,?\s+(?:de\s+)?\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))\.?\s*$/u;

/** The places the text's datelines name, lower case. */
export function datelinePlaces(lines: readonly string[]): Set<string> {
  const places = new Set<string>();
  for (const line of lines) {
    if (line.length > 80 || !line.includes(',')) continue;
    const place = DATELINE.exec(line)?.[1];
    if (place) places.add(place.toLowerCase());
  }
  return places;
}
