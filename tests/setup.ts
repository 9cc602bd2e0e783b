import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setFallbackMessages } from '../components/i18n';
import en from '../public/_locales/en/messages.json';

// The browser reads _locales at run time; tests, without one, read the English catalogue.
setFallbackMessages(en);

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
