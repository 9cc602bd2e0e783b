/**
 * What the content script decided for one reply editor, written on the editor's container as one data attribute
 * (`data-decline-politely-decision`), so a person inspecting the page, and the end-to-end tests, can tell "the
 * script looked at this reply and chose not to add the button" from "the script never ran". Set once per decision
 * (an unchanged decision is not written again), never per page mutation; harmless to the host page.
 *
 *   button         the button is in this reply's toolbar (or just above the editor when no toolbar is recognised)
 *   not-recruiter  the reply belongs to the open thread, which is not a recruiter's
 *   not-in-thread  the editor is not a reply to the open thread (a new message, another thread's draft)
 *   no-answer      the background did not answer after every retry (extension updated or restarting)
 *   no-ui          the button's code could not be loaded (extension reloaded under the page)
 */
export const DECISION_ATTRIBUTE = 'data-decline-politely-decision';

export type Decision = 'button' | 'not-recruiter' | 'not-in-thread' | 'no-answer' | 'no-ui';

export function markDecision(container: Element, decision: Decision): void {
  if (container.getAttribute(DECISION_ATTRIBUTE) !== decision) container.setAttribute(DECISION_ATTRIBUTE, decision);
}
