/**
 * Page functions (for `page.evaluate`) that close the Gmail fixture's inline reply and open it again, as a user
 * does, so tests and the bench can open and close many replies. Each is self-contained: it runs in the page.
 */

/**
 * Takes the inline reply off the page, keeping a clean copy of it (without our button) to open again. `area` is
 * the reply area's selector (another on a page whose classes were renamed).
 */
// `void` too, so `page.evaluate(fn)` without an argument type-checks.
export function closeReplyKeepingTemplate(area: string | void): void {
  const reply = document.querySelector(area || '.ip.adB');
  if (!reply) throw new Error('no inline reply on the page');
  const template = reply.cloneNode(true) as Element;
  // A clone carries our host element but not its shadow root; the template must be a reply as Gmail makes it.
  template.querySelectorAll('decline-politely-ui').forEach((e) => e.remove());
  Object.assign(window, { __reply: template, __parent: reply.parentElement });
  reply.remove();
}

/** Opens a fresh copy of the reply kept by `closeReplyKeepingTemplate`, focused as Gmail does. */
export function openReplyAgain(): void {
  const w = window as unknown as { __reply: Element; __parent: Element };
  const reply = w.__reply.cloneNode(true) as Element;
  w.__parent.append(reply);
  // Gmail moves focus into a reply it opens.
  reply.querySelector<HTMLElement>('[g_editable="true"]')?.focus();
}

/** Closes the open inline reply (`area` as for closeReplyKeepingTemplate). */
export function closeReply(area: string | void): void {
  document.querySelector(area || '.ip.adB')?.remove();
}
