/**
 * The UI catalogues read as the browser reads them, for when the browser does not: now and then Chromium gives an
 * extension page no messages at all (`i18n.getMessage` answers '' for every key, seen in a popup window in the
 * end-to-end runs), which would leave the popup and options page without a single label. The entrypoint then loads
 * the extension's own `_locales/<lang>/messages.json` and reads it with Chrome's rules. Pure: the file loading is
 * handed in by the entrypoint.
 */
import type { GetMessage } from './i18n';

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

/** The languages `public/_locales` has; the first is the manifest's `default_locale`. */
export const CATALOGUE_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

/** The catalogue the browser would pick for a UI language such as "de-AT" or "es-419": its base language, else English. */
export function catalogueLanguageFor(uiLanguage: string): CatalogueLanguage {
  const base = uiLanguage.toLowerCase().split(/[-_]/)[0];
  return CATALOGUE_LANGUAGES.find((l) => l === base) ?? CATALOGUE_LANGUAGES[0];
}

/**
 * `i18n.getMessage` over one catalogue, by Chrome's rules: `$NAME$` is the named placeholder's content, `$1`…`$9` a
 * substitution, `$$` a dollar sign, and a key the catalogue lacks comes from the default locale's catalogue, as
 * the browser does; '' when neither has it.
 */
export function getMessageFrom(catalogue: Catalogue, defaults: Catalogue = {}): GetMessage {
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

function isCatalogue(v: unknown): v is Catalogue {
  return typeof v === 'object' && v !== null && Object.values(v).every((e) => typeof e === 'object' && e !== null && typeof (e as CatalogueEntry).message === 'string');
}

/**
 * A message source read from the extension's own catalogues (`load(lang)` returns the parsed messages.json), for
 * the UI language, with the default locale's for missing keys; null when neither can be read.
 */
export async function catalogueSource(uiLanguage: string, load: (language: CatalogueLanguage) => Promise<unknown>): Promise<GetMessage | null> {
  const language = catalogueLanguageFor(uiLanguage);
  const read = (l: CatalogueLanguage) => load(l).then((v) => (isCatalogue(v) ? v : null), () => null);
  const [chosen, defaults] = await Promise.all([read(language), language === CATALOGUE_LANGUAGES[0] ? Promise.resolve(null) : read(CATALOGUE_LANGUAGES[0])]);
  const main = chosen ?? defaults;
  return main ? getMessageFrom(main, defaults ?? {}) : null;
}

/** The part of the browser's `i18n` this module reads. */
export interface BrowserI18n {
  getMessage(key: string): string;
  getUILanguage(): string;
}

/**
 * When the browser gave this page no messages (its own name reads ''), a source over the extension's catalogues;
 * null when the browser's messages are there (the usual case) or the catalogues cannot be read either.
 */
export async function messagesIfBrowserHasNone(i18n: BrowserI18n, load: (language: CatalogueLanguage) => Promise<unknown>): Promise<GetMessage | null> {
  if (i18n.getMessage('extName')) return null;
  return catalogueSource(i18n.getUILanguage(), load);
}
