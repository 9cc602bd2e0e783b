import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useEnglish } from './support/messages';

// The browser hands each page its i18n.getMessage; tests get a stand-in over the same catalogues, in English.
useEnglish();

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
