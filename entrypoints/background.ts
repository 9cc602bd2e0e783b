/**
 * Background: wiring only. It opens the options page once after install (to welcome the user and ask for
 * their name) and when the in-page menu asks for it (content scripts cannot open it themselves), and it
 * answers the mail tabs' letter requests.
 *
 * The letters are written here rather than in the mail tab (why: README, "Project layout"); the logic is in
 * core/pipeline.ts, and this file only loads the preferences and routes the message.
 *
 * The keyboard command (manifest `commands`, wxt.config.ts) is handled here too: it asks the active tab's content
 * script to insert the default letter into the focused reply, and opens the popup when there is none.
 *
 * A module, so it shares its chunks with the popup and the options page (each is shipped once).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { DECLINE_COMMAND, isCommandResponse, isLetterRequest, isOpenOptionsRequest, type LetterAnswer, type LetterRequest, type PopupRetarget } from '../core/protocol';
import { defaultPreferences, PreferencesStore, type Preferences } from '../core/settings/preferences';
import { answerLetterRequest } from '../core/pipeline';

export default defineBackground({
  type: 'module',
  main() {
    const store = new PreferencesStore(browser.storage);

    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install') void browser.runtime.openOptionsPage();
    });

    async function letter(request: LetterRequest): Promise<LetterAnswer> {
      let prefs: Preferences = defaultPreferences();
      try {
        // Read each time: a service worker may have been restarted, and a saved change applies at once.
        prefs = (await store.load()).prefs;
      } catch {
        // Defaults keep the button useful even if storage is unreachable.
      }
      return answerLetterRequest(request, prefs);
    }

    browser.runtime.onMessage.addListener((msg: unknown) => {
      if (isLetterRequest(msg)) return letter(msg);
      if (isOpenOptionsRequest(msg)) return browser.runtime.openOptionsPage().then(() => true);
      return undefined;
    });

    browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab?.id).catch(() => {}));
    // The same handler, on the background's global: a key press in a headless browser does not reach the
    // browser's command dispatch, so the end-to-end tests call what a shortcut calls (tests/e2e/keyboard.e2e.test.ts).
    Object.assign(globalThis, { declinePolitelyCommand: onCommand });
  },
});

/** The keyboard command's name in the manifest (wxt.config.ts). */
const DECLINE_COMMAND_NAME = 'decline';

/**
 * The decline shortcut: the focused reply of a recruiter thread gets the default letter (the mail tab's content
 * script decides and inserts, as a click on the button would); anywhere else the popup opens. Resolves to what
 * happened, for the tests.
 */
async function onCommand(command: string, tabId?: number): Promise<'inserted' | 'popup' | 'window' | 'none'> {
  if (command !== DECLINE_COMMAND_NAME) return 'none';
  const target = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []))[0]?.id;
  if (target !== undefined && target >= 0) {
    // Rejects when the tab has no content script (not a mail site): then the popup is the answer.
    const answer: unknown = await browser.tabs.sendMessage(target, DECLINE_COMMAND).catch(() => undefined);
    if (isCommandResponse(answer) && answer.handled) return 'inserted';
  }
  return openPopup(target !== undefined && target >= 0 ? target : undefined);
}

/**
 * Opens the toolbar popup (Chrome 127+, Firefox: allowed from a command). Where the browser cannot show it (no
 * toolbar, an older browser, headless), the same page opens in a small window, which finds the mail tab itself
 * (entrypoints/popup/choose-tab.ts). A popup already open (the shortcut pressed again) is kept: the browser refuses
 * a second toolbar popup, and a window opened from an earlier press is brought forward, so presses never pile up
 * copies of the popup. That window is told the tab of this press (`tabId`): pressed on another thread, it reads
 * that one rather than showing the thread it was first opened for.
 */
async function openPopup(tabId: number | undefined): Promise<'popup' | 'window' | 'none'> {
  const action = (browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction) as
    | { openPopup?: () => Promise<void> }
    | undefined;
  try {
    if (action?.openPopup) {
      await action.openPopup();
      return 'popup';
    }
  } catch {
    // Not allowed, not possible here, or already showing: see what is open.
  }
  const open = await openPopupCopy();
  if (open === 'popup') return 'popup';
  if (!browser.windows) return 'none';
  if (open !== undefined) {
    if (tabId !== undefined) {
      const retarget: PopupRetarget = { type: 'dp:popup-retarget', tabId };
      await browser.runtime.sendMessage(retarget).catch(() => undefined);
    }
    await browser.windows.update(open, { focused: true });
    return 'window';
  }
  await browser.windows.create({ url: browser.runtime.getURL('/popup.html'), type: 'popup', width: 380, height: 600 });
  return 'window';
}

/**
 * The popup page already open: 'popup' for the toolbar popup, else the id of a window showing it; undefined when
 * there is none, or the browser cannot tell (it lacks runtime.getContexts, Chrome 116+: then a window opens).
 */
async function openPopupCopy(): Promise<'popup' | number | undefined> {
  const runtime = browser.runtime as unknown as {
    getContexts?: (filter: { documentUrls: string[] }) => Promise<{ contextType: string; windowId: number }[]>;
  };
  if (!runtime.getContexts) return undefined;
  const contexts = await runtime.getContexts({ documentUrls: [browser.runtime.getURL('/popup.html')] }).catch(() => []);
  if (contexts.some((c) => c.contextType === 'POPUP')) return 'popup';
  return contexts.find((c) => c.contextType === 'TAB' && c.windowId >= 0)?.windowId;
}
