/**
 * Reading a mail page into plain data, through whichever adapter serves it. Imports no adapter itself, so code
 * that only analyses what was read (the background, the popup) does not carry the selectors along.
 */
import type { HostId, ThreadSnapshot, UserIdentity } from '../model';
import type { Composer, MailHost } from './host';
import { safely } from '../safely';

/** What the content script reads from a mail page: plain data, so it can be sent to where it is analysed. */
export interface PageRead {
  snapshot: ThreadSnapshot | null;
  user: UserIdentity | null;
}

/** The open thread and the signed-in user, read from a page. Never throws (an unrecognised page gives nulls). */
export function readPage(host: MailHost, root: ParentNode): PageRead {
  return {
    snapshot: safely(`${host.id}.readThread`, () => host.readThread(root), () => null),
    user: safely(`${host.id}.currentUser`, () => host.currentUser(root), () => null),
  };
}

/**
 * Which parts of a page were recognised, from what was read: the popup's layout self-check. Yes/no per part,
 * never content. The field names match core/protocol.ts's LayoutCheck (read/ comes before protocol in the flow).
 */
export function checkLayout(snapshot: ThreadSnapshot | null, composers: readonly Composer[]) {
  const messages = snapshot?.messages ?? [];
  return {
    thread: snapshot !== null,
    sender: messages.some((m) => m.fromName !== '' || m.fromEmail !== ''),
    body: messages.some((m) => m.body.trim() !== ''),
    editor: composers.length > 0,
    toolbar: composers.some((c) => c.toolbarSlot !== null),
  };
}

/**
 * True when a mail page's address names an open conversation: Gmail's hash ends in a thread id
 * (`#inbox/FMfcgz…`, `#label/Jobs/19aa1b2c3d4e5f63`), Outlook's path has an item id (`/mail/inbox/id/AAQk…`).
 * A page that should show a conversation but gave none has a layout the adapter did not recognise.
 */
export function conversationInUrl(host: HostId, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (host === 'gmail') return /\/[A-Za-z0-9_-]{16,}$/.test(parsed.hash);
  return /\/(?:id|read)\/[^/]{16,}/.test(parsed.pathname);
}
