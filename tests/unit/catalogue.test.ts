import { catalogueLanguageFor, catalogueSource, messagesIfBrowserHasNone, type CatalogueLanguage } from '../../components/catalogue';
import { catalogue } from '../support/messages';

/** Loads the real catalogues, as the entrypoints' fetch of `_locales/<lang>/messages.json` does. */
const load = (language: CatalogueLanguage) => Promise.resolve(catalogue(language) as unknown);
const english = catalogue('en');
const german = catalogue('de');

describe('catalogueLanguageFor: the catalogue the browser would pick', () => {
  test.each([
    ['en-US', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['fr_CA', 'fr'],
    ['es-419', 'es'],
    ['ES', 'es'],
    ['pt-BR', 'en'],
    ['', 'en'],
  ])('%s → %s', (ui, expected) => {
    expect(catalogueLanguageFor(ui)).toBe(expected);
  });
});

describe('messagesIfBrowserHasNone', () => {
  test('the browser has its messages: nothing is loaded and nothing replaces them', async () => {
    let loads = 0;
    const source = await messagesIfBrowserHasNone({ getMessage: () => 'Decline Politely', getUILanguage: () => 'de' }, (l) => {
      loads++;
      return load(l);
    });
    expect(source).toBeNull();
    expect(loads).toBe(0);
  });

  test('the browser gave none: the page reads its own catalogue in the UI language, placeholders filled', async () => {
    const source = await messagesIfBrowserHasNone({ getMessage: () => '', getUILanguage: () => 'de-DE' }, load);
    expect(source).not.toBeNull();
    expect(source!('extName', [])).toBe(german.extName!.message);
    // A message with a named placeholder, as Chrome fills it.
    const withPlaceholder = Object.entries(german).find(([, e]) => e.placeholders && /\$[A-Z]+\$/.test(e.message));
    expect(withPlaceholder).toBeDefined();
    const [key, entry] = withPlaceholder!;
    const name = Object.keys(entry.placeholders!)[0]!;
    const filled = source!(key, ['«X»', '«Y»', '«Z»']);
    expect(filled).not.toContain(`$${name.toUpperCase()}$`);
    expect(filled).toMatch(/«[XYZ]»/);
  });

  test('a key missing from the UI language comes from English, as the browser does', async () => {
    const partial = { extName: { message: 'Höflich absagen' } };
    const source = await catalogueSource('de', (l) => Promise.resolve(l === 'de' ? partial : english));
    expect(source!('extName', [])).toBe('Höflich absagen');
    expect(source!('options_pageTitle', [])).toBe(english.options_pageTitle!.message);
    expect(source!('no_such_key', [])).toBe('');
  });

  test('an unreadable or malformed catalogue falls back to English; with none readable there is no source', async () => {
    const broken = await catalogueSource('fr', (l) => (l === 'fr' ? Promise.reject(new Error('gone')) : load(l)));
    expect(broken!('extName', [])).toBe(english.extName!.message);
    const malformed = await catalogueSource('fr', (l) => Promise.resolve(l === 'fr' ? { extName: 42 } : english));
    expect(malformed!('extName', [])).toBe(english.extName!.message);
    expect(await catalogueSource('fr', () => Promise.reject(new Error('gone')))).toBeNull();
  });
});
