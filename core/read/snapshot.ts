/**
 * What both adapters do the same way once the page has been read: telling the user's messages from the
 * other side's, putting the messages in chronological order, and making sure a page the adapter does not
 * understand never turns into an exception for the content script.
 */
import type { HostId, ThreadMessage, ThreadSnapshot, UserIdentity } from '../model';
import { squash } from './mail-text';
import { safely } from '../safely';

/** A message as read from the page, before we know whether the user sent it. */
export type RawMessage = Omit<ThreadMessage, 'byUser'>;

/** True when the signed-in user sent `message` (address first; the display name only when neither side has one). */
export function sentByUser(message: Pick<RawMessage, 'fromEmail' | 'fromName'>, user: UserIdentity | null): boolean {
  if (!user) return false;
  const email = message.fromEmail.trim().toLowerCase();
  if (email && user.email) return email === user.email.trim().toLowerCase();
  const name = squash(message.fromName).toLowerCase();
  return !email && !!name && !!user.name && name === squash(user.name).toLowerCase();
}

/**
 * The snapshot for `messages` as found in the page. Pages that list the newest message first (an Outlook
 * setting) are put back in chronological order when every message has a date and the dates strictly fall.
 */
export function snapshot(host: HostId, subject: string, found: RawMessage[], user: UserIdentity | null): ThreadSnapshot {
  let ordered = found;
  const times = found.map((m) => m.timestamp);
  if (found.length > 1 && times.every((t): t is number => t !== null) && times.every((t, i) => i === 0 || t < times[i - 1]!)) {
    ordered = [...found].reverse();
  }
  const messages: ThreadMessage[] = ordered.map((m) => ({ ...m, byUser: sentByUser(m, user) }));
  let recruiterIndex: number | null = null;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (!messages[i]!.byUser) {
      recruiterIndex = i;
      break;
    }
  }
  return { host, subject: squash(subject), messages, recruiterIndex };
}

/** One adapter call that gives `fallback` instead of an exception on a page it does not understand (see core/safely.ts). */
export function guarded<A extends unknown[], R>(label: string, fn: (...args: A) => R, fallback: () => R): (...args: A) => R {
  return (...args: A): R => safely(label, () => fn(...args), fallback);
}
