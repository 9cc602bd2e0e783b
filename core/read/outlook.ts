/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com, and outlook.cloud.microsoft where
 * Microsoft 365 work and school accounts live since 2024). Every selector the extension uses on Outlook is in
 * OUTLOOK_SELECTORS below; tests/unit/hosts-conventions.test.ts fails when one of them stops matching all fixtures.
 *
 * Fixtures: the semi-real Mailvelope-derived capture in ../shared/fixtures/real (German locale, no editor) and
 * project fixtures in tests/fixtures/outlook-*.html modelled on it. Outlook's class names are hashed per build
 * (e.g. "aVla3", "OZZZK"), so they are only ever the last alternative. ARIA labels are localised in the 40-odd
 * languages Outlook ships, so everything a reply needs (editor, Send, its group, subject, sender, Reply) has a
 * handle that is no label: ids, roles, Fluent UI's library classes, icon names. Labels stay as extra alternatives.
 */
import type { ThreadSnapshot, UserIdentity } from '../model';
import type { Composer, MailHost } from './host';
import {
  $$, $$first, $optional, attr, closestOf, firstText, inDocumentOrder, inputValue, matchesAny, plainText, splitMessage, textParts,
  type Selectors,
} from './dom';
import { guarded, sentByUser, snapshot, type RawMessage } from './snapshot';
import { findEmail, hasReplyPrefix, isReplySubjectOf, parseDate, parseQuotedHeader, splitNameEmail, splitPlainText, squash, stripSubjectPrefixes } from './mail-text';

/** All Outlook selectors, most stable alternative first. */
export const OUTLOOK_SELECTORS = {
  // ── Reading pane ───────────────────────────────────────────────────────────────────────────────
  /** The open conversation (all its messages and an inline reply). */
  conversation: [
    '[data-app-section="ConversationContainer"]', // 2023+ "One Outlook" (Mailvelope capture)
    '#ConversationReadingPaneContainer', // same, its container id
  ],
  /** The reading pane region: shows a read message, or a compose when the user starts a new mail. */
  readingPane: [
    '[data-app-section="MailReadCompose"]', // 2023+ (Mailvelope capture)
    '#ReadingPaneContainerId', // legacy OWA (2019–2022)
  ],
  /** The conversation's subject heading; its `title` (when present) is the untruncated subject. */
  threadSubject: [
    '[data-app-section="ConversationContainer"] [role="heading"][aria-level="2"]', // 2023+
    '#ConversationReadingPaneContainer [role="heading"]', // same by container id
    '[data-app-section="MailReadCompose"] [role="heading"][aria-level="2"]', // message (not conversation) view
  ],
  /** One message of the conversation (read with $$first; messages without one are found from their bodies). */
  message: [
    'div[aria-label="Email message"]', // en label of a message item (de "E-Mail-Nachricht")
    'div.aVla3', // hashed class of the message item (2025 build, Mailvelope capture)
  ],
  /** A read message's body. */
  messageBody: [
    'div[id^="UniqueMessageBody"]', // "UniqueMessageBody_N", 2019–2025
    'div[role="document"] > div[aria-label="Message body"]:not([contenteditable="true"])', // en label, if the id goes
  ],
  /** The sender in a message header: aria-label "From: Name" and text "Name<address>" (localised prefix). */
  sender: [
    'span[aria-label^="From:"]', // en
    'span[aria-label^="Von:"]', // de
    'span[aria-label^="De:"]', // es/pt
    'span[aria-label^="De :"]', // fr
    'span[aria-label*=":"]', // any other UI language: the header's first labelled "<From>: <name>" span
    'span[aria-label*="："]', // the same with a full-width colon (ja, zh)
    'span.OZZZK', // hashed class of the sender's name (2025 build)
  ],
  /** A message's Reply button in its action bar; the icon name is locale-free (Mailvelope capture). */
  messageReply: [
    'button:has(i[data-icon-name="ArrowReplyRegular"])', // 2023+ Fluent icon, any locale
    'button[aria-label="Reply"]', // en
    'button[aria-label="Antworten"]', // de
  ],
  /** The date a message was sent or received. */
  date: [
    '[data-testid="SentReceivedSavedTime"]', // 2023+ test id on the header date
    'time[datetime]', // semantic fallback
  ],
  /** Where the quoted history starts inside a read message's body (ids get an "x_" prefix in received mail). */
  messageQuote: [
    '[id$="appendonsend"]', // empty marker Outlook writes above the reply header
    '[id$="divRplyFwdMsg"]', // reply header "From: … Sent: … To: … Subject: …"
    '[id*="mail-editor-reference-message-container"]', // 2023+ reply history container
    '.gmail_quote', // Gmail-written history
    'blockquote[type="cite"]', // Apple Mail / Thunderbird
  ],
  /** The sender's signature inside a read message's body. */
  messageSignature: [
    '[id^="Signature"]', // Outlook-written signature (#Signature)
    '[id^="x_Signature"]', // the same in received mail
    '.gmail_signature', // Gmail-written signature
  ],

  // ── Compose / reply ────────────────────────────────────────────────────────────────────────────
  /** The body editor of a reply or new mail. */
  editor: [
    'div[contenteditable="true"][role="textbox"][aria-multiline="true"]', // any locale (the To/Cc wells are single-line)
    'div[id^="editorParent_"] > div[contenteditable="true"]', // any locale: the editor's host, 2019–2025
    'div[contenteditable="true"][aria-label^="Message body"]', // en "Message body, press Alt+F10 to exit"
    'div[contenteditable="true"][aria-label^="Nachrichtentext"]', // de
  ],
  /** Anything editable: read-message parts inside a draft's quoted history are not messages of the thread. */
  anyEditable: [
    '[contenteditable="true"]', // HTML's editing host attribute
  ],
  /** The compose's Send button; the compose container is the nearest ancestor of the editor holding one. */
  sendButton: [
    // Any locale: Send is the compose's only Fluent v9 split button outside the ribbon (the ribbon's, such as
    // "New mail" in the Mailvelope capture, carry data-automation-type="RibbonSplitButton").
    '.fui-SplitButton__primaryActionButton:not([data-automation-type])',
    // Any locale, no class: the same split button by structure, a group whose first button is followed by its menu
    // button (the search for Send stops at the conversation, so the ribbon's split buttons are never reached).
    'div[role="group"]:not([data-automation-type]) > button:first-child:not([data-automation-type]):has(+ button[aria-haspopup="true"])',
    'button[id$="__primaryActionButton"]', // any locale, Fabric split button "splitButton-ro" (2020–2023)
    'button[aria-label="Send"]', // en
    'button[title^="Send ("]', // en tooltip "Send (Ctrl+Enter)"
    'button[name="Send"]', // legacy OWA (2018–2020)
    'button[aria-label="Senden"]', // de
  ],
  /** The split-button group around Send; our button goes into its parent, right after it. */
  sendGroup: [
    '.fui-SplitButton', // Fluent UI v9 split button (library class, not hashed)
    'div[role="group"]', // the same group by role
  ],
  /** The draft's subject field (new mail and pop-out; an inline reply shows none). Read inside the compose only. */
  subjectInput: [
    'input[aria-label="Subject"]', // en, 2024+ (new Outlook)
    'input[aria-label="Add a subject"]', // en
    'input[placeholder="Add a subject"]', // en placeholder
    'input[aria-label="Betreff hinzufügen"]', // de
    'input[maxlength="255"]', // any locale: the compose's one length-capped text field (Exchange's subject limit)
  ],
  /** The first recipient of a draft: a persona chip in the To well (its title or label carries the address). */
  recipient: [
    '[data-lpc-hover-target-id]', // 2023+ live persona card chip
    '[contenteditable="true"][role="textbox"]:not([aria-multiline="true"]) [draggable="true"][aria-label]', // the chip by role
  ],
  /** The quoted original at the bottom of a reply draft. */
  replyHeader: [
    '[id*="mail-editor-reference-message-container"]', // 2023+ container (header + original inside)
    '[id$="divRplyFwdMsg"]', // header block; the original follows it
  ],

  // ── Signed-in user ─────────────────────────────────────────────────────────────────────────────
  /** The account manager button in the suite header; aria-label "Account manager for Name" (en). */
  accountButton: [
    '#O365_MainLink_Me', // suite header button, 2017–2025
    'button[aria-label^="Account manager for"]', // en label
  ],
  /** The new Outlook's account control (2024+): its button is labelled with the display name alone, in any locale. */
  accountControl: [
    '#owa-me-control-container button[aria-label]',
  ],
  /** The user's display name. */
  accountName: [
    '#mectrl_currentAccount_primary', // account flyout (rendered once opened)
    '#O365_MainLink_Me > div > div:first-child', // name inside the header button (Briskine)
  ],
  /** The user's address. */
  accountEmail: [
    '#mectrl_currentAccount_secondary', // account flyout (rendered once opened)
    '[id^="primaryMailboxRoot"][title*="@"]', // the mailbox's root in the folder pane, titled with the address
    '[data-folder-name*="@"]', // same node, by its folder name
  ],

  // ── Blocks inside an editor that the letter goes above and never touches ──────────────────────
  protectedBlock: [
    '#appendonsend', // marker above the reply header
    '#appendonsend + hr', // the rule between marker and header
    'hr[tabindex="-1"]', // the same rule where the marker is missing (Outlook writes it unfocusable)
    '#divRplyFwdMsg', // reply/forward header
    '#x_divRplyFwdMsg', // the same, kept from an earlier round of the thread
    '[id^="Signature"]', // the user's signature
    'div[id*="mail-editor-reference-message-container"]', // 2023+ quoted history container (its border-top header inside)
  ],
} as const satisfies Record<string, Selectors>;

const S = OUTLOOK_SELECTORS;

function readUser(root: ParentNode): UserIdentity | null {
  const button = $optional(root, S.accountButton);
  const label = attr(button, 'aria-label') ?? '';
  let name: string | null = firstText(root, S.accountName) || null;
  if (!name) {
    const m = /^account manager for\s+(.+)$/i.exec(squash(label));
    name = m ? squash(m[1]) : null;
  }
  // The new Outlook's control is labelled with the display name alone (or the address, for an account without one).
  const control = squash(attr($optional(root, S.accountControl), 'aria-label'));
  name ||= control || null;
  if (name && findEmail(name) !== null) name = null;
  let email: string | null = null;
  for (const el of $$(root, S.accountEmail)) {
    email = findEmail(plainText(el)) ?? findEmail(attr(el, 'title')) ?? findEmail(attr(el, 'data-folder-name'));
    if (email) break;
  }
  email ??= findEmail(label) ?? findEmail(attr(button, 'title')) ?? findEmail(control);
  return name || email ? { name, email } : null;
}

function isInEditor(el: Element): boolean {
  return closestOf(el, S.anyEditable) !== undefined;
}

function readBodies(root: ParentNode): HTMLElement[] {
  return $$(root, S.messageBody).filter((body) => !isInEditor(body));
}

/** The largest ancestor of `body` that holds no other message body and stays inside the conversation. */
function messageAround(body: HTMLElement, bodies: HTMLElement[], root: ParentNode): HTMLElement {
  let container = body;
  for (let parent = body.parentElement; parent && (parent as Node) !== (root as Node); parent = parent.parentElement) {
    if (matchesAny(parent, S.conversation) || matchesAny(parent, S.readingPane)) break;
    if (bodies.some((other) => other !== body && parent!.contains(other))) break;
    container = parent;
  }
  return container;
}

function readSender(container: Element): { fromName: string; fromEmail: string } {
  const el = $optional(container, S.sender);
  if (!el) return { fromName: '', fromEmail: '' };
  const label = attr(el, 'aria-label') ?? '';
  const colon = label.search(/[:：]/);
  const labelValue = colon >= 0 ? label.slice(colon + 1) : '';
  const fromText = splitNameEmail(plainText(el));
  const fromLabel = splitNameEmail(labelValue);
  return {
    fromName: fromText.name || fromLabel.name,
    fromEmail: fromText.email ?? fromLabel.email ?? findEmail(attr(el, 'title')) ?? '',
  };
}

function readMessage(container: Element): RawMessage | null {
  const bodyEl = $optional(container, S.messageBody);
  const sender = readSender(container);
  if (!bodyEl && !sender.fromName && !sender.fromEmail) return null;
  const dateEl = $optional(container, S.date);
  const dateText = attr(dateEl, 'title') ?? (squash(dateEl ? plainText(dateEl) : '') || attr(dateEl, 'datetime'));
  const parts = bodyEl ? splitMessage(bodyEl, S.messageQuote, S.messageSignature) : { body: '', quoted: '', signature: '' };
  return {
    ...sender,
    dateText,
    timestamp: parseDate(dateText) ?? parseDate(attr(dateEl, 'datetime')),
    ...parts,
  };
}

function conversationSubject(root: ParentNode): string {
  const heading = $optional(root, S.threadSubject);
  return squash(attr(heading, 'title') ?? (heading ? plainText(heading) : ''));
}

/**
 * A reply open on its own (a pop-out, or "Open in new window") shows no conversation. The original it replies to
 * is read from the draft's quoted history when Outlook put it there; with the history collapsed (Outlook's default
 * in conversation view: it is added on send) only the recipient and the "RE: …" subject are left, and those are
 * read instead (core/read/opener.ts first asks the window that opened the reply, which still shows the thread).
 */
function threadFromReplyDraft(root: ParentNode, user: UserIdentity | null): ThreadSnapshot | null {
  for (const editor of $$(root, S.editor)) {
    const { container } = composeParts(editor);
    const draft = squash(inputValue($optional(container, S.subjectInput)));
    const original = $optional(editor, S.replyHeader) ? parseQuotedHeader(textParts(editor, S.replyHeader, []).quoted) : null;
    if (original) {
      const parts = splitPlainText(original.body);
      const message = { fromName: original.fromName, fromEmail: original.fromEmail, dateText: original.dateText, timestamp: parseDate(original.dateText), ...parts };
      return { ...snapshot('outlook', stripSubjectPrefixes(original.subject ?? draft), [message], user), source: 'quote' };
    }
    // Only a reply names its thread: a new mail's subject and recipient say nothing about the one open.
    if (!hasReplyPrefix(draft)) continue;
    const chip = $optional(container, S.recipient);
    if (!chip) continue;
    const named = splitNameEmail(plainText(chip) || attr(chip, 'aria-label'));
    const fromEmail = named.email ?? findEmail(attr(chip, 'data-lpc-hover-target-id')) ?? findEmail(attr(chip, 'title')) ?? findEmail(attr(chip, 'aria-label')) ?? '';
    const message = { fromName: named.name, fromEmail, dateText: null, timestamp: null, body: '', quoted: '', signature: '' };
    return { ...snapshot('outlook', stripSubjectPrefixes(draft), [message], user), source: 'draft' };
  }
  return null;
}

function readThread(root: ParentNode): ThreadSnapshot | null {
  const user = readUser(root);
  const bodies = readBodies(root);
  const containers = $$first(root, S.message).filter((c) => !isInEditor(c));
  for (const body of bodies) {
    if (!containers.some((c) => c.contains(body))) containers.push(messageAround(body, bodies, root));
  }
  const messages = inDocumentOrder([...new Set(containers)])
    .map(readMessage)
    .filter((m): m is RawMessage => m !== null);
  if (messages.length === 0) return threadFromReplyDraft(root, user);
  return { ...snapshot('outlook', conversationSubject(root), messages, user), source: 'thread' };
}

/** The compose container (nearest ancestor of the editor holding a Send button) and its Send button. */
function composeParts(editor: Element): { container: HTMLElement; send: HTMLElement | undefined } {
  for (let el = editor.parentElement; el; el = el.parentElement) {
    const send = $optional(el, S.sendButton);
    if (send) return { container: el, send };
    if (matchesAny(el, S.conversation) || matchesAny(el, S.readingPane)) break;
  }
  // No Send button (a renamed one, or a toolbar not rendered yet): the editor's parent bounds the compose.
  return { container: editor.parentElement ?? (editor as HTMLElement), send: undefined };
}

function toolbarSlotFor(container: HTMLElement, send: HTMLElement | undefined): HTMLElement | null {
  if (!send) return null;
  const group = closestOf(send, S.sendGroup);
  const anchor = group && group !== container && container.contains(group) ? group : send;
  const slot = anchor.parentElement;
  return slot && container.contains(slot) ? slot : null;
}

function isInlineReply(editor: Element, root: ParentNode): boolean {
  if (closestOf(editor, S.conversation)) return true;
  // Message (not conversation) view: a reply opens in the reading pane under the message it answers; a new
  // mail opens there too, but alone.
  const pane = closestOf(editor, S.readingPane);
  return !!pane && readBodies(root).some((body) => pane.contains(body));
}

function composers(root: ParentNode): Composer[] {
  const editors = $$(root, S.editor).filter((editor) => !closestOf(editor.parentElement, S.editor));
  if (editors.length === 0) return [];
  let openSubject: string | undefined;
  return editors.map((editor): Composer => {
    const { container, send } = composeParts(editor);
    const inline = isInlineReply(editor, root);
    const subjectInput = $optional(container, S.subjectInput);
    const subject = subjectInput ? squash(inputValue(subjectInput)) : null;
    if (!inline && subject !== null && openSubject === undefined) openSubject = readThread(root)?.subject ?? '';
    return {
      editor: editor as HTMLElement,
      container,
      toolbarSlot: toolbarSlotFor(container, send),
      subject,
      inOpenThread: inline || (subject !== null && isReplySubjectOf(subject, openSubject)),
      kind: inline ? 'inline' : 'popout',
    };
  });
}

function replyButton(root: ParentNode): HTMLElement | null {
  const user = readUser(root);
  const bodies = readBodies(root);
  const containers = $$first(root, S.message).filter((c) => !isInEditor(c));
  for (const body of bodies) {
    if (!containers.some((c) => c.contains(body))) containers.push(messageAround(body, bodies, root));
  }
  const ordered = inDocumentOrder([...new Set(containers)]);
  const own = ordered
    .map((container) => ({ container, message: readMessage(container) }))
    .filter((m) => m.message && !sentByUser(m.message, user));
  // The newest of the other side's messages: with "newest on top" that is the first, otherwise the last.
  const times = own.map((m) => m.message!.timestamp ?? 0);
  const newest = own.length > 1 && times[0]! > times[times.length - 1]! ? own[0] : own[own.length - 1];
  return (newest && $optional(newest.container, S.messageReply)) ?? $optional(root, S.messageReply) ?? null;
}

/** The Outlook on the web adapter. */
export const outlook: MailHost = {
  id: 'outlook',
  readThread: guarded('outlook.readThread', readThread, () => null),
  composers: guarded('outlook.composers', composers, () => []),
  currentUser: guarded('outlook.currentUser', readUser, () => null),
  composerHint: [...S.editor, ...S.sendButton].join(', '),
  protectedBlocks: S.protectedBlock,
  replyButton: guarded('outlook.replyButton', replyButton, () => null),
};
