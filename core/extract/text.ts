// Turning a plain-text e-mail body into clean lines: quoted history cut off, a forwarded message split out,
// HTML-to-text artifacts removed. Everything here is linear in the input.

import { GREETING_PATTERN } from './lexicon';
import { isQuoteHeader } from '../quote-header';

/** Only this much of a body is read: recruiter mail is short, and the work per message must stay bounded. */
const MAX_BODY_CHARS = 24_000;
/** Longer lines are cut: nothing we look for needs more than a paragraph of context. */
const MAX_LINE_CHARS = 1_000;
/** At most this many lines are read. */
const MAX_LINES = 2_000;
/** Subjects are short; a longer one is cut. */
const MAX_SUBJECT_CHARS = 250;
/** Of a long message, the opening up to this many characters or lines is read… */
const HEAD_CHARS = 1_800;
const HEAD_LINES = 50;
/** …and its last lines, where the signature is, each cut to a signature line's length. */
const TAIL_LINES = 10;
const TAIL_LINE_CHARS = 160;

interface ForwardedMessage {
  fromName: string;
  fromEmail: string;
  /** The first address its "To:" header names ('' without one). */
  toEmail: string;
  subject: string;
  /** Lines of the forwarded message's body. */
  lines: string[];
}

/** Does a quote's attribution ("On …, Jane Doe <jane@acme.com> wrote:", or "Jane Doe <jane@acme.com>") name the sender? */
export type QuotedBySender = (attribution: string) => boolean;

interface PreparedBody {
  /** The sender's own lines: before any quoted history or forwarded message. */
  own: string[];
  /** The forwarded message, if the body forwards one. */
  forwarded: ForwardedMessage | null;
  /**
   * The lines of the sender's own earlier message that a short reply quotes (a follow-up says little itself; what it
   * follows up is quoted below it); empty when the quote is someone else's or the reply says enough itself.
   */
  quoted: string[];
}

/** A reply this short may lean on the message it quotes; a longer one says what it is about itself. */
const SHORT_REPLY_CHARS = 600;
/** Of quoted history, this much is read. */
const QUOTED_CHARS = 6_000;

const FORWARD_MARKER =
  /^(?:-{2,} ?(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato) ?-{0,}|begin forwarded message:?|anfang der weitergeleiteten nachricht:?)$/i;

const HEADER_LINE = /^(from|von|de|da|sent|date|datum|fecha|envoyé|gesendet|enviado|subject|betreff|objet|asunto|oggetto|to|an|à|para|a|cc) ?:\s?(.{0,500})$/i;

const ODD_CHARS = /[\u200b-\u200d\u2060\ufeff\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000“”„«»‘’]/g;
const ODD_REPLACEMENT: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'" };
/** A zero-width non-joiner between two Arabic-script letters. */
const PERSIAN_JOINED = /^[\p{Script=Arabic}\p{M}]\u200c\p{Script=Arabic}$/u;
const BULLET = /^(?:[•·▪◦●○■□►▶✓✔➤→-]|\d{1,2}[.)])\s+/u;

/** Normalise one line: odd spaces, `<url>` link targets, Markdown emphasis and bullets. */
function cleanLine(raw: string): string {
  let line = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS) : raw;
  // Persian writes a zero-width non-joiner inside a word ("برنامه‌نویس"): there it is spelling, kept.
  line = line.replace(ODD_CHARS, (ch, at: number) =>
    ch === '\u200c' && PERSIAN_JOINED.test(line.slice(Math.max(0, at - 1), at + 2)) ? ch : (ODD_REPLACEMENT[ch] ?? (ch <= '\u200d' && ch >= '\u200b' ? '' : ch === '\u2060' || ch === '\ufeff' ? '' : ' ')),
  );
  if (line.includes('<')) line = line.replace(/<(?:https?:|mailto:|www\.)[^<>\s]{0,600}>/gi, ' ');
  // Emphasis marks go; a German gender star inside a word stays ("Mitarbeiter*in", "Wissenschaftliche*r").
  if (line.includes('*') || line.includes('__')) line = line.replace(/(?<!\p{L})\*+|\*+(?!\p{L})|\*{2,}|_{2,}/gu, '');
  if (line.includes('  ')) line = line.replace(/ {2,}/g, ' ');
  line = line.trim();
  // Bullets and list markers carry no meaning for us.
  return BULLET.test(line) ? line.replace(BULLET, '').trim() : line;
}

/** The first line of a header block ("From: Jane Doe <jane@acme.com>"), in the languages mail clients write. */
const FROM_LINE = /^(?:from|von|de|da) ?:/i;

const QUOTE_WORDS = ['wrote', 'schrieb', 'écrit', 'escribió', 'scritto', 'original', 'ursprüngliche', 'origine'];
const QUOTE_HINT = /^(?:on|am|le|el|il|-)/i;

/** Does `line` (with the `next` one, for a wrapped attribution or Outlook's header block) start quoted history? */
function startsQuotedHistory(line: string, next: string | undefined): boolean {
  if (line.length > 400) return false;
  if (!QUOTE_HINT.test(line) && !FROM_LINE.test(line)) return false;
  // Each header form contains one of these words; looking for them first keeps ordinary lines cheap.
  const lower = line.toLowerCase();
  if (QUOTE_WORDS.some((w) => lower.includes(w))) {
    if (isQuoteHeader(line)) return true;
  }
  // Mail clients wrap a long attribution: "On Tue, … Jane Doe <jane@acme.com>" / "wrote:".
  if (next !== undefined && next.length <= 60 && /^(?:on|am|le|el|il)\b/i.test(line)) {
    const joined = `${line} ${next}`;
    const joinedLower = joined.toLowerCase();
    if (QUOTE_WORDS.some((w) => joinedLower.includes(w)) && isQuoteHeader(joined)) return true;
  }
  // Outlook: "From: X" followed by "Sent:" / "Date:" starts the quoted message.
  if (FROM_LINE.test(line) && next !== undefined && /^(?:sent|date|gesendet|datum|envoyé|enviado|fecha|inviato) ?:/i.test(next)) {
    return true;
  }
  return false;
}

/** Lines that can start quoted history or a forward begin with one of these letters (after leading spaces). */
const MARKER_START = /^(?:-|_|on |am |le |el |il |from|von|de|da|begin|anfang)/i;
const MARKER_FIRST = new Set([...'-_oOaAlLeEiIfFvVdDbB']);

/** Offsets of the lines of `text`, without allocating the lines themselves. */
function lineOffsets(text: string, maxLines: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  while (pos <= text.length && starts.length < maxLines) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    starts.push(pos);
    ends.push(end);
    pos = end + 1;
  }
  return { starts, ends };
}

/**
 * The lines of one message part, from line `from`, up to quoted history or a forward marker. A long part is cut to
 * its opening (HEAD_*) and closing (TAIL_LINES, where the signature is) lines, with a blank line between; only those
 * are cleaned, so the work per message stays bounded whatever the body's length.
 */
function readPart(text: string, offsets: { starts: number[]; ends: number[] }, from: number): { lines: string[]; forwardAt: number; quoteAt: number } {
  const { starts, ends } = offsets;
  const kept: number[] = [];
  let forwardAt = -1;
  let quoteAt = -1;
  for (let i = from; i < starts.length; i++) {
    const s0 = starts[i] ?? 0;
    const e = ends[i] ?? 0;
    let a = s0;
    // Marker lines start within a few characters; a longer run of blanks is not one.
    const limit = Math.min(e, s0 + 64);
    while (a < limit && (text[a] === ' ' || text[a] === '\t')) a++;
    const first = text[a] ?? '';
    if (first === '>') continue;
    if (MARKER_FIRST.has(first) && e - a <= 400) {
      const light = text.slice(a, e);
      if (MARKER_START.test(light)) {
        const line = cleanLine(light);
        if (FORWARD_MARKER.test(line)) {
          forwardAt = i;
          break;
        }
        const nextStart = starts[i + 1];
        const next = nextStart === undefined ? undefined : text.slice(nextStart, Math.min(ends[i + 1] ?? 0, nextStart + 100)).trim();
        if (startsQuotedHistory(line, next)) {
          quoteAt = i;
          break;
        }
      }
    }
    kept.push(i);
  }
  const lineAt = (k: number, max: number): string => {
    const i = kept[k] ?? 0;
    const start = starts[i] ?? 0;
    return cleanLine(text.slice(start, Math.min(ends[i] ?? 0, start + max)));
  };
  // The opening: whole lines while they fit in HEAD_CHARS. A long line that does not fit is cut at a word end; a short
  // one is not cut ("Tandem Leaf Technologies" read as "Tandem Leaf Technolo"): it is read whole if it is one of the
  // closing lines, and not at all otherwise.
  const lines: string[] = [];
  let budget = HEAD_CHARS;
  let head = 0;
  while (head < kept.length && head < HEAD_LINES && budget > 0) {
    const i = kept[head] ?? 0;
    const length = (ends[i] ?? 0) - (starts[i] ?? 0);
    if (length > budget) {
      if (length <= TAIL_LINE_CHARS) break;
      const cut = lineAt(head++, Math.min(budget, MAX_LINE_CHARS));
      lines.push(cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)) || cut);
      break;
    }
    lines.push(lineAt(head++, Math.min(budget, MAX_LINE_CHARS)));
    budget -= length + 1;
  }
  // The closing: signature lines are short, so each tail line is cut to TAIL_LINE_CHARS.
  if (head < kept.length) {
    lines.push('');
    for (let k = Math.max(head, kept.length - TAIL_LINES); k < kept.length; k++) lines.push(lineAt(k, TAIL_LINE_CHARS));
  }
  return { lines: trimBlank(lines), forwardAt, quoteAt };
}

/**
 * Split a raw body into the sender's own lines and, if present, the message it forwards and the sender's own earlier
 * message a short reply quotes (`bySender` tells whose a quote is; without it, none is read). Under a subject that
 * starts with a forward's prefix (`forwardSubject`), a message quoted with ">" under a header block is the forwarded
 * one.
 */
export function prepareBody(body: string, bySender?: QuotedBySender, forwardSubject = false): PreparedBody {
  let text = body.length > MAX_BODY_CHARS ? body.slice(0, MAX_BODY_CHARS) : body;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const offsets = lineOffsets(text, MAX_LINES);
  const own = readPart(text, offsets, 0);
  const short = own.lines.reduce((n, l) => n + l.length + 1, 0) <= SHORT_REPLY_CHARS;
  return {
    own: own.lines,
    forwarded: own.forwardAt >= 0 ? readForwarded(text, offsets, own.forwardAt + 1) : forwardSubject && short ? quotedForward(text, offsets) : null,
    quoted: own.quoteAt >= 0 && short && bySender !== undefined ? readQuoted(text, offsets, own.quoteAt, bySender) : [],
  };
}

/**
 * The "> " lines of the first quoted block from line `from` on (blank lines before and inside it skipped), each with
 * one ">" taken off, up to QUOTED_CHARS.
 */
function quotedLines(text: string, offsets: { starts: number[]; ends: number[] }, from: number): string[] {
  const { starts, ends } = offsets;
  const quoted: string[] = [];
  let size = 0;
  for (let i = from; i < starts.length && size < QUOTED_CHARS; i++) {
    const line = text.slice(starts[i] ?? 0, Math.min(ends[i] ?? 0, (starts[i] ?? 0) + MAX_LINE_CHARS));
    const mark = /^\s*>/.exec(line);
    if (mark === null) {
      if (quoted.length > 0 && line.trim() !== '') break;
      continue;
    }
    const dequoted = line.slice(mark[0].length).replace(/^ /, '');
    quoted.push(dequoted);
    size += dequoted.length + 1;
  }
  return quoted;
}

/**
 * A forward written as quoted lines, as older clients and web mail send it: the first ">" line is a "From:" header,
 * another header follows within a few lines (">From: Jane Doe <jane@acme.com>", ">Subject: …"), and the message is
 * quoted under it. Read as the forwarded message where the subject says forward and the sender's own lines are
 * short (prepareBody); null for any other quote.
 */
function quotedForward(text: string, offsets: { starts: number[]; ends: number[] }): ForwardedMessage | null {
  const quoted = quotedLines(text, offsets, 0);
  if (quoted.length === 0 || !FROM_LINE.test((quoted[0] ?? '').trim())) return null;
  // Another header of the block follows ("Subject:", "Date:", "Sent:", "To:").
  if (!quoted.slice(1, 6).some((l) => HEADER_LINE.test(l.trim()) && !FROM_LINE.test(l.trim()))) return null;
  const inner = quoted.join('\n');
  return readForwarded(inner, lineOffsets(inner, MAX_LINES), 0);
}

/**
 * The lines of the message quoted from line `at` on (Outlook's header block and its lines, or an attribution and its
 * "> " lines), when its attribution names the sender; otherwise none (and nothing more is read).
 */
function readQuoted(text: string, offsets: { starts: number[]; ends: number[] }, quoteAt: number, bySender: QuotedBySender): string[] {
  const { starts, ends } = offsets;
  const lineAt = (i: number): string => text.slice(starts[i] ?? 0, Math.min(ends[i] ?? 0, (starts[i] ?? 0) + MAX_LINE_CHARS));
  let at = quoteAt;
  let head = cleanLine(lineAt(at));
  // "-----Original Message-----" over Outlook's "From:" block: the block is read.
  if (!FROM_LINE.test(head) && /^[-_\s]*(?:original|ursprüngliche|message d'origine|mensaje original|messaggio originale)/i.test(head)) {
    const next = cleanLine(lineAt(at + 1));
    if (FROM_LINE.test(next)) {
      at += 1;
      head = next;
    }
  }
  if (FROM_LINE.test(head)) {
    const sender = parseAddress(HEADER_LINE.exec(head)?.[2] ?? '');
    return bySender(`${sender.name} <${sender.email}>`) ? readForwarded(text, offsets, at).lines : [];
  }
  // "On …, Jane Doe <jane@…>" may wrap onto a "wrote:" line; the quoted lines follow, each with one ">" to take off.
  const next = lineAt(at + 1);
  if (!bySender(/^\s*>/.test(next) ? head : `${head} ${next.trim()}`)) return [];
  const inner = quotedLines(text, offsets, at + 1).join('\n');
  return readPart(inner, lineOffsets(inner, MAX_LINES), 0).lines;
}

function readForwarded(text: string, offsets: { starts: number[]; ends: number[] }, start: number): ForwardedMessage {
  const fwd: ForwardedMessage = { fromName: '', fromEmail: '', toEmail: '', subject: '', lines: [] };
  let i = start;
  // Header block: "From: Name <email>", "Subject: …", … up to the first blank line after at least one header.
  let sawHeader = false;
  for (; i < offsets.starts.length && i < start + 20; i++) {
    const s0 = offsets.starts[i] ?? 0;
    const line = cleanLine(text.slice(s0, Math.min(offsets.ends[i] ?? 0, s0 + MAX_LINE_CHARS)));
    if (line === '') {
      if (sawHeader) break;
      continue;
    }
    const m = HEADER_LINE.exec(line);
    if (!m) break;
    sawHeader = true;
    const key = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    if (/^(?:from|von|de|da)$/.test(key)) {
      const parsed = parseAddress(value);
      fwd.fromName = parsed.name;
      fwd.fromEmail = parsed.email;
    } else if (/^(?:subject|betreff|objet|asunto|oggetto)$/.test(key)) {
      fwd.subject = value;
    } else if (/^(?:to|an|à|para|a)$/.test(key) && fwd.toEmail === '') {
      fwd.toEmail = parseAddress(value).email;
    }
  }
  fwd.lines = readPart(text, offsets, i).lines;
  return fwd;
}

/** `Jane Doe <jane@acme.com>` / `"Doe, Jane" <jane@acme.com>` / `jane@acme.com`. */
function parseAddress(value: string): { name: string; email: string } {
  const angle = /^(.{0,300}?)\s*[<[]([^<>[\]\s]{1,200}@[^<>[\]\s]{1,200})[>\]]/.exec(value);
  if (angle) return { name: stripQuotes(angle[1] ?? ''), email: angle[2] ?? '' };
  const bare = /([^\s<>]{1,200}@[^\s<>]{1,200})/.exec(value);
  if (bare) return { name: stripQuotes(value.replace(bare[1] ?? '', '')), email: bare[1] ?? '' };
  return { name: stripQuotes(value), email: '' };
}

function stripQuotes(s: string): string {
  return s.trim().replace(/^["']+|["']+$/g, '').trim();
}

function trimBlank(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a] === '') a++;
  while (b > a && lines[b - 1] === '') b--;
  return lines.slice(a, b);
}

/** A code host's notification ends its subject with the thread's number, its kind or not: "(Issue #6)", "(#12)". */
const CODE_HOST_THREAD = /\s*\((?:(?:issue|pr|pull request|discussion|merge request|mr)\s*)?[#!]\d+\)$/i;

/**
 * The subject without reply/forward prefixes, leading `[tags]` and a code host's thread number; the tags and the
 * thread number (with its leading space) are returned separately.
 */
export function cleanSubject(subject: string): { text: string; tags: string[]; forwarded: boolean; forwardFirst: boolean; thread: string } {
  let s = cleanLine(subject.slice(0, MAX_SUBJECT_CHARS));
  const tags: string[] = [];
  let forwarded = false;
  // The first prefix is a forward's ("Fwd: …", not "Re: Fwd: …", a reply to a forward).
  let forwardFirst = false;
  for (let guard = 0; guard < 8; guard++) {
    const prefix = /^(re|fwd?|aw|wg|tr|rv|r|enc|sv|vs|antw|odp|res)\s?(?:\[\d+\])?\s?:\s*/i.exec(s);
    if (prefix) {
      const forward = /^(fwd?|wg|tr|rv|enc|vs)$/i.test(prefix[1] ?? '');
      if (forward && guard === 0) forwardFirst = true;
      if (forward) forwarded = true;
      s = s.slice(prefix[0].length);
      continue;
    }
    const tag = /^\[([^\]]{1,80})\]\s*/.exec(s);
    if (tag) {
      tags.push((tag[1] ?? '').trim());
      s = s.slice(tag[0].length);
      continue;
    }
    break;
  }
  // Emoji and pictographs add nothing to a subject's meaning.
  s = s.replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F]/gu, '').replace(/ {2,}/g, ' ').trim();
  // A code host's thread number after the title ("… Senior Developer (Issue #6)", "(#12)") is no part of it.
  const thread = CODE_HOST_THREAD.exec(s)?.[0] ?? '';
  return { text: s.slice(0, s.length - thread.length), tags, forwarded, forwardFirst, thread };
}

/** The name a greeting addresses ("Hi Kenji," → "Kenji"), so it is never mistaken for the sender. */
export function greetingNames(lines: readonly string[]): Set<string> {
  const names = new Set<string>();
  let seen = 0;
  for (const line of lines) {
    if (line === '') continue;
    if (++seen > 3) break;
    const stripped = line.replace(/^[^\p{L}]+/u, '');
    const g = GREETING_PATTERN.exec(stripped);
    if (!g) continue;
    const rest = stripped.slice(g[0].length).replace(/^\s*(?:(?:herr|frau|mr\.?|mrs\.?|ms\.?|dr\.?|m\.|mme)\s+)?/i, '');
    for (const word of rest.split(/[\s,!:;.]+/).slice(0, 3)) {
      if (/^\p{Lu}/u.test(word)) names.add(word.toLowerCase());
    }
  }
  return names;
}
