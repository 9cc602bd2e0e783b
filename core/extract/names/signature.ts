// The closing signature of a message: after a sign-off ("Best,", "Thanks, Jane") or as the trailing name block;
// the signer and the signature's other parts (titles, company, place).

import { GREETING_PATTERN, SIGN_OFF_PATTERN } from '../lexicon';
import { type PersonName, parsePersonName } from './person';

export interface Signature {
  /** The signer, when the signature names a person. */
  name: PersonName | null;
  /** Index in `lines` where the closing (sign-off or signature block) starts. */
  start: number;
  /** The signature's other parts: titles, company, place, phone (split at "|", "·", ","). */
  parts: string[];
}

const MAX_SIGNATURE_LINES = 7;
/** A sign-off is looked for among this many last lines. */
const SIGN_OFF_SEARCH_LINES = 40;

function isSignOff(line: string, isGreeting: boolean): boolean {
  if (line.length > 45 || isGreeting) return false;
  if (SIGN_OFF_PATTERN.test(line)) return true;
  // Any short closing phrase ending in a comma ("Apologies again,", "Grazie e attendo tue,").
  return /^[\p{L}' ]{2,40},$/u.test(line) && line.split(' ').length <= 5;
}

/** Split a signature line into its parts, keeping a legal form with its company ("Acme, S.A. de C.V."). */
function splitSignatureLine(line: string): string[] {
  const parts: string[] = [];
  for (const chunk of line.split(/\s+[|·•]\s+|\s*[|·•]\s*|\s+[–—]\s+|\s+-\s+/)) {
    const pieces = chunk.split(/,\s+/);
    for (const piece of pieces) {
      const p = piece.trim();
      if (p === '') continue;
      const prev = parts[parts.length - 1];
      if (prev !== undefined && /^(?:inc|llc|ltd|corp|co|gmbh|s\.?a\.?|s\.?a\.?s\.?|s\.?l\.?|s\.?r\.?l\.?|b\.?v\.?|plc|ag|pty|ltda)\b/i.test(p) && pieces.length > 1) {
        parts[parts.length - 1] = `${prev}, ${p}`;
      } else {
        parts.push(p);
      }
    }
  }
  return parts;
}

/** "i. A." / "i. V." / "p.p." before a signer's name: signing on someone's behalf, not part of the name. */
const ON_BEHALF = /^(?:i\.\s?a\.|i\.\s?v\.|p\.\s?p\.?|pp\.|p\.o\.|per pro\.?)\s+/i;

/** A line of prose ("…and wish you every success in your future."): a signature's lines are names, titles and places. */
function isProse(line: string): boolean {
  return line.split(' ').length > 8 && /[.!?]$/.test(line);
}

function signatureName(line: string, exclude: ReadonlySet<string>): { name: PersonName; rest: string[] } | null {
  // A line ending in a colon is a heading ("Pontos Positivos:", "Interview Details:"), one ending in "!" an exclamation
  // ("Gratulujemy!", "Congratulations!"): never a signer.
  if (line.length > 100 || line.endsWith(':') || line.endsWith('!') || isProse(line)) return null;
  const stripped = line.replace(/^(?:[-–—]{1,2}\s*)/, '').replace(ON_BEHALF, '');
  const parts = splitSignatureLine(stripped);
  const first = parts[0];
  if (first === undefined) return null;
  // "Again, thank you for your time.": a word before a clause of a sentence, not a signer before a title.
  if (parts.slice(1).some((p) => /^\p{Ll}/u.test(p) && p.split(' ').length >= 4 && /[.!?]$/.test(p))) return null;
  const name = parsePersonName(first);
  if (!name || exclude.has(name.first.toLowerCase())) return null;
  return { name, rest: parts.slice(1) };
}

/** Inline sign-off with the name on the same line: "Thanks, Jane" / "Best – Jane Doe". */
function inlineSignOff(line: string, exclude: ReadonlySet<string>): PersonName | null {
  if (line.length > 60) return null;
  const m = /^([\p{L}' ]{2,30}?)[,!.]?\s+[–—-]?\s*(\p{Lu}[\p{L}\p{M}'ʼ -]{1,40})$/u.exec(line);
  if (!m || !SIGN_OFF_PATTERN.test(m[1] ?? '')) return null;
  const name = parsePersonName(m[2] ?? '');
  return name && !exclude.has(name.first.toLowerCase()) ? name : null;
}

/** Collect the contiguous block of non-empty lines starting at `from` (skipping leading blanks). */
function blockAt(lines: readonly string[], from: number): { start: number; lines: string[] } {
  let i = from;
  while (i < lines.length && lines[i] === '') i++;
  const start = i;
  const block: string[] = [];
  while (i < lines.length && lines[i] !== '' && block.length < MAX_SIGNATURE_LINES) block.push(lines[i++] ?? '');
  return { start, lines: block };
}

function readBlock(lines: readonly string[], from: number, exclude: ReadonlySet<string>): Signature | null {
  const first = blockAt(lines, from);
  if (first.lines.length === 0) return null;
  let block = first;
  let named = signatureName(block.lines[0] ?? '', exclude);
  // "Sam\n\nSam Whitlock\nSenior Consultant…": a lone first name, then the full signature block.
  if (named && named.name.full === null && block.lines.length === 1) {
    const next = blockAt(lines, block.start + 1);
    const nextNamed = next.lines.length > 0 ? signatureName(next.lines[0] ?? '', exclude) : null;
    if (nextNamed && nextNamed.name.first.toLowerCase() === named.name.first.toLowerCase()) {
      block = next;
      named = nextNamed;
    }
  }
  const parts: string[] = [...(named?.rest ?? [])];
  const from2 = named ? 1 : 0;
  for (const line of block.lines.slice(from2)) {
    if (line.length > 90 || /https?:|www\.|@/.test(line)) continue;
    parts.push(...splitSignatureLine(line.replace(/^(?:[-–—]{1,2}\s*)/, '')));
  }
  return { name: named?.name ?? null, start: from, parts };
}

/** Find the closing signature of a message: after a sign-off line, or the trailing name block. */
export function findSignature(lines: readonly string[], exclude: ReadonlySet<string>): Signature | null {
  let greeting = -1;
  for (let i = 0, seen = 0; i < lines.length && seen < 3; i++) {
    if (lines[i] === '') continue;
    seen++;
    if (GREETING_PATTERN.test((lines[i] ?? '').replace(/^[^\p{L}]+/u, ''))) {
      greeting = i;
      break;
    }
  }
  // Last sign-off in the message wins: the signature is at the end.
  const from = Math.max(greeting, lines.length - SIGN_OFF_SEARCH_LINES);
  for (let i = lines.length - 1; i > from; i--) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    // The conventional "-- " signature delimiter.
    if (/^(?:--|—|–)$/.test(line)) {
      const sig = readBlock(lines, i + 1, exclude);
      if (sig) return { ...sig, start: i };
    }
    const inline = inlineSignOff(line, exclude);
    if (inline) return { name: inline, start: i, parts: readBlock(lines, i + 1, exclude)?.parts ?? [] };
    const known = SIGN_OFF_PATTERN.test(line);
    if (!isSignOff(line, GREETING_PATTERN.test(line))) continue;
    const sig = readBlock(lines, i + 1, exclude);
    // A known closing ("Best,") starts the signature even without a name; any other short "…," line needs one.
    if (sig && (sig.name || (known && sig.parts.length > 0))) return { ...sig, start: i };
    if (known) return { name: null, start: i, parts: [] };
  }
  // No sign-off line: look at the last few blocks for "Name", "Name | Title", "Name\nTitle\nCompany".
  let end = lines.length;
  for (let blocks = 0; blocks < 4 && end > greeting + 1; blocks++) {
    let start = end - 1;
    while (start > 0 && lines[start - 1] !== '') start--;
    const block = lines.slice(start, end);
    const head = block[0] ?? '';
    const boilerplate = block.every((l) => l.length > 100 || /^\[|unsubscribe|https?:|www\./i.test(l));
    // A heading over a paragraph ("Additional Comments" over "The panel will include…") is no signature block.
    const prose = block.slice(1).some(isProse);
    if (!boilerplate && !prose && block.length <= MAX_SIGNATURE_LINES && start > greeting) {
      const named = signatureName(head, exclude);
      if (named && (block.length > 1 || named.rest.length > 0 || blocks === 0 || named.name.full !== null)) {
        return readBlock(lines, start, exclude);
      }
      if (/^[-–—]{1,2}\s*\S/.test(head) && block.length <= 3) return readBlock(lines, start, exclude);
    }
    end = start;
    while (end > 0 && lines[end - 1] === '') end--;
  }
  return null;
}
