import { chooseTargetTab, type TabSummary } from '../../entrypoints/popup/choose-tab';

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
