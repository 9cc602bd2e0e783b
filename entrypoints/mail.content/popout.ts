/**
 * Replies in windows of their own. Outlook's pop-out opens a window at a mail URL of its own; "Open in new window"
 * has Outlook render the reply into a window it opens itself, at about:blank. The manifest reaches the latter with
 * `match_about_blank` (the script runs in an about:blank window whose opener is a mail page; no new permission, no
 * frames), and this module tells which site such a window belongs to and finds the window that opened it, whose
 * conversation core/read/page.ts reads when the reply's own window shows none.
 */
import type { MailHost } from '../../core/read/hosts';

type HostFor = (url: string) => MailHost | null;

/** The mail site this window belongs to: by its URL, or for about:blank by the origin it inherited from its opener. */
export function mailHostOfWindow(win: Window, hostFor: HostFor): MailHost | null {
  const byUrl = hostFor(win.location.href);
  if (byUrl || win.location.protocol !== 'about:') return byUrl;
  // An about:blank window has its creator's origin (`origin`, unlike `location.origin`, says which).
  return typeof win.origin === 'string' && win.origin.startsWith('https://') ? hostFor(`${win.origin}/`) : null;
}

/** The document of the window that opened this one, when it is a page of the same mail site; else null. */
export function openerDocument(win: Window, host: MailHost, hostFor: HostFor): Document | null {
  try {
    const opener = win.opener as Window | null;
    if (!opener || opener === win || opener.closed) return null;
    // Cross-origin openers throw here; a page of another site is none of ours.
    return hostFor(opener.location.href) === host ? opener.document : null;
  } catch {
    return null;
  }
}
