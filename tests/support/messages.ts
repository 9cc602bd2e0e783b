/**
 * The UI catalogues (public/_locales) and a stand-in for the browser's `i18n.getMessage` over one of them, so a
 * test can see the UI in another language the way an extension page does (components/i18n.ts `setMessageSource`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setMessageSource } from '../../components/i18n';
import { PROJECT_ROOT } from './shared';

export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, Message>;

export const UI_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const LOCALES_DIR = join(PROJECT_ROOT, 'public', '_locales');

export function catalogue(language: UiLanguage): Catalogue {
  return JSON.parse(readFileSync(join(LOCALES_DIR, language, 'messages.json'), 'utf8')) as Catalogue;
}

const ENGLISH = catalogue('en');

/**
 * The browser's `i18n.getMessage` over one catalogue, by Chrome's rules: `$NAME$` is the named placeholder's
 * content, `$1`…`$9` a substitution, `$$` a dollar sign, and a key the catalogue lacks comes from the default
 * locale's (English) catalogue, as the browser does; '' when neither has it.
 */
export function getMessageFrom(catalogue: Catalogue, defaults: Catalogue = ENGLISH) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = catalogue[key] ?? defaults[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const fill = (text: string, expandNames: boolean): string =>
      text.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (match, name: string | undefined, index: string | undefined) => {
        if (match === '$$') return '$';
        if (index) return subs[Number(index) - 1] ?? '';
        const content = expandNames && name ? entry.placeholders?.[name.toLowerCase()]?.content : undefined;
        return content === undefined ? '' : fill(content, false);
      });
    return fill(entry.message, true);
  };
}

/** Hands t() a browser getMessage that answers from `catalogue`, as an entrypoint does in an extension page. */
export function useBrowserCatalogue(catalogue: Catalogue): void {
  setMessageSource(getMessageFrom(catalogue));
}

/** Back to English, the language every test reads the UI in unless it says otherwise. */
export function useEnglish(): void {
  useBrowserCatalogue(ENGLISH);
}
