/**
 * Reading a mail page into plain data, through whichever adapter serves it. Imports no adapter itself, so code
 * that only analyses what was read (the background, the popup) does not carry the selectors along.
 */
import type { ThreadSnapshot, UserIdentity } from '../model';
import type { MailHost } from './host';

/** What the content script reads from a mail page: plain data, so it can be sent to where it is analysed. */
export interface PageRead {
  snapshot: ThreadSnapshot | null;
  user: UserIdentity | null;
}

/** Runs `read`, or gives `fallback` if it throws: a page we do not recognise must never break the caller. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The open thread and the signed-in user, read from a page. Never throws (an unrecognised page gives nulls). */
export function readPage(host: MailHost, root: ParentNode): PageRead {
  return { snapshot: safely(() => host.readThread(root), null), user: safely(() => host.currentUser(root), null) };
}
