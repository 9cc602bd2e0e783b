/**
 * Background: wiring only. It opens the options page once after install (to welcome the user and ask for
 * their name) and when the in-page menu asks for it (content scripts cannot open it themselves), and it
 * answers the mail tabs' letter requests.
 *
 * Why the letters are written here: the extractor and the letter engine (four languages, Mustache) are most
 * of the extension's code. Kept out of the content script, they are loaded once, on demand, instead of being
 * parsed into every Gmail and Outlook tab the user keeps open all day. The content script sends the thread as
 * plain data (core/protocol.ts) and gets back whether the button belongs there and the letter to insert.
 * The logic itself is in core/pipeline.ts; this file only loads the preferences and routes the message.
 *
 * A module, so it shares its chunks with the popup and the options page (each is shipped once).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isLetterRequest, isOpenOptionsRequest, type LetterAnswer, type LetterRequest } from '../core/protocol';
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
  },
});
