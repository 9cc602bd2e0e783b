/**
 * Reading a reply that is open in a window of its own (a pop-out, or Outlook's "Open in new window"). Kept apart
 * from ./page.ts so that only the content script carries it (and the subject rules it needs).
 */
import type { PageRead } from './page';
import type { MailHost } from './host';
import { readPage } from './page';
import { safely } from '../safely';
import { stripSubjectPrefixes } from './mail-text';

/**
 * The page as read, with `opener`, the document of the window that opened this one when it is a page of the same
 * mail site: a reply popped out into a window of its own shows no conversation (and, with Outlook's history
 * collapsed, not even the original), but the main window still shows the thread, with every message, its dates and
 * the user's own replies. So when this page holds no conversation of its own, the opener's is used if it is the
 * thread this reply answers (same subject), before what the reply itself shows; the snapshot's `source` says which.
 * The user, too, is read from the opener when the reply's window does not show the account. Never throws.
 */
export function readPageWithOpener(host: MailHost, root: ParentNode, opener: ParentNode | null): PageRead {
  const own = readPage(host, root);
  if (!opener) return own;
  const user = own.user ?? safely('currentUser (opener)', () => host.currentUser(opener), () => null);
  let snapshot = own.snapshot;
  if (snapshot && snapshot.source !== undefined && snapshot.source !== 'thread') {
    const main = safely('readThread (opener)', () => host.readThread(opener), () => null);
    if (main?.source === 'thread' && sameThread(main.subject, snapshot.subject)) snapshot = { ...main, source: 'opener' };
  }
  return { snapshot, user };
}

function sameThread(a: string, b: string): boolean {
  const x = stripSubjectPrefixes(a).toLowerCase();
  return x !== '' && x === stripSubjectPrefixes(b).toLowerCase();
}
