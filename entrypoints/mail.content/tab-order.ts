/**
 * Keyboard order around the mail page's Send button. Gmail gives its compose fields and Send `tabindex="1"`, so a
 * button of ours later in the page would be dozens of Tab stops away from Send; Outlook puts "More send options"
 * and Discard in between. Here our stops (the button and its caret) are put right after Send, both ways:
 *   Send → Decline politely → caret → what followed Send before (Gmail's and Outlook's "More send options")
 * and Shift+Tab walks back the same way. Our stops are taken out of the page's order everywhere else, so no
 * other Tab stop of the page moves. Only Tab and Shift+Tab on these four elements are handled.
 */

/** True for an element the page's own Tab key would stop on. */
export function isTabbable(el: Element): el is HTMLElement {
  const h = el as HTMLElement;
  if (typeof h.tabIndex !== 'number' || h.tabIndex < 0 || h.hasAttribute('disabled')) return false;
  if (h.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
  return typeof h.checkVisibility === 'function' ? h.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : true;
}

/** Send: the first Tab stop in the toolbar slot our button is mounted at (Gmail's Send cell, Outlook's action bar). */
export function sendButtonIn(slot: Element, ours: Element): HTMLElement | null {
  for (const el of slot.querySelectorAll('*')) if (!ours.contains(el) && isTabbable(el)) return el;
  return null;
}

/** How far the search for the stop after Send looks (it is normally Send's neighbour). */
const SEARCH_LIMIT = 500;

/** The page's own next Tab stop after `send` (same tabindex, later in the document), skipping `ours`. */
export function pageStopAfter(send: HTMLElement, ours: Element): HTMLElement | null {
  const doc = send.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = send;
  // Skip Send's own descendants and our subtree.
  let node: Node | null = nextOutside(walker, send);
  for (let seen = 0; node && seen < SEARCH_LIMIT; seen++) {
    const el = node as Element;
    if (el === ours || ours.contains(el)) {
      node = nextOutside(walker, el);
      continue;
    }
    if (isTabbable(el) && el.tabIndex === send.tabIndex) return el;
    node = walker.nextNode();
  }
  return null;
}

function nextOutside(walker: TreeWalker, el: Node): Node | null {
  walker.currentNode = el;
  for (let n: Node | null = el; n; n = n.parentNode) {
    walker.currentNode = n;
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

const isTab = (e: KeyboardEvent, shift: boolean) => e.key === 'Tab' && e.shiftKey === shift && !e.altKey && !e.ctrlKey && !e.metaKey;

/**
 * Links our stops in after Send. `stops` are our focusable elements in order (in our shadow root, listened to at
 * `ownRoot`); they should be out of the page's order (tabindex -1) so they are not visited twice. Returns false,
 * and changes nothing, when no Send is found: the caller then leaves its stops in the page's natural order.
 */
export function linkAfterSend(slot: Element, ours: Element, ownRoot: Node, stops: () => HTMLElement[], signal: AbortSignal): boolean {
  const send = sendButtonIn(slot, ours);
  if (!send) return false;
  const move = (e: KeyboardEvent, to: HTMLElement | null | undefined) => {
    if (!to) return;
    e.preventDefault();
    to.focus();
  };
  send.addEventListener('keydown', (e) => isTab(e, false) && move(e, stops().find(isFocusable)), { signal });
  ownRoot.addEventListener(
    'keydown',
    (event) => {
      const e = event as KeyboardEvent;
      const list = stops().filter(isFocusable);
      const i = list.indexOf(e.target as HTMLElement);
      if (i < 0) return;
      if (isTab(e, true)) move(e, i === 0 ? send : list[i - 1]);
      else if (isTab(e, false)) move(e, i === list.length - 1 ? pageStopAfter(send, ours) : list[i + 1]);
    },
    { signal },
  );
  // Shift+Tab from the page's stop after Send comes back to our last stop; found when it happens, since the page
  // may re-render that element.
  send.ownerDocument.addEventListener(
    'keydown',
    (e) => {
      if (!isTab(e, true) || !(e.target instanceof Element) || e.target !== pageStopAfter(send, ours)) return;
      move(e, stops().filter(isFocusable).pop());
    },
    { capture: true, signal },
  );
  return true;
}

/** Our stops are focusable unless disabled (while a letter is being written). */
function isFocusable(el: HTMLElement): boolean {
  return el.isConnected && !el.hasAttribute('disabled');
}
