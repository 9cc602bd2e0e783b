/**
 * What every mail-site adapter offers (core/read/gmail.ts, core/read/outlook.ts); the registry that picks one for a
 * page is core/read/hosts.ts.
 */
import type { HostId, ThreadSnapshot, UserIdentity } from '../model';

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
