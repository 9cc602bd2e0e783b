/**
 * One interface for every supported mail site. Each adapter keeps all of its selectors in its own file
 * (core/hosts/gmail.ts, core/hosts/outlook.ts) and reads the DOM only through the root it is given.
 */

import { gmail } from './gmail';
import { outlook } from './outlook';

export { gmail, GMAIL_SELECTORS } from './gmail';
export { outlook, OUTLOOK_SELECTORS } from './outlook';

export type HostId = 'gmail' | 'outlook';

/** The signed-in user as the page shows them. */
export interface UserIdentity {
  name: string | null;
  email: string | null;
}

/** One message of the open thread, as plain text. */
export interface ThreadMessage {
  fromName: string;
  fromEmail: string;
  /** The date as the page shows it (e.g. a title attribute), or null. */
  dateText: string | null;
  /** Milliseconds since the epoch when `dateText` could be parsed, else null. */
  timestamp: number | null;
  /** The message's own words: no quoted history, no signature (where they could be told apart). */
  body: string;
  /** Quoted history below the message, if it could be separated. */
  quoted: string;
  /** The sender's signature block, if it could be separated. */
  signature: string;
  /** True when the signed-in user sent this message. */
  byUser: boolean;
}

/** The open thread, read into plain data. */
export interface ThreadSnapshot {
  host: HostId;
  subject: string;
  messages: ThreadMessage[];
  /** Index in `messages` of the last message not sent by the user (the recruiter's), or null. */
  recruiterIndex: number | null;
}

/** An open compose/reply editor. */
export interface Composer {
  /** The contenteditable body the letter goes into. */
  editor: HTMLElement;
  /** The compose window / reply container that holds the editor and its toolbar. */
  container: HTMLElement;
  /** Where our button is mounted (in or beside the compose toolbar), or null if none was found. */
  toolbarSlot: HTMLElement | null;
  /** The draft's subject if the composer shows one (popup compose), else null (inline reply). */
  subject: string | null;
  /** True when this editor replies to the thread that is open on the page. */
  inOpenThread: boolean;
  kind: 'popup' | 'inline' | 'popout';
}

export interface MailHost {
  id: HostId;
  /** Read the open thread, or null when no thread is open / the page is not recognised. */
  readThread(root: ParentNode): ThreadSnapshot | null;
  /** Every open compose/reply editor under root. */
  composers(root: ParentNode): Composer[];
  /** The signed-in user, or null when the page does not show them. */
  currentUser(root: ParentNode): UserIdentity | null;
  /**
   * A selector matching any element that is, or may contain, a compose editor. The content script
   * tests added nodes against it so that its work is proportional to what changed.
   */
  composerHint: string;
  /**
   * Selectors for blocks inside an editor that the letter must go above and must never touch:
   * the host's quoted history and the user's signature block.
   */
  protectedBlocks: readonly string[];
  /**
   * The control that opens a reply to the open thread (the recruiter's last message when it has its own
   * Reply button), or null when the page shows none. Optional: callers treat a missing method like null.
   */
  replyButton?(root: ParentNode): HTMLElement | null;
}

const ADAPTERS = new Map<string, MailHost>([
  ['mail.google.com', gmail],
  ['outlook.live.com', outlook],
  ['outlook.office.com', outlook],
  ['outlook.office365.com', outlook],
]);

/** Hostnames the adapters serve (the content script's match patterns must list the same). */
export const SUPPORTED_HOSTNAMES: readonly string[] = [...ADAPTERS.keys()];

/**
 * The match patterns for those pages: the content script's, and the only pages its second stage is exposed to.
 * Written out (not built from the hostnames) so the built files can be checked for every URL they name.
 */
export const MAIL_PAGE_MATCHES: string[] = ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'];

/**
 * The adapter for a page URL, or null when the URL is not a supported mail site. Only `https:` on the exact
 * hostname counts: lookalikes (mail.google.com.evil.com, evil.com/?mail.google.com, user@host tricks),
 * other ports and unparsable strings give null.
 */
export function hostFor(url: string): MailHost | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return null;
  return ADAPTERS.get(parsed.hostname) ?? null;
}
