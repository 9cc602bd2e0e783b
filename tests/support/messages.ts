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

/** chrome.i18n.getMessage over one catalogue, as the browser does it (enough of it for these tests). */
export function getMessageFrom(catalogue: Catalogue) {
  return (key: string, substitutions?: string | string[]) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$([1-9])/g, (__, i: string) => subs[Number(i) - 1] ?? ''),
    );
  };
}

/** Hands t() a browser getMessage that answers from `catalogue`, as an entrypoint does in an extension page. */
export function useBrowserCatalogue(catalogue: Catalogue): void {
  setMessageSource(getMessageFrom(catalogue));
}
