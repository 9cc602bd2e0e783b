/**
 * Replies in windows of their own. Outlook's pop-out opens a window at a mail URL of its own; "Open in new window"
 * has Outlook render the reply into a window it opens itself, at about:blank. The manifest reaches the latter with
 * `match_about_blank` (the script runs in an about:blank window whose opener is a mail page; no new permission, no
 * frames), and this module tells which site such a window belongs to and finds the window that opened it, whose
 * conversation core/read/opener.ts reads when the reply's own window shows none.
 *
 * Chromium never completes a dynamic import() started in such a window's initial about:blank document, so the
 * button's code (the second stage) cannot be loaded there. The content script runs in the same isolated world in
 * the opener, though, and a function it left on its window is visible to the popped-out window's script (never to
 * the page, which lives in another world): the opener loads the second stage and hands it over. Preact then
 * builds the button with the opener's document, and the new window adopts it. Firefox keeps each window's
 * content script apart and loads the stage in the window itself.
 */
import type { MailHost } from '../../core/read/hosts';
import type { SecondStage } from './second-stage-api';

type HostFor = (url: string) => MailHost | null;

/** The mail site this window belongs to: by its URL, or for about:blank by the origin it inherited from its opener. */
export function mailHostOfWindow(win: Window, hostFor: HostFor): MailHost | null {
  const byUrl = hostFor(win.location.href);
  if (byUrl || win.location.protocol !== 'about:') return byUrl;
  // An about:blank window has its creator's origin (`origin`, unlike `location.origin`, says which); hostFor
  // accepts https on a mail host only (an opaque origin reads "null").
  return hostFor(`${win.origin}/`);
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

const LOADER = Symbol.for('decline-politely.load-mail-ui');

/** Lets windows this one opens load the second stage through it (see above). */
export function offerSecondStage(win: Window, load: () => Promise<SecondStage>): void {
  (win as unknown as Record<symbol, unknown>)[LOADER] = load;
}

/** The opener's second-stage loader, for a window at about:blank; null elsewhere or when the opener offers none. */
export function secondStageFromOpener(win: Window): (() => Promise<SecondStage>) | null {
  if (win.location.protocol !== 'about:') return null;
  try {
    const load = (win.opener as Record<symbol, unknown> | null)?.[LOADER];
    return typeof load === 'function' ? (load as () => Promise<SecondStage>) : null;
  } catch {
    return null;
  }
}
