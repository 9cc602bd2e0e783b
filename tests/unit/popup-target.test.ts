import { chooseTargetTab, showsSameThread, type TabSummary } from '../../entrypoints/popup/choose-tab';
import type { ThreadInfo } from '../../core/protocol';

const BASE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const POPUP = `${BASE}popup.html`;

const gmail: TabSummary = { id: 11, windowId: 1, active: true, lastAccessed: 1000 };
const outlook: TabSummary = { id: 21, windowId: 2, active: true, lastAccessed: 2000 };

describe('chooseTargetTab', () => {
  test('a real toolbar popup works on the active tab of the focused window', () => {
    expect(chooseTargetTab({ extensionBase: BASE, focused: gmail, normalActive: [gmail, outlook], lastFocusedNormalWindowId: 2 })).toBe(11);
  });

  test('opened in a popup window of its own: the active tab of the last focused normal window', () => {
    const self: TabSummary = { id: 99, windowId: 5, active: true };
    expect(
      chooseTargetTab({ extensionBase: BASE, self, focused: self, normalActive: [outlook, gmail], lastFocusedNormalWindowId: 1 }),
    ).toBe(11);
  });

  test('without knowing the last focused normal window, the most recently used active tab wins', () => {
    const self: TabSummary = { id: 99, windowId: 5, active: true };
    expect(chooseTargetTab({ extensionBase: BASE, self, focused: self, normalActive: [gmail, outlook] })).toBe(21);
  });

  test('its own page is recognised by URL too (the tab id is not always known)', () => {
    const ownTab: TabSummary = { id: 50, windowId: 1, url: POPUP, active: true, lastAccessed: 5000 };
    expect(chooseTargetTab({ extensionBase: BASE, focused: ownTab, normalActive: [ownTab, outlook], lastFocusedNormalWindowId: 1 })).toBe(21);
    const pending: TabSummary = { id: 51, windowId: 1, pendingUrl: POPUP, active: true };
    expect(chooseTargetTab({ extensionBase: BASE, focused: pending, normalActive: [pending, gmail] })).toBe(11);
  });

  test('opened as a tab in the mail window: the tab the user was on just before', () => {
    const self: TabSummary = { id: 99, windowId: 1, active: true, lastAccessed: 9000 };
    const inbox: TabSummary = { id: 12, windowId: 1, active: false, lastAccessed: 3000 };
    const thread: TabSummary = { id: 13, windowId: 1, active: false, lastAccessed: 8000 };
    expect(
      chooseTargetTab({ extensionBase: BASE, self, focused: self, normalActive: [self], lastFocusedNormalWindowId: 1, sameWindow: [inbox, self, thread] }),
    ).toBe(13);
  });

  test('tabs without an id (devtools, prerendered) are never chosen', () => {
    expect(chooseTargetTab({ extensionBase: BASE, focused: { windowId: 1 }, normalActive: [{ id: -1 }, gmail] })).toBe(11);
  });

  test('null when there is nothing but its own page', () => {
    const self: TabSummary = { id: 99, windowId: 1, active: true };
    expect(chooseTargetTab({ extensionBase: BASE, self, focused: self, normalActive: [self], sameWindow: [self] })).toBeNull();
    expect(chooseTargetTab({ extensionBase: BASE })).toBeNull();
  });
});

describe('showsSameThread', () => {
  const read = (over: Partial<ThreadInfo> = {}, recruiter: Partial<ThreadInfo['recruiter']> = {}): ThreadInfo => ({
    host: 'gmail',
    threadOpen: true,
    subject: 'Senior Frontend Engineer at Northwind Labs',
    recruiter: { firstName: 'Priya', fullName: 'Priya Raman', role: 'Senior Frontend Engineer', company: 'Northwind Labs', ...recruiter },
    kind: 'outreach',
    stage: 'outreach',
    receivedAt: null,
    language: 'en',
    userName: null,
    readFrom: null,
    hasDraft: true,
    canOpenReply: false,
    ...over,
  });

  test('the same conversation read twice is the same, whatever else changed (a draft opened, the time)', () => {
    expect(showsSameThread(read(), read({ hasDraft: false, receivedAt: 5 }))).toBe(true);
  });

  test('another subject, sender, site or company is another conversation', () => {
    expect(showsSameThread(read(), read({ subject: 'Re: Data Engineer' }))).toBe(false);
    expect(showsSameThread(read(), read({}, { fullName: 'Jane Doe', firstName: 'Jane' }))).toBe(false);
    expect(showsSameThread(read(), read({ host: 'outlook' }))).toBe(false);
    expect(showsSameThread(read(), read({}, { company: 'Contoso' }))).toBe(false);
  });

  test('no read, or no conversation open, is never the same: the window shows the new read', () => {
    expect(showsSameThread(null, read())).toBe(false);
    expect(showsSameThread(read(), null)).toBe(false);
    expect(showsSameThread(read({ threadOpen: false }), read({ threadOpen: false }))).toBe(false);
  });
});
