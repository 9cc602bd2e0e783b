/**
 * Company names inside German sentences (core/letter/declension-de.ts): the article a native writer gives them
 * after "bei", and leading adjectives declined after it.
 */
import { beiCompany } from '../../core/letter/declension-de';

describe('German company names after "bei"', () => {
  test.each([
    // A leading adjective tells the gender and declines: strong "-e/-er/-es" in the name, weak "-en" after the article.
    ['Deutsche Bahn AG', 'bei der Deutschen Bahn AG'],
    ['Deutsche Bahn', 'bei der Deutschen Bahn'],
    ['Deutsche Telekom', 'bei der Deutschen Telekom'],
    ['Deutsches Rotes Kreuz', 'beim Deutschen Roten Kreuz'],
    ['Deutscher Gewerkschaftsbund', 'beim Deutschen Gewerkschaftsbund'],
    ['Bayerische Motoren Werke AG', 'bei der Bayerischen Motoren Werke AG'],
    ['Neue Zürcher Zeitung', 'bei der Neuen Zürcher Zeitung'],
    ['Freie Universität Berlin', 'bei der Freien Universität Berlin'],
    ['Alte Leipziger', 'bei der Alten Leipziger'],
    // Place adjectives in "-er" never decline; the adjective after them does.
    ['Frankfurter Allgemeine Zeitung', 'bei der Frankfurter Allgemeinen Zeitung'],
    ['Hamburger Sparkasse', 'bei der Hamburger Sparkasse'],
    // Legal forms: "die Gesellschaft".
    ['Acme GmbH', 'bei der Acme GmbH'],
    ['Allianz SE', 'bei der Allianz SE'],
    ['Acme GmbH & Co. KG', 'bei der Acme GmbH & Co. KG'],
    ['Global Solutions GmbH', 'bei der Global Solutions GmbH'],
    // Head nouns.
    ['Commerzbank', 'bei der Commerzbank'],
    ['Universität Wien', 'bei der Universität Wien'],
    ['Klinikum rechts der Isar', 'beim Klinikum rechts der Isar'],
    ['Hôpital Necker', 'beim Hôpital Necker'],
    ['Schön Klinik', 'bei der Schön Klinik'],
    // Bare brands take no article, and neither surnames nor English words are taken for German adjectives.
    ['Siemens', 'bei Siemens'],
    ['Zalando', 'bei Zalando'],
    ['Rohde & Schwarz', 'bei Rohde & Schwarz'],
    ['Creative Minds', 'bei Creative Minds'],
    ['Le Monde', 'bei Le Monde'],
  ])('%s → %s', (company, expected) => {
    expect(beiCompany(company)).toBe(expected);
  });
});
