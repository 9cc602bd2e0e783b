/** The toolbar popup: wiring only. The UI is components/Popup.tsx; the choice of mail tab is entrypoints/popup/choose-tab.ts. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setMessageSource, t, uiLanguage } from '../../components/i18n';
import { Popup, type PopupProps } from '../../components/Popup';
import { defaultPreferences, PreferencesStore, type Preferences } from '../../core/settings/preferences';
import { copyLetter } from './clipboard';
import { currentTab, findTargetTab, insertInto, readThread } from './target';
import './style.css';

// The words follow the browser's language (components/i18n.ts); screen readers and hyphenation need to know which.
setMessageSource((key, substitutions) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions));
document.documentElement.lang = uiLanguage();
document.title = t('extName');

const app = document.getElementById('app');
if (!app) throw new Error('popup.html has no #app element');

// Start every lookup now, in parallel; the form renders at once and fills in as answers arrive.
const self = currentTab();
const target = self.then(findTargetTab).catch(() => null);
const store = new PreferencesStore(browser.storage);
const manifest = browser.runtime.getManifest();
const hasOptions = !!(manifest.options_ui ?? manifest.options_page);

// Only a real toolbar popup closes itself; the same page opened as a tab or window stays open.
const closeIfToolbarPopup = () => void self.then((tab) => tab === undefined && window.close());

const props: Omit<PopupProps, 'prefs'> = {
  loadThread: () => target.then(readThread),
  insert: async (letter) => insertInto(await target, letter),
  copy: (letter) => copyLetter(letter),
  onInserted: closeIfToolbarPopup,
  openOptions: hasOptions ? () => void browser.runtime.openOptionsPage().then(closeIfToolbarPopup, () => {}) : undefined,
};

function show(prefs: Preferences) {
  render(<Popup {...props} prefs={prefs} />, app!);
}

show(defaultPreferences());
// Preact renders synchronously: the form is in the page and usable from here (budget: 150 ms after opening).
performance.mark('dp:interactive');
store.load().then(
  (loaded) => show(loaded.prefs),
  () => {
    // The defaults are already showing; a storage failure must not stop the user.
  },
);
