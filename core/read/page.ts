/**
 * Reading a mail page into plain data, through whichever adapter serves it. Imports no adapter itself, so code
 * that only analyses what was read (the background, the popup) does not carry the selectors along.
 */
import type { ThreadSnapshot, UserIdentity } from '../model';
import type { MailHost } from './host';
import { stripSubjectPrefixes } from './mail-text';

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

/**
 * The open thread and the signed-in user, read from a page. Never throws (an unrecognised page gives nulls).
 *
 * `opener` is the document of the window that opened this one, when it is a mail page of the same site: a reply
 * popped out into a window of its own shows no conversation (and, with Outlook's history collapsed, not even the
 * original), but the main window still shows the thread, with every message, date and the user's own replies. So
 * when this page holds no conversation of its own, the opener's is read, if it is the thread this reply answers
 * (same subject), before what the reply itself shows; the snapshot's `source` says which was used. The user, too,
 * is read from the opener when the reply's window does not show the account.
 */
export function readPage(host: MailHost, root: ParentNode, opener?: ParentNode | null): PageRead {
  const own = safely(() => host.readThread(root), null);
  const user = safely(() => host.currentUser(root), null) ?? (opener ? safely(() => host.currentUser(opener), null) : null);
  let snapshot = own;
  if (opener && own && own.source !== undefined && own.source !== 'thread') {
    const main = safely(() => host.readThread(opener), null);
    if (main?.source === 'thread' && sameThread(main.subject, own.subject)) snapshot = { ...main, source: 'opener' };
  }
  return { snapshot, user };
}

function sameThread(a: string, b: string): boolean {
  const x = stripSubjectPrefixes(a).toLowerCase();
  return x !== '' && x === stripSubjectPrefixes(b).toLowerCase();
}
