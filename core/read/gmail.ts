/**
 * Gmail (mail.google.com). Every selector the extension uses on Gmail is in GMAIL_SELECTORS below, each with
 * the fixtures it is tested on (tests/unit/hosts-conventions.test.ts fails when one stops matching them all).
 *
 * Fixtures: real captures in ../shared/fixtures/real (gmail-compose-popup-2020, gmail-message-expanded-2025,
 * gmail-inbox-list-2014) and project fixtures in tests/fixtures/gmail-*.html modelled on them.
 */
import type { ThreadSnapshot, UserIdentity } from '../model';
import type { Composer, MailHost } from './host';
import { $$, $$first, $optional, attr, closestOf, contentBelow, firstText, inputValue, ownRegion, plainText, splitMessage, type Selectors } from './dom';
import { guarded, sentByUser, snapshot, type RawMessage } from './snapshot';
import { findEmail, hasForwardPrefix, hasReplyPrefix, isReplySubjectOf, parseDate, squash } from './mail-text';

/**
 * All Gmail selectors. Alternatives are tried in order, most stable first: Gmail's own attributes
 * (`[email]`, `[name]`, `[g_editable]`, `data-*`) and ARIA before its obfuscated class names, which are kept
 * only where they are the sole handle.
 */
export const GMAIL_SELECTORS = {
  // ── Thread view ────────────────────────────────────────────────────────────────────────────────
  /** The open thread's subject heading. */
  threadSubject: [
    'h2[data-thread-perm-id]', // 2019+ UI: the subject heading carries the thread's permanent id
    'h2.hP', // 2014–2025: the subject heading's class
  ],
  /** One message of the open thread, expanded or collapsed (read with $$first: one alternative per page). */
  message: [
    'div[data-message-id]', // 2018+ UI: the message wrapper (div.adn) carries "#msg-f:…"
    'div.adn', // 2014+: message wrapper class, if the data attribute goes
    'div.gs', // inner part (header + body) of an expanded message; all the 2025 capture has
  ],
  /**
   * The sender inside a message header; `email` and `name` attributes hold the address and display name. The
   * recipients ("to me") carry the same attributes but sit outside the header's heading.
   */
  sender: [
    'h3 span[email]', // 2014–2025: the sender's heading (h3.iw > span.gD[email][name] in the 2025 capture)
    'span.gD[email]', // gmail.js "from"
    '.gF span[email]', // InboxSDK's sender lookup (td.gF)
  ],
  /** A message's own Reply button in its header (the arrow next to the date). */
  messageReply: [
    'div[role="button"][aria-label="Reply"]', // en label (2025 capture)
    // Any locale, no class: the header's buttons end with Reply and then the "More" menu (aria-haspopup), which no
    // other header button is followed by (2025 capture: emoji reaction, Reply, More).
    'div[role="button"][data-tooltip]:has(+ div[role="button"][aria-haspopup="true"])',
    'div[role="button"].aaq', // the same button by class, any locale (2025 capture)
  ],
  /**
   * The "Reply" link under the thread's last message (the adapter takes the first match below that message). It has
   * no attribute or label of its own, only a role and a localised text; it is the first of the row of links "Reply",
   * ("Reply all",) "Forward" (public captures 2017–2025; none in ../shared/fixtures/real, whose 2025 capture starts
   * inside a message).
   */
  threadReply: [
    // Any locale, no class: a link followed by another link; the first such below the last message is "Reply".
    'span[role="link"][tabindex]:has(+ span[role="link"][tabindex])',
    'span.ams.bkH[role="link"]', // 2014–2025 (public extensions: "span.ams.bkH")
    'span.ams.bkH', // same without the role
  ],
  /** The message date; its `title` holds the full date ("20 Aug 2025, 13:19"). */
  date: [
    'span[role="gridcell"][title][alt]', // 2014–2025: the date cell carries the full date as title and alt
    'span.g3[title]', // the same span by class
  ],
  /**
   * The message body of an expanded message. Gmail gives it no attribute of its own; when none of these classes
   * is left, the adapter takes the message's content below its header (`contentBelowHeader`).
   */
  body: [
    'div.a3s.aiL', // 2018+ body ("a3s aXjCH" before; Gmail renamed it)
    'div.a3s', // every UI since 2012
    'div.ii.gt', // the body's wrapper (2025 capture)
  ],
  /** The one-line snippet a collapsed message shows instead of its body (the same fallback as `body`). */
  snippet: [
    'div.iA.g6', // collapsed message snippet (public extension write-ups; no real capture)
  ],
  /** Where the quoted history starts inside a received message's body. */
  messageQuote: [
    'div.gmail_quote_container', // 2024+ Gmail: attribution line + blockquote
    '.gmail_quote', // Gmail-written history ("On … wrote:" + blockquote)
    'blockquote[type="cite"]', // Apple Mail / Thunderbird
    '[id$="divRplyFwdMsg"]', // Outlook-written reply header; Gmail prefixes ids in received mail ("m_…divRplyFwdMsg")
    '.yahoo_quoted', // Yahoo Mail
  ],
  /** The sender's signature inside a received message's body. */
  messageSignature: [
    '.gmail_signature', // Gmail-written signature
    '[data-smartmail="gmail_signature"]', // same, newer attribute
    '[id$="Signature"]', // Outlook-written signature (#Signature, #x_Signature, Gmail-prefixed ids)
  ],

  // ── Compose / reply ────────────────────────────────────────────────────────────────────────────
  /** The body editor of a compose window or inline reply. */
  editor: [
    'div[g_editable="true"][role="textbox"]', // 2014–2025: g_editable is Gmail's own attribute
    'div.Am.Al.editable[contenteditable="true"]', // class handle of the same editor ("Am Al editable" 2020, "Am aiL Al editable" 2025)
  ],
  /**
   * The compose root holding the editor, its fields and its toolbar (popup and inline reply alike), as the
   * editor's closest match. Failing all, the nearest ancestor of the editor holding a `composeForm`.
   */
  composeRoot: [
    'div[role="region"]', // 2014–2025: the compose region (div.aoI) around form, body and toolbar, labelled by its title
    'div.M9', // compose root (Briskine, InboxSDK)
  ],
  /** The compose's own form (recipients, subject, hidden draft fields); it bounds the compose when nothing else does. */
  composeForm: [
    'form:has(input[name="subjectbox"])', // 2014–2025: the subject field lives in the compose's form
  ],
  /** A compose "mole" (bottom compose area) or the full-screen compose. */
  composeDialog: [
    'div[role="dialog"]', // 2014–2025 moles are div.nH.Hd[role=dialog]
  ],
  /** The reply area under a thread's last message, where the inline reply opens. */
  inlineReplyArea: [
    'div.ip.adB', // inline reply/forward area (public extensions 2016–2025)
    'div.ip', // same without the second class
  ],
  /** The draft's subject field. */
  subjectInput: [
    'input[name="subjectbox"]', // 2014–2025: visible in popups, hidden in inline replies
    'input[name="subject"]', // hidden form field mirroring it
  ],
  /** A mole's title bar text ("New Message", or the subject once there is one). */
  composeTitle: [
    'h2 > :last-child', // 2020 capture: h2 > (hidden "Compose:" label, title); the mole has no other heading
    'h2.a3E .aYF', // same by class
  ],
  /**
   * Where our button goes: the cell that holds Send in the compose's bottom toolbar (a mounted element lands right
   * of Send and its schedule arrow). Send is the first control of the compose's action group, whatever the locale.
   * Without any, the button is anchored to the editor itself.
   */
  toolbarSlot: [
    '[role="group"] td:has([role="button"])', // 2014–2025: table.IZ[role=group] > tr > td (Send) first
    'tr.btC td.gU.Up', // 2014–2025 send cell by class
    'table.IZ td.Up', // InboxSDK's ".IZ .Up" if the row class changes
  ],

  // ── Signed-in user ─────────────────────────────────────────────────────────────────────────────
  /** The account button; aria-label "Google Account: Name  \n(email)" (localised prefix). */
  accountButton: [
    'a[href^="https://accounts.google.com/SignOutOptions"][aria-label]', // locale-free: the button's link
    'a[aria-label^="Google Account:"]', // en label
  ],
  /** The page title, "Inbox (3) - email - Gmail": the address when the account button is not there yet. */
  pageTitle: ['title'],

  // ── Blocks inside an editor that the letter goes above and never touches ──────────────────────
  protectedBlock: [
    'div.gmail_quote_container', // 2024+ quoted history wrapper
    '.gmail_quote', // quoted history (incl. blockquote.gmail_quote)
    '.gmail_signature_prefix', // the "-- " Gmail writes above an inserted signature
    '.gmail_signature', // the user's signature
    '[data-smartmail="gmail_signature"]', // same, newer attribute
    // The quoted history by structure, should its classes ever go: the attribution line ("On … wrote:", a div with
    // a dir) right above the quote. Without it a letter inserted at the top would land inside the history's wrapper.
    'div:has(> div[dir] + blockquote)',
  ],
} as const satisfies Record<string, Selectors>;

const S = GMAIL_SELECTORS;

function readUser(root: ParentNode): UserIdentity | null {
  let name: string | null = null;
  let email: string | null = null;
  const button = $optional(root, S.accountButton);
  const label = attr(button, 'aria-label') ?? attr(button, 'title');
  if (label) {
    // "Google Account: Alex Morgan  \n(alex.morgan@gmail.com)" — the prefix is localised, the shape is not.
    const colon = label.indexOf(':');
    const value = colon >= 0 ? label.slice(colon + 1) : label;
    email = findEmail(value);
    const bare = squash(value.replace(/\([^()]*\)/g, ' '));
    name = bare && !bare.includes('@') ? bare : null;
  }
  if (!email) {
    const title = squash(firstText(root, S.pageTitle));
    const m = /(\S+@\S+)\s+[-–]\s+Gmail$/.exec(title);
    email = m ? findEmail(m[1]) : null;
  }
  return name || email ? { name, email } : null;
}

function readMessage(container: Element): RawMessage | null {
  const sender = $optional(container, S.sender);
  const dateEl = $optional(container, S.date);
  // Gmail's classes for the body first; without them, what the message shows below its header.
  let bodyEl = $optional(container, S.body);
  const snippetEl = bodyEl ? undefined : $optional(container, S.snippet);
  if (!bodyEl && !snippetEl && sender) bodyEl = contentBelow(container, sender);
  if (!sender && !bodyEl && !snippetEl) return null;
  const fromEmail = findEmail(attr(sender, 'email') ?? attr(sender, 'data-hovercard-id')) ?? '';
  const fromName = attr(sender, 'name') ?? squash(sender ? plainText(sender) : '');
  const dateText = attr(dateEl, 'title') ?? attr(dateEl, 'alt') ?? (squash(dateEl ? plainText(dateEl) : '') || null);
  const parts = bodyEl
    ? splitMessage(bodyEl, S.messageQuote, S.messageSignature)
    : { body: plainText(snippetEl), quoted: '', signature: '' };
  return {
    fromName: fromName.includes('@') && !fromEmail ? '' : fromName,
    fromEmail,
    dateText,
    timestamp: parseDate(dateText),
    ...parts,
  };
}

function threadSubject(root: ParentNode): string {
  return firstText(root, S.threadSubject);
}

/**
 * The messages of the open thread: their wrappers, or, when no wrapper is recognised, the part of the page
 * around each sender's heading.
 */
function messageContainers(root: ParentNode): HTMLElement[] {
  const wrappers = $$first(root, S.message);
  if (wrappers.length > 0) return wrappers;
  const senders = $$first(root, S.sender).filter((sender) => !closestOf(sender, S.editor) && !closestOf(sender, S.composeDialog));
  return senders.map((sender) => ownRegion(sender, senders, root));
}

function readThread(root: ParentNode): ThreadSnapshot | null {
  const messages = messageContainers(root)
    .map(readMessage)
    .filter((m): m is RawMessage => m !== null);
  if (messages.length === 0) return null;
  return snapshot('gmail', threadSubject(root), messages, readUser(root));
}

function draftSubject(container: Element): string {
  const dialog = closestOf(container, S.composeDialog);
  const typed = squash(inputValue($optional(container, S.subjectInput) ?? $optional(dialog, S.subjectInput)));
  if (typed) return typed;
  // An untouched mole's title says "New Message" (localised); once it shows a reply subject, that is the subject.
  const title = firstText(dialog ?? container, S.composeTitle);
  return hasReplyPrefix(title) || hasForwardPrefix(title) ? title : '';
}

/**
 * The compose around an editor: the closest compose root that holds no other editor; failing that, the nearest
 * ancestor holding the compose's own form; failing that, the editor's parent.
 */
function composeContainer(editor: HTMLElement, editors: readonly HTMLElement[]): HTMLElement {
  const alone = (el: Element) => !editors.some((other) => other !== editor && el.contains(other));
  for (const selector of S.composeRoot) {
    const root = closestOf(editor, [selector]);
    if (root && alone(root)) return root;
  }
  for (let el = editor.parentElement; el && alone(el); el = el.parentElement) {
    if ($optional(el, S.composeForm)) return el;
  }
  return editor.parentElement ?? editor;
}

function composers(root: ParentNode): Composer[] {
  const editors = $$(root, S.editor).filter((editor) => !closestOf(editor.parentElement, S.editor));
  if (editors.length === 0) return [];
  const openSubject = threadSubject(root);
  const threadShown = openSubject !== '' || messageContainers(root).length > 0;
  return editors.map((editor): Composer => {
    const container = composeContainer(editor, editors);
    const inDialog = closestOf(editor, S.composeDialog) !== undefined;
    // An inline reply sits in the thread's reply area; failing that class, any editor outside a mole while a
    // thread is shown is one.
    const inline = !inDialog && (closestOf(editor, S.inlineReplyArea) !== undefined || threadShown);
    const typed = draftSubject(container);
    const subject = inline ? null : typed;
    const replyLike = hasReplyPrefix(typed) || hasForwardPrefix(typed);
    // An inline forward sits in the thread too, but it writes to someone else: it does not answer the thread.
    const inlineForward = inline && hasForwardPrefix(typed) && !hasReplyPrefix(typed);
    return {
      editor,
      container,
      toolbarSlot: $optional(container, S.toolbarSlot) ?? null,
      subject,
      inOpenThread: inline ? !inlineForward : isReplySubjectOf(typed, openSubject),
      kind: inline ? 'inline' : replyLike ? 'popout' : 'popup',
    };
  });
}

/** The thread's Reply link: the first match, alternative by alternative, that is not above the last message. */
function threadReplyLink(root: ParentNode, messages: readonly Element[]): HTMLElement | null {
  const last = messages.at(-1);
  const notAbove = (el: Element) => !last || (last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) === 0;
  for (const selector of S.threadReply) {
    const found = $$(root, [selector]).find(notAbove);
    if (found) return found;
  }
  return null;
}

function replyButton(root: ParentNode): HTMLElement | null {
  const user = readUser(root);
  const messages = messageContainers(root);
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = readMessage(messages[i]!);
    if (!message || sentByUser(message, user)) continue;
    const button = $optional(messages[i], S.messageReply);
    if (button) return button;
    break;
  }
  return threadReplyLink(root, messages);
}

/** The Gmail adapter. */
export const gmail: MailHost = {
  id: 'gmail',
  readThread: guarded('gmail.readThread', readThread, () => null),
  composers: guarded('gmail.composers', composers, () => []),
  currentUser: guarded('gmail.currentUser', readUser, () => null),
  composerHint: [...S.editor, ...S.composeRoot, ...S.toolbarSlot].join(', '),
  protectedBlocks: S.protectedBlock,
  replyButton: guarded('gmail.replyButton', replyButton, () => null),
};
