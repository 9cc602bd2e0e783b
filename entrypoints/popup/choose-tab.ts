/**
 * Which tab the popup works on. In a real toolbar popup that is simply the active tab of the focused
 * window. The same page can also be open as a tab or in a small window of its own (a pinned tab, a
 * keyboard-opened window, an end-to-end test); then the "active tab" is the popup itself, and the mail tab
 * the user came from has to be found among the other tabs. The browser calls live in the popup entrypoint;
 * this is the decision, on plain data.
 */
import type { ThreadInfo } from '../../core/protocol';

/** The fields of a browser tab this decision reads. `url` is often missing (no `tabs` permission). */
export interface TabSummary {
  id?: number;
  url?: string;
  pendingUrl?: string;
  windowId?: number;
  active?: boolean;
  lastAccessed?: number;
}

export interface TargetCandidates {
  /** The extension's own base URL (`runtime.getURL('/')`): its pages are never a target. */
  extensionBase: string;
  /** The tab this page runs in when it is open as a tab or window (`tabs.getCurrent()`); undefined in a real popup. */
  self?: TabSummary;
  /** The active tab of the last focused window (`{ active: true, lastFocusedWindow: true }`). */
  focused?: TabSummary;
  /** Active tabs of normal windows (`{ active: true, windowType: 'normal' }`). */
  normalActive?: TabSummary[];
  /** The id of the last focused normal window, when known. */
  lastFocusedNormalWindowId?: number;
  /** The other tabs of the window this page is open in, used when the page is itself that window's active tab. */
  sameWindow?: TabSummary[];
}

function isOwn(tab: TabSummary, c: TargetCandidates): boolean {
  if (c.self?.id !== undefined && tab.id === c.self.id) return true;
  const url = tab.url ?? tab.pendingUrl;
  return !!url && url.startsWith(c.extensionBase);
}

function usable(tabs: readonly (TabSummary | undefined)[], c: TargetCandidates): (TabSummary & { id: number })[] {
  return tabs.filter((t): t is TabSummary & { id: number } => t?.id !== undefined && t.id >= 0 && !isOwn(t, c));
}

function mostRecent<T extends TabSummary>(tabs: T[]): T | undefined {
  // Stable: when the browser does not report lastAccessed, the first candidate wins.
  return tabs.reduce<T | undefined>((best, t) => (best === undefined || (t.lastAccessed ?? 0) > (best.lastAccessed ?? 0) ? t : best), undefined);
}

/**
 * The id of the tab the popup should read and insert into, or null when there is none (then the popup still
 * writes and copies letters, it just cannot insert).
 *
 * Order: the focused window's active tab; else the active tab of the last focused normal window; else the
 * most recently used active tab of any normal window; else, when this page is itself the active tab of its
 * window, the tab the user was on just before it.
 */
export function chooseTargetTab(c: TargetCandidates): number | null {
  const [focused] = usable([c.focused], c);
  if (focused) return focused.id;

  const normal = usable(c.normalActive ?? [], c);
  const inLastFocused = normal.find((t) => c.lastFocusedNormalWindowId !== undefined && t.windowId === c.lastFocusedNormalWindowId);
  const fromNormal = inLastFocused ?? mostRecent(normal);
  if (fromNormal) return fromNormal.id;

  const previous = mostRecent(usable(c.sameWindow ?? [], c));
  return previous?.id ?? null;
}

/**
 * Whether two reads show the same conversation, so that a popup window brought forward by the shortcut keeps what
 * the user typed: the same mail site, open thread, subject and sender as read. Any difference, or a read missing,
 * is another conversation (or none), and the window shows the new read.
 */
export function showsSameThread(a: ThreadInfo | null, b: ThreadInfo | null): boolean {
  if (!a || !b || !a.threadOpen || !b.threadOpen) return false;
  const who = (t: ThreadInfo) => [t.recruiter.fullName, t.recruiter.firstName, t.recruiter.company, t.recruiter.role].join('\u0000');
  return a.host === b.host && a.subject === b.subject && who(a) === who(b);
}
