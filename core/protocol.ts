/**
 * Typed messages between the faces. Everything crossing is plain JSON.
 * - popup → content script (the mail tab): read the thread, insert a letter;
 * - content script → background: analyse the thread read from the page and write the letter for it (why the
 *   background: README, "Project layout").
 */
import type { HostId, InsertResult, QuickChoice, ThreadMessage, ThreadSnapshot, ThreadSource, UserIdentity } from './model';
import type { PageRead } from './read/page';
import type { Letter, LetterLanguage, NothingToDecline, RecruiterField, RecruiterKind, ThreadCues } from './model';
import { isRecord } from './record';
import { isReasonId, isStage, isTone, type ReasonId, type Stage, type Tone } from './letter/reasons';

export type { InsertResult, QuickChoice } from './model';

/**
 * Which parts of the mail page the content script recognised: the popup's layout self-check, so a user can say
 * what broke after a redesign. Yes/no per part only; nothing of the page's content.
 */
export interface LayoutCheck {
  /** The open conversation. */
  thread: boolean;
  /** A sender in it. */
  sender: boolean;
  /** A message's text. */
  body: boolean;
  /** A reply or compose editor. */
  editor: boolean;
  /** That editor's toolbar (without one, the button is anchored to the editor). */
  toolbar: boolean;
}

export const LAYOUT_PARTS = ['thread', 'sender', 'body', 'editor', 'toolbar'] as const satisfies readonly (keyof LayoutCheck)[];

/** What the content script read from the open thread. */
export interface ThreadInfo {
  host: HostId;
  /** False when no thread is open or the page structure was not recognised. */
  threadOpen: boolean;
  subject: string;
  recruiter: { firstName: string | null; fullName: string | null; role: string | null; company: string | null; cues?: ThreadCues | null };
  /** Values read but not sure enough for a letter: shown as suggestions for the user to confirm. */
  suggestions?: Partial<Record<RecruiterField, string>>;
  kind: RecruiterKind;
  /** The stage the letter should decline, from `kind` (outreach when the kind is unclear). */
  stage: Stage;
  /** Other stages the message may be at (the evidence was split): the user can switch to one. */
  stageAlternatives?: Stage[];
  /** With kind `other`: why there is nothing to decline. */
  nothingToDecline?: NothingToDecline;
  /** When the recruiter's message arrived (ms since epoch), if the page shows it. */
  receivedAt: number | null;
  /** The language the recruiter wrote in, when it could be told (the letter follows it unless the user chose one). */
  language: LetterLanguage | null;
  /** The signed-in user's name as the page shows it, to sign with when no name is saved. */
  userName: string | null;
  /**
   * For a reply in a window of its own, where the thread was read instead (the window that opened it, the original
   * quoted in the draft, or only the draft's recipient and subject); null when read from the page's conversation.
   */
  readFrom: Exclude<ThreadSource, 'thread'> | null;
  /** True when a reply/compose editor for this thread is open. */
  hasDraft: boolean;
  /** True when no draft is open but the page has a Reply button the content script can press. */
  canOpenReply: boolean;
  /** The layout self-check, when the content script sent one. */
  layout?: LayoutCheck;
  /**
   * True when the page shows a conversation (by its address, or an open reply) that could not be read: its layout
   * was not recognised, rather than no email being open.
   */
  layoutUnrecognised?: boolean;
}

/** What the content script answers `dp:read-thread` with: the page read into plain data (the popup analyses it). */
export interface ThreadRead extends PageRead {
  host: HostId;
  /** True when a reply/compose editor for this thread is open. */
  hasDraft: boolean;
  /** True when no draft is open but the page has a Reply button the content script can press. */
  canOpenReply: boolean;
  /** Which parts of the page were recognised. */
  layout?: LayoutCheck;
  /** True when the page's address names an open conversation. */
  conversationInUrl?: boolean;
}

export type Request =
  | { type: 'dp:read-thread' }
  | { type: 'dp:insert'; letter: Letter }
  | DeclineCommand;

/**
 * Background → content script: the user pressed the "decline" keyboard command in this tab. The content script
 * inserts the default letter into the focused reply when it shows our button, and answers whether it did (when
 * it did not, the background opens the popup instead).
 */
export const DECLINE_COMMAND = { type: 'dp:decline-command' } as const;
export type DeclineCommand = typeof DECLINE_COMMAND;
export interface CommandResponse {
  handled: boolean;
}

export function isCommandResponse(v: unknown): v is CommandResponse {
  return isRecord(v) && typeof v.handled === 'boolean';
}

export type ResponseFor<R extends Request> = R extends { type: 'dp:read-thread' }
  ? ThreadRead
  : R extends { type: 'dp:insert' }
    ? InsertResult
    : R extends DeclineCommand
      ? CommandResponse
      : never;

/**
 * Content script → background: the page as read, and the reason and tone the user clicked (null: the
 * preferences' defaults, asked for when a reply opens, to decide on the button and have its letter ready).
 */
export interface LetterRequest extends PageRead {
  type: 'dp:letter';
  choice: QuickChoice | null;
}

/** The background's answer to a `LetterRequest`. */
export interface LetterAnswer {
  /** True when the thread is a recruiter's offer, interview invitation or outreach. */
  recruiterThread: boolean;
  stage: Stage;
  /** Other stages the thread may be at, offered in the caret menu. */
  stageAlternatives?: Stage[];
  /** The preferences the button needs. */
  showOnAllReplies: boolean;
  defaultReason: ReasonId;
  defaultTone: Tone;
  customReasonAvailable: boolean;
  /** The choice the letter was written with (for a null request, the defaults as the button resolves them). */
  choice: QuickChoice;
  letter: Letter;
}

/** True for a well-formed request; anything else is ignored by the content script. */
export function isRequest(value: unknown): value is Request {
  if (!isRecord(value)) return false;
  if (value.type === 'dp:read-thread' || value.type === DECLINE_COMMAND.type) return true;
  return value.type === 'dp:insert' && isRecord(value.letter) && typeof value.letter.text === 'string' && typeof value.letter.html === 'string';
}

const isNullableString = (v: unknown): boolean => v === null || typeof v === 'string';
const isHostId = (v: unknown): v is HostId => v === 'gmail' || v === 'outlook';

function isThreadMessage(v: unknown): v is ThreadMessage {
  return (
    isRecord(v) &&
    typeof v.fromName === 'string' &&
    typeof v.fromEmail === 'string' &&
    isNullableString(v.dateText) &&
    (v.timestamp === null || typeof v.timestamp === 'number') &&
    typeof v.body === 'string' &&
    typeof v.quoted === 'string' &&
    typeof v.signature === 'string' &&
    typeof v.byUser === 'boolean'
  );
}

/** True for a thread snapshot as `MailHost.readThread` gives it (or null), with every field of the right type. */
function isSnapshotOrNull(v: unknown): v is ThreadSnapshot | null {
  if (v === null) return true;
  if (!isRecord(v) || !isHostId(v.host) || typeof v.subject !== 'string' || !Array.isArray(v.messages)) return false;
  const index = v.recruiterIndex;
  const indexOk = index === null || (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < v.messages.length);
  const sourceOk = v.source === undefined || v.source === 'thread' || v.source === 'opener' || v.source === 'quote' || v.source === 'draft';
  return indexOk && sourceOk && v.messages.every(isThreadMessage);
}

function isUserOrNull(v: unknown): v is UserIdentity | null {
  return v === null || (isRecord(v) && isNullableString(v.name) && isNullableString(v.email));
}

function isLayoutCheck(v: unknown): v is LayoutCheck {
  return isRecord(v) && LAYOUT_PARTS.every((part) => typeof v[part] === 'boolean');
}

/** True for a well-formed `dp:read-thread` answer. */
export function isThreadRead(v: unknown): v is ThreadRead {
  return (
    isRecord(v) &&
    (v.layout === undefined || isLayoutCheck(v.layout)) &&
    (v.conversationInUrl === undefined || typeof v.conversationInUrl === 'boolean') &&
    isHostId(v.host) &&
    typeof v.hasDraft === 'boolean' &&
    typeof v.canOpenReply === 'boolean' &&
    isSnapshotOrNull(v.snapshot) &&
    isUserOrNull(v.user)
  );
}

function isChoice(v: unknown): v is QuickChoice {
  return isRecord(v) && isReasonId(v.reason) && isTone(v.tone) && (v.stage === undefined || isStage(v.stage));
}

/**
 * Background → a popup page open in a window: the decline shortcut was pressed again, in tab `tabId`. The window
 * is brought forward; when it works on another tab, it reads that tab's thread instead (what a newly opened popup
 * would show). A toolbar popup never gets it: the browser opens a new one each time.
 */
export interface PopupRetarget {
  type: 'dp:popup-retarget';
  tabId: number;
}

export function isPopupRetarget(v: unknown): v is PopupRetarget {
  return isRecord(v) && v.type === 'dp:popup-retarget' && Number.isInteger(v.tabId) && (v.tabId as number) >= 0;
}

/** Content script → background: open the options page (content scripts cannot open it themselves). */
export const OPEN_OPTIONS = { type: 'dp:open-options' } as const;

export function isOpenOptionsRequest(v: unknown): v is typeof OPEN_OPTIONS {
  return isRecord(v) && v.type === OPEN_OPTIONS.type;
}

/** True for a well-formed request for a letter; anything else is ignored by the background. */
export function isLetterRequest(v: unknown): v is LetterRequest {
  return isRecord(v) && v.type === 'dp:letter' && isSnapshotOrNull(v.snapshot) && isUserOrNull(v.user) && (v.choice === null || isChoice(v.choice));
}

/** True for a well-formed answer to a `LetterRequest`. */
export function isLetterAnswer(v: unknown): v is LetterAnswer {
  if (!isRecord(v) || !isRecord(v.letter)) return false;
  return (
    typeof v.recruiterThread === 'boolean' &&
    isStage(v.stage) &&
    (v.stageAlternatives === undefined || (Array.isArray(v.stageAlternatives) && v.stageAlternatives.every(isStage))) &&
    typeof v.showOnAllReplies === 'boolean' &&
    isReasonId(v.defaultReason) &&
    isTone(v.defaultTone) &&
    typeof v.customReasonAvailable === 'boolean' &&
    isChoice(v.choice) &&
    typeof v.letter.text === 'string' &&
    typeof v.letter.html === 'string'
  );
}

/** The stage a recruiter message calls for: offers and interviews as such, everything else as outreach. */
export function stageFor(kind: RecruiterKind): Stage {
  return kind === 'offer' || kind === 'interview' ? kind : 'outreach';
}
