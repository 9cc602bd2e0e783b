/**
 * String-in, data-out helpers shared by the host adapters: addresses, subjects, dates and the plain-text
 * heuristics that tell a message's own words from its quoted history and signature. No DOM here.
 */
import { QUOTE_HEADERS } from '../quote-header';

const EMAIL_RE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

/** The first e-mail address in `text`, lower-cased, or null. */
export function findEmail(text: string | null | undefined): string | null {
  if (!text) return null;
  const match = EMAIL_RE.exec(text);
  return match ? match[0].replace(/^['.]+|['.]+$/g, '').toLowerCase() : null;
}

/** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f\u200b\ufeff]+/g, ' ').trim();
}

/**
 * Splits `"Doe, Jane" <jane.doe@contoso.com>`, `Jane Doe <jane@x>`, `jane@x` or `Jane Doe` into a name and
 * an address. A name that is only the address (or empty) comes back as ''.
 */
export function splitNameEmail(text: string | null | undefined): { name: string; email: string | null } {
  const flat = squash(text);
  const email = findEmail(flat);
  let name = flat;
  if (email) {
    // Drop "<address>", "(address)", "[mailto:address]" and a bare address, whatever surrounds it.
    name = name
      .replace(/[<([]\s*(?:mailto:)?[^<>()[\]]*@[^<>()[\]]*[>)\]]/gi, ' ')
      .replace(EMAIL_RE, ' ');
  }
  name = squash(name).replace(/^["'\u201c\u201d]+|["'\u201c\u201d]+$/g, '').trim();
  if (name.includes('@') || /^[<>()[\]\s]*$/.test(name)) name = '';
  return { name, email };
}

// Reply prefixes as mail clients write them: English/most (Re, RE), German (AW, Antw, Antwort), Nordic (SV, VS),
// French (Réf, "RE :"), Italian (Rif), Portuguese (RES), Polish (Odp), Turkish (YNT), Hungarian (Vá),
// Chinese/Japanese (回复, 回覆, 答复, 返信). A counter like "Re[2]:" or "RE (2):" is allowed.
const REPLY_WORDS = 're|aw|antw|antwort|sv|vs|ref|réf|rif|res|odp|ynt|atb|vá|回复|回覆|答复|返信';
const FORWARD_WORDS = 'fw|fwd|wg|tr|rv|enc|doorst|vl|i|pd|转发|轉寄';
const prefix = (words: string): string => `(?:${words})\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*\\.?\\s*[:\uff1a]\\s*`;
const REPLY_PREFIX_RE = new RegExp(`^\\s*${prefix(REPLY_WORDS)}`, 'i');
const ANY_PREFIX_RE = new RegExp(`^\\s*(?:${prefix(`${REPLY_WORDS}|${FORWARD_WORDS}`)})+`, 'i');
const FORWARD_PREFIX_RE = new RegExp(`^\\s*${prefix(FORWARD_WORDS)}`, 'i');

/** True when the subject starts with a reply prefix ("Re:", "RE:", "AW:", "Réf. :", "SV:", …). */
export function hasReplyPrefix(subject: string | null | undefined): boolean {
  return REPLY_PREFIX_RE.test(subject ?? '');
}

/** True when the subject starts with a forward prefix ("Fwd:", "FW:", "WG:", "TR:", …). */
export function hasForwardPrefix(subject: string | null | undefined): boolean {
  return FORWARD_PREFIX_RE.test(subject ?? '');
}

/** The subject without any leading reply/forward prefixes. */
export function stripSubjectPrefixes(subject: string | null | undefined): string {
  return squash((subject ?? '').replace(ANY_PREFIX_RE, ''));
}

/**
 * True when a draft with `draftSubject` replies to the thread titled `threadSubject`: the draft carries a reply
 * prefix and the rest matches the thread's subject (case and spacing ignored).
 */
export function isReplySubjectOf(draftSubject: string | null | undefined, threadSubject: string | null | undefined): boolean {
  if (!hasReplyPrefix(draftSubject)) return false;
  const a = stripSubjectPrefixes(draftSubject).toLowerCase();
  const b = stripSubjectPrefixes(threadSubject).toLowerCase();
  return a !== '' && a === b;
}

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9,
  nov: 10, november: 10, dec: 11, december: 11,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\.?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const NUMERIC_DATE = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/;
const ISO_DATE = /^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;
const TIME = /\b(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s*m\.?)?(?![\d])/i;

/**
 * Milliseconds since the epoch for a date as mail pages show it ("20 Aug 2025, 13:19",
 * "Wed, Aug 20, 2025, 1:19 PM", "Tuesday, November 4, 2025 10:12 AM", "Tue 11/4/2025 10:12 AM",
 * ISO 8601), read in local time; null when it cannot be read. Numeric dates are month-first unless the first
 * number cannot be a month, or they use dots (day-first, as in "04.11.2025").
 */
export function parseDate(text: string | null | undefined): number | null {
  const s = squash(text);
  if (!s) return null;
  if (ISO_DATE.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : t;
  }
  let year: number;
  let month: number;
  let day: number;
  let m: RegExpExecArray | null;
  if ((m = DAY_MONTH_YEAR.exec(s))) {
    day = Number(m[1]);
    month = MONTHS[m[2]!.toLowerCase()]!;
    year = Number(m[3]);
  } else if ((m = MONTH_DAY_YEAR.exec(s))) {
    month = MONTHS[m[1]!.toLowerCase()]!;
    day = Number(m[2]);
    year = Number(m[3]);
  } else if ((m = NUMERIC_DATE.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === '.' || a > 12;
    day = dayFirst ? a : b;
    month = (dayFirst ? b : a) - 1;
    year = Number(m[4]);
  } else {
    return null;
  }
  const rest = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  const t = TIME.exec(rest);
  if (t) {
    hours = Number(t[1]);
    minutes = Number(t[2]);
    seconds = t[3] ? Number(t[3]) : 0;
    const meridiem = t[4]?.toLowerCase();
    if (meridiem) {
      if (hours < 1 || hours > 12) return null;
      if (meridiem === 'p' && hours !== 12) hours += 12;
      if (meridiem === 'a' && hours === 12) hours = 0;
    }
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
  }
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < 1970 || year > 9999) return null;
  const date = new Date(year, month, day, hours, minutes, seconds);
  // Reject roll-overs such as 31 November.
  if (date.getMonth() !== month || date.getDate() !== day) return null;
  return date.getTime();
}

/** Header labels of a quoted reply block ("From: … Sent: … To: … Subject: …") in the languages mail pages use. */
const HEADER_LABELS = {
  from: ['from', 'von', 'de', 'van', 'da', 'från', 'fra', 'od', 'kimden', 'remitente'],
  date: ['sent', 'date', 'gesendet', 'datum', 'envoyé', 'enviado', 'enviada', 'verzonden', 'inviato', 'skickat', 'sendt', 'wysłano', 'fecha'],
  to: ['to', 'an', 'à', 'a', 'para', 'aan', 'till', 'til', 'do', 'kime'],
  cc: ['cc'],
  subject: ['subject', 'betreff', 'objet', 'asunto', 'onderwerp', 'oggetto', 'ämne', 'emne', 'temat', 'assunto', 'konu'],
} as const;
type HeaderField = keyof typeof HEADER_LABELS;

function headerField(line: string): { field: HeaderField; value: string } | null {
  const m = /^\*?\s*([\p{L}]+)\s*\*?\s*[:\uff1a]\s*\*?\s*(.*)$/u.exec(line);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  for (const field of Object.keys(HEADER_LABELS) as HeaderField[]) {
    if ((HEADER_LABELS[field] as readonly string[]).includes(label)) return { field, value: m[2]!.trim() };
  }
  return null;
}

/** The original message described by a quoted reply header, as found at the top of a reply's history. */
export interface QuotedOriginal {
  fromName: string;
  fromEmail: string;
  dateText: string | null;
  subject: string | null;
  body: string;
}

/**
 * Reads `From: … / Sent: … / To: … / Subject: …` header lines (Outlook's reply header; any language listed
 * above) at the top of `text` and the original message below them. Null when there is no "From:" line.
 */
export function parseQuotedHeader(text: string): QuotedOriginal | null {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && (lines[i]!.trim() === '' || /^[_\-=]{5,}$/.test(lines[i]!.trim()))) i++;
  const fields: Partial<Record<HeaderField, string>> = {};
  let last: HeaderField | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') {
      if (fields.from !== undefined) break;
      continue;
    }
    const found = headerField(line);
    if (found && fields[found.field] === undefined) {
      fields[found.field] = found.value;
      last = found.field;
    } else if (last && fields.from !== undefined && !found && last !== 'subject') {
      // A long To:/Cc: list wraps onto the next line.
      fields[last] = `${fields[last]} ${line}`;
    } else {
      break;
    }
  }
  if (fields.from === undefined) return null;
  const { name, email } = splitNameEmail(fields.from);
  return {
    fromName: name,
    fromEmail: email ?? '',
    dateText: fields.date ? fields.date : null,
    subject: fields.subject !== undefined ? fields.subject : null,
    body: tidyText(lines.slice(i).join('\n')),
  };
}

/** Trims every line, drops leading/trailing blank lines and keeps at most one blank line in a row. */
export function tidyText(text: string): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[ \t\u00a0\u202f]+/g, ' ').trim();
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

// The quote headers every reader shares, and Outlook's plain-text separator above "From:".
const QUOTE_INTRO = [...QUOTE_HEADERS, /^_{10,}$/];

/**
 * Plain-text fallback when the markup does not mark quoted history or a signature: the history starts at an
 * "On … wrote:" line, an "-----Original Message-----" line, a "From:/Sent:" header or a trailing block of
 * "> " lines; the signature starts at the conventional "-- " line.
 */
export function splitPlainText(text: string): { body: string; quoted: string; signature: string } {
  const lines = tidyText(text).split('\n');
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const joined = i + 1 < lines.length ? `${line} ${lines[i + 1]}` : line;
    if (QUOTE_INTRO.some((re) => re.test(line))) {
      cut = i;
      break;
    }
    // "On Mon, 3 Nov 2025 at 10:12, Priya Raman <priya@…>" wrapped before "wrote:".
    if (/^on\b/i.test(line) && QUOTE_HEADERS[0]!.test(joined)) {
      cut = i;
      break;
    }
    const header = headerField(line);
    if (header?.field === 'from' && lines.slice(i + 1, i + 4).some((l) => headerField(l)?.field === 'date')) {
      cut = i;
      break;
    }
    if (line.startsWith('>') && lines.slice(i).every((l) => l === '' || l.startsWith('>'))) {
      cut = i;
      break;
    }
  }
  const own = lines.slice(0, cut);
  const quoted = tidyText(lines.slice(cut).join('\n'));
  const sigAt = own.findIndex((l) => l === '--' || l === '-- ');
  if (sigAt >= 0) {
    return {
      body: tidyText(own.slice(0, sigAt).join('\n')),
      quoted,
      signature: tidyText(own.slice(sigAt + 1).join('\n')),
    };
  }
  return { body: tidyText(own.join('\n')), quoted, signature: '' };
}
