/** The toolbar popup: wiring only. The UI is components/Popup.tsx; the choice of mail tab is entrypoints/popup/choose-tab.ts. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { messagesIfBrowserHasNone } from '../../components/catalogue';
import { setMessageSource, t, uiLanguage } from '../../components/i18n';
import { Popup, type PopupProps } from '../../components/Popup';
import { isPopupRetarget, type ThreadInfo } from '../../core/protocol';
import { defaultPreferences, PreferencesStore, type Preferences } from '../../core/settings/preferences';
import { showsSameThread } from './choose-tab';
import { copyLetter } from './clipboard';
import { currentTab, findTargetTab, insertInto, readThread } from './target';
import './style.css';

// The words follow the browser's language (components/i18n.ts); screen readers and hyphenation need to know which.
setMessageSource((key, substitutions) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions));
function labelPage() {
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
}
labelPage();

const app = document.getElementById('app');
if (!app) throw new Error('popup.html has no #app element');

// Start every lookup now, in parallel; the form renders at once and fills in as answers arrive.
const self = currentTab();
// The mail tab and what was read from it; a window can be told to read again (below), so every use reads these when
// it runs.
let target = self.then(findTargetTab).catch(() => null);
let thread: Promise<ThreadInfo | null> | undefined;
const store = new PreferencesStore(browser.storage);
const manifest = browser.runtime.getManifest();
const hasOptions = !!(manifest.options_ui ?? manifest.options_page);

// Only a real toolbar popup closes itself; the same page opened as a tab or window stays open.
const closeIfToolbarPopup = () => void self.then((tab) => tab === undefined && window.close());

const props: Omit<PopupProps, 'prefs'> = {
  loadThread: () => (thread ??= target.then(readThread)),
  insert: async (letter) => insertInto(await target, letter),
  copy: (letter) => copyLetter(letter),
  onInserted: closeIfToolbarPopup,
  openOptions: hasOptions ? () => void browser.runtime.openOptionsPage().then(closeIfToolbarPopup, () => {}) : undefined,
};

let shownPrefs = defaultPreferences();
/** Counts the conversations this page has shown: each gets a fresh form. */
let targetGeneration = 0;

function show(prefs: Preferences) {
  shownPrefs = prefs;
  render(<Popup key={targetGeneration} {...props} prefs={prefs} />, app!);
}

// Opened as a window by the decline shortcut, and the shortcut pressed again: read the tab it was pressed on. Another
// conversation (in another tab, or the same tab moved on) gets a fresh form, as a new popup would; the same one keeps
// the form as it is, with whatever the user has typed.
browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isPopupRetarget(message)) return undefined;
  void (async () => {
    const me = await self;
    if (me === undefined || me.id === message.tabId) return;
    const fresh = await readThread(message.tabId);
    const [current, shown] = await Promise.all([target, thread]);
    if (current === message.tabId && showsSameThread(shown ?? null, fresh)) return;
    target = Promise.resolve(message.tabId);
    thread = Promise.resolve(fresh);
    targetGeneration += 1;
    show(shownPrefs);
  })();
  return undefined;
});

show(shownPrefs);
// Preact renders synchronously: the form is in the page and usable from here (budget: 150 ms after opening).
performance.mark('dp:interactive');
// Now and then the browser gives the page no messages: read the extension's own catalogue and show the words.
void messagesIfBrowserHasNone(browser.i18n, (language) => fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`)).then((r) => r.json())).then((messages) => {
  if (!messages) return;
  setMessageSource(messages);
  labelPage();
  show(shownPrefs);
});
store.load().then(
  (loaded) => show(loaded.prefs),
  () => {
    // The defaults are already showing; a storage failure must not stop the user.
  },
);
