/**
 * Background: only what must live here. It opens the options page once after install (to welcome the user
 * and ask for their name) and when the in-page menu asks for it (content scripts cannot open it themselves).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'dp:open-options') {
      return browser.runtime.openOptionsPage().then(() => true);
    }
    return undefined;
  });
});
