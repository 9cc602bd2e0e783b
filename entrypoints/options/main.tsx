/** Options page: wires the Options component to the extension's storage and to file downloads. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { messagesIfBrowserHasNone } from '../../components/catalogue';
import { setMessageSource, t, uiLanguage } from '../../components/i18n';
import { Options } from '../../components/Options';
import { PreferencesStore } from '../../core/settings/preferences';
import './style.css';

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; revoking later rather than at once keeps slow browsers happy.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// The words follow the browser's language (components/i18n.ts); screen readers and hyphenation need to know which.
setMessageSource((key, substitutions) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions));
function labelPage() {
  document.documentElement.lang = uiLanguage();
  document.title = t('options_pageTitle');
}
labelPage();

const app = document.getElementById('app');
// The decline command's keys as the user set them in the browser (wxt.config.ts declares the command).
const shortcut = {
  load: async () => (await browser.commands.getAll()).find((c) => c.name === 'decline')?.shortcut ?? '',
  browser: import.meta.env.FIREFOX ? ('firefox' as const) : ('chrome' as const),
};

const store = new PreferencesStore(browser.storage);
const show = () => app && render(<Options store={store} download={download} iconUrl={browser.runtime.getURL('/icon/48.png')} shortcut={shortcut} />, app);
show();

// Now and then the browser gives the page no messages: read the extension's own catalogue and show the words.
void messagesIfBrowserHasNone(browser.i18n, (language) => fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`)).then((r) => r.json())).then((messages) => {
  if (!messages) return;
  setMessageSource(messages);
  labelPage();
  show();
});
