/**
 * One interface for every supported mail site. Each adapter keeps all of its selectors in its own file
 * (core/hosts/gmail.ts, core/hosts/outlook.ts) and reads the DOM only through the root it is given.
 */

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
}

/** The adapter for a page URL, or null when the URL is not a supported mail site. */
export declare function hostFor(url: string): MailHost | null;
