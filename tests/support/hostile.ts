/**
 * Hostile page text for the reliability suite: payloads a recruiter (or anyone who can send mail) can put in a
 * display name, a subject or a message body, and builders that place them in a copy of the Gmail fixture the way a
 * real mail client shows them: as TEXT (HTML-escaped in the page source), so the page displays them literally.
 *
 * Every payload that could run code does the same two things when it runs: sets `window.__pwned` (or the parent's)
 * to its id and calls `alert`. The tests watch both. A payload only runs if something turns page text back into
 * markup, which is exactly the bug these tests look for.
 */
import { gmail } from '../../core/read/gmail';
import { composeLetter } from '../../core/letter/render';
import type { Letter } from '../../core/model';
import { defaultPreferences, signingName, type Preferences } from '../../core/settings/preferences';
import { readThreadContext, type ThreadContext } from '../../core/pipeline';
import { readFixture } from './shared';

export interface Payload {
  /** Short, unique, [a-z0-9-]; also what an executed payload writes to window.__pwned. */
  id: string;
  /** The text as the page shows it (what a person would read in Gmail). */
  text: string;
}

/** What any executed payload does. Both effects are observable from the page's main world. */
const run = (id: string) => `window.__pwned='${id}';alert('${id}')`;

const LONG_NAME = `Priya ${'Ramanathan'.repeat(1000)}`; // 10,006 characters
const LONG_SUBJECT = `Offer: Senior Frontend Engineer at Northwind Labs ${'— please read this very long subject line '.repeat(240)}`;

/** At least 20 payloads; ids are stable so a failure names the payload. */
export const PAYLOADS: readonly Payload[] = [
  { id: 'script-tag', text: `<script>${run('script-tag')}</script>` },
  { id: 'img-onerror', text: `<img src=x onerror="${run('img-onerror')}">` },
  { id: 'event-attr', text: `<div onmouseover="${run('event-attr')}" onfocus="${run('event-attr')}" tabindex=0 autofocus>hover me</div>` },
  { id: 'attr-breakout', text: `"><img src=x onerror=${run('attr-breakout')}>` },
  { id: 'single-quote-breakout', text: `' onmouseover='${run('single-quote-breakout')}' x='` },
  { id: 'javascript-url', text: `<a href="javascript:${run('javascript-url')}">javascript:${run('javascript-url')}</a>` },
  { id: 'mustache-section', text: '{{#x}}Priya{{/x}} {{#warm}}open{{/warm}} {{^formal}}inverted' },
  { id: 'mustache-triple', text: '{{{greeting}}} {{&signature}} {{{x}}}' },
  { id: 'mustache-partial-delims', text: '{{> letter}} {{=<% %>=}} <%greeting%> {{!comment}}' },
  { id: 'rtl-override', text: 'Priya \u202Enamar\u202C \u2067Raman\u2069 \u200F' },
  { id: 'zero-width', text: 'Pr\u200Biya\u200C Ra\u200Dman\uFEFF\u2060' },
  { id: 'long-name', text: LONG_NAME },
  { id: 'html-entities', text: '&lt;b&gt;bold&lt;/b&gt; &amp;amp; &#60;script&#62; &nbsp; &#x3C;img&#x3E; &quot;' },
  { id: 'svg-onload', text: `<svg onload="${run('svg-onload')}"><script>${run('svg-onload')}</script></svg>` },
  { id: 'iframe-srcdoc', text: `<iframe srcdoc="<script>parent.__pwned='iframe-srcdoc';parent.alert(1)</script>"></iframe>` },
  { id: 'style-tag', text: '<style>*{display:none!important} body{background:url(https://evil.example/x.png)}</style>' },
  { id: 'div-breakout', text: `</div></div></div></blockquote><img src=x onerror="${run('div-breakout')}"><div>` },
  { id: 'null-bytes', text: 'Pri\u0000ya\u0000 Raman \u0000<\u0000script>' },
  { id: 'emoji-zwj', text: '👩‍💻 Priya 👨‍👩‍👧‍👦 Raman 🏳️‍🌈 🇺🇦 🧑🏽‍🚀' },
  { id: 'long-subject', text: LONG_SUBJECT },
  { id: 'mxss-math', text: `<math><mtext><table><mglyph><style><img src=x onerror="${run('mxss-math')}">` },
  { id: 'template-literal', text: `\${${run('template-literal')}} #{7*7} {{7*7}} <%= 7*7 %>` },
  { id: 'private-use-marks', text: 'Priya\uE000 \uE001Raman\uE000' },
  { id: 'combining-zalgo', text: 'Z\u0334\u0321a\u0336l\u0337g\u0338o\u0335 Ra\u0301man\u0303' },
  { id: 'line-separators', text: 'Priya\u2028Raman\u2029Bcc: evil@example.com\r\nX-Injected: 1' },
  { id: 'comment-cdata', text: `<!-- --><![CDATA[ ]]><img src=x onerror="${run('comment-cdata')}"> -->` },
  { id: 'base-meta', text: '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">' },
  { id: 'apostrophes', text: "O'Brien-D'Arcy & \"Sons\" <Ltd>" },
  { id: 'lone-surrogates', text: 'Priya \uD800 Raman \uDFFF Labs' },
];

/** The recruiter's display name, subject and a body anchor in tests/fixtures/gmail-thread-inline-reply.html. */
export const GMAIL_FIXTURE = 'gmail-thread-inline-reply.html';
const ORIGINAL_NAME = 'Priya Raman';
const ORIGINAL_SUBJECT = 'Offer: Senior Frontend Engineer at Northwind Labs';
const ORIGINAL_COMPANY = 'Northwind Labs';
// The start of the recruiter's message; it appears twice: in the open message and in the reply's quoted history.
const BODY_ANCHOR = '<div dir="ltr"><div>Hi Alex,</div><div><br></div>';

/** Escapes text for HTML text and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

/** Replaces every occurrence literally (String.replace would read `$&` in a payload as a pattern). */
function replaceAll(html: string, search: string, replacement: string): string {
  const parts = html.split(search);
  if (parts.length < 2) throw new Error(`fixture no longer contains ${JSON.stringify(search)}`);
  return parts.join(replacement);
}

export interface Placement {
  /** The recruiter's display name everywhere it shows: `[name]`, header text, To:, signature, quote attribution. */
  name?: string;
  /** The thread subject: `h2.hP`, the page title and the reply's subject fields. */
  subject?: string;
  /**
   * The company's name wherever the page shows it: subject, message, signature, quoted history. The extractor
   * takes the company from free text, so this is where page text most often ends up in the letter.
   */
  company?: string;
  /** A paragraph added to the recruiter's message (and so to the reply's quoted history) after "Hi Alex,". */
  body?: string;
}

/** gmail-thread-inline-reply.html with hostile text in the given places, HTML-escaped so it shows literally. */
export function hostileGmailThread(place: Placement, base = readFixture(GMAIL_FIXTURE)): string {
  let html = base;
  if (place.name !== undefined) html = replaceAll(html, ORIGINAL_NAME, escapeHtml(place.name));
  if (place.subject !== undefined) html = replaceAll(html, ORIGINAL_SUBJECT, escapeHtml(place.subject));
  if (place.company !== undefined) html = replaceAll(html, ORIGINAL_COMPANY, escapeHtml(place.company));
  if (place.body !== undefined) {
    html = replaceAll(html, BODY_ANCHOR, `${BODY_ANCHOR}<div>${escapeHtml(place.body)}</div><div><br></div>`);
  }
  return html;
}

/**
 * Where each payload goes: the sender's display name; the company's name (so in the subject, the message, the
 * signature and the quoted history); and a paragraph of its own in the message. The long subject replaces the
 * whole subject instead.
 */
export function everywhere(payload: Payload): Placement {
  if (payload.id === 'long-subject') return { name: payload.text, subject: payload.text, body: payload.text };
  return { name: payload.text, company: payload.text, body: payload.text };
}

/**
 * Text as the page holds it once parsed: the HTML parser turns CR LF and CR into LF and drops NULs from text,
 * and a lone surrogate cannot be sent as UTF-8 (it arrives as U+FFFD).
 */
export function asPageText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// The reply editor's signature and quoted history in the Gmail fixture (each appears once, inside the editor).
const REPLY_SIGNATURE =
  '<div><br clear="all"></div><div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Alex Morgan<div>Frontend Engineer · Portland, OR</div></div></div></div>';
const REPLY_QUOTE_START = '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Thu, Nov 6, 2025';
const REPLY_QUOTE_END = '</blockquote></div>';

/**
 * The Gmail recruiter thread with the reply's signature and/or quoted history left out, as Gmail shows a reply
 * for an account without a signature, or with the history still trimmed ("…").
 */
export function gmailReply(parts: { signature: boolean; quote: boolean }, base = readFixture(GMAIL_FIXTURE)): string {
  let html = base;
  if (!parts.quote) {
    const start = html.indexOf(REPLY_QUOTE_START);
    const end = html.indexOf(REPLY_QUOTE_END, start);
    if (start < 0 || end < 0) throw new Error('fixture no longer has the reply quote this builder removes');
    html = html.slice(0, start) + html.slice(end + REPLY_QUOTE_END.length);
  }
  if (!parts.signature) html = replaceAll(html, REPLY_SIGNATURE, '');
  return html;
}

/**
 * The letter the in-page button writes for a Gmail page with default preferences, worked out by the same core
 * code on a DOM of the page (happy-dom in tests): the oracle for "page text becomes letter text, literally".
 */
export function expectedGmailLetter(root: ParentNode, prefs: Preferences = defaultPreferences()): { context: ThreadContext; letter: Letter } {
  const context = readThreadContext(gmail, root);
  const letter = composeLetter({
    sender: { name: signingName(prefs, context.user?.name), signature: prefs.signature, keepInTouch: prefs.keepInTouch },
    recruiter: context.recruiter,
    choice: { stage: context.stage, tone: prefs.defaultTone, reason: prefs.defaultReason, customReason: prefs.customReason, keepDoorOpen: prefs.keepDoorOpen },
    templates: prefs.templates,
  });
  return { context, letter };
}

/**
 * What core/letter/view.ts keeps of a one-line value taken from the page: its private-use marks and the characters that must
 * not travel in a letter (controls, bidi overrides and isolates, lone surrogates) removed, whitespace folded, trimmed.
 */
export function asLetterValue(text: string): string {
  return text
    .replace(/[\uE000\uE001]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

