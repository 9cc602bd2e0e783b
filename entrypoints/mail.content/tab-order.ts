/**
 * Keyboard order around the mail page's Send button. Gmail gives its compose fields and Send `tabindex="1"`, so a
 * button of ours later in the page would be dozens of Tab stops away from Send; Outlook puts "More send options"
 * and Discard in between. Here our stops (the button and its caret) are put right after Send, both ways:
 *   Send → Decline politely → caret → what followed Send before (Gmail's and Outlook's "More send options")
 * and Shift+Tab walks back the same way. Our stops are out of the page's order everywhere else (tabindex -1), so
 * no other Tab stop of the page moves. Only Tab and Shift+Tab on these elements are handled.
 */

/** True for an element the page's own Tab key would stop on. */
const tabbable = (el: Element): el is HTMLElement => (el as HTMLElement).tabIndex >= 0 && !el.hasAttribute('disabled') && !el.closest('[hidden],[inert]');

/** The page's Tab stops in `root`, in document order, leaving out ours. */
const stopsIn = (root: Element, ours: Element): HTMLElement[] => [...root.querySelectorAll('*')].filter((el): el is HTMLElement => !ours.contains(el) && tabbable(el));

/** Send: the first Tab stop in the toolbar slot our button is mounted at (Gmail's Send cell, Outlook's action bar). */
export function sendButtonIn(slot: Element, ours: Element): HTMLElement | null {
  return stopsIn(slot, ours)[0] ?? null;
}

/** The page's own next Tab stop after Send in its toolbar: the next with the same tabindex. */
export function pageStopAfter(send: HTMLElement, toolbar: Element, ours: Element): HTMLElement | null {
  const later = (el: HTMLElement) => el.tabIndex === send.tabIndex && !!(send.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && !send.contains(el);
  return stopsIn(toolbar, ours).find(later) ?? null;
}

const isTab = (e: KeyboardEvent, shift: boolean) => e.key === 'Tab' && e.shiftKey === shift && !e.altKey && !e.ctrlKey && !e.metaKey;

/**
 * Links our `stops` (in our shadow root, whose events reach `ownRoot`) in after Send. Returns false, changing
 * nothing, when the slot has no Send: the caller then leaves its stops in the page's natural order.
 */
export function linkAfterSend(slot: Element, ours: Element, ownRoot: Node, stops: () => HTMLElement[], signal: AbortSignal): boolean {
  const send = sendButtonIn(slot, ours);
  if (!send) return false;
  const toolbar = slot.parentElement ?? slot;
  const ready = () => stops().filter((el) => el.isConnected && !el.hasAttribute('disabled'));
  const move = (e: Event, to: HTMLElement | null | undefined) => {
    if (!to) return;
    e.preventDefault();
    to.focus();
  };
  const on = (target: EventTarget, listener: (e: KeyboardEvent) => void, capture = false) =>
    target.addEventListener('keydown', listener as EventListener, { signal, capture });
  on(send, (e) => isTab(e, false) && move(e, ready()[0]));
  on(ownRoot, (e) => {
    const list = ready();
    const i = list.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    if (isTab(e, true)) move(e, i ? list[i - 1] : send);
    else if (isTab(e, false)) move(e, list[i + 1] ?? pageStopAfter(send, toolbar, ours));
  });
  // Shift+Tab from the page's stop after Send comes back to our last stop.
  on(
    toolbar,
    (e) => {
      if (isTab(e, true) && e.target === pageStopAfter(send, toolbar, ours)) move(e, ready().pop());
    },
    true,
  );
  return true;
}
