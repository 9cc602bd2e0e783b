/**
 * The UI catalogues (public/_locales) and a stand-in for the browser's `i18n.getMessage` over one of them, so a
 * test can see the UI in another language the way an extension page does (components/i18n.ts `setMessageSource`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE_LANGUAGES, getMessageFrom, type Catalogue, type CatalogueLanguage } from '../../components/catalogue';
import { setMessageSource } from '../../components/i18n';
import { PROJECT_ROOT } from './shared';

export type { Catalogue };

/** The UI's languages: the folders of public/_locales (tests/unit/i18n.test.ts checks they agree). */
export const UI_LANGUAGES = CATALOGUE_LANGUAGES;
export type UiLanguage = CatalogueLanguage;

export const LOCALES_DIR = join(PROJECT_ROOT, 'public', '_locales');

export function catalogue(language: UiLanguage): Catalogue {
  return JSON.parse(readFileSync(join(LOCALES_DIR, language, 'messages.json'), 'utf8')) as Catalogue;
}

const ENGLISH = catalogue('en');

/** Hands t() a browser getMessage that answers from `catalogue`, as an entrypoint does in an extension page. */
export function useBrowserCatalogue(catalogue: Catalogue): void {
  setMessageSource(getMessageFrom(catalogue, ENGLISH));
}

/** Back to English, the language every test reads the UI in unless it says otherwise. */
export function useEnglish(): void {
  useBrowserCatalogue(ENGLISH);
}
