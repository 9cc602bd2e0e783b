import { describe, expect, it } from 'vitest';
import { phraseAnchors, phraseFinder, phrasePattern } from '../../core/extract/phrase-table';

const matches = (phrase: string, text: string) => new RegExp(phrasePattern(phrase), 'u').test(text);

describe('phrase syntax', () => {
  it('matches words at word boundaries only', () => {
    expect(matches('offer letter', 'please find your offer letter attached')).toBe(true);
    expect(matches('offer letter', 'counteroffer letters')).toBe(false);
  });
  it('lets a starred word continue', () => {
    expect(matches('vorremmo offrir* la posizione', 'vorremmo offrirti la posizione di tecnico')).toBe(true);
    expect(matches('vorremmo offrir* la posizione', 'vorremmo offrire la posizione')).toBe(true);
    expect(matches('vorremmo offrir* la posizione', 'vorremmo offrirti una posizione')).toBe(false);
  });
  it('takes one of several words, or none with -', () => {
    expect(matches('möchten wir sie gerne/- kennenlernen', 'möchten wir sie gerne kennenlernen')).toBe(true);
    expect(matches('möchten wir sie gerne/- kennenlernen', 'möchten wir sie kennenlernen')).toBe(true);
    expect(matches('offer you the position/role', 'offer you the role')).toBe(true);
    expect(matches('offer you the position/role', 'offer you the job')).toBe(false);
    expect(matches('gerne/- kennenlernen', 'wir würden sie kennenlernen')).toBe(true);
  });
  it('bridges up to four words with ~', () => {
    expect(matches('lade* ~ zum vorstellungsgespräch', 'laden wir sie herzlich zum vorstellungsgespräch')).toBe(true);
    expect(matches('lade* ~ zum vorstellungsgespräch', 'laden sie eins zwei drei vier fünf zum vorstellungsgespräch')).toBe(false);
    // A gap never crosses a clause's punctuation.
    expect(matches('nie ~ zaproponować', 'nie ukrywam, że chciałbym zaproponować')).toBe(false);
    expect(matches('not be ~ offer', 'we will not be late. our offer stands')).toBe(false);
  });
  it('reads both apostrophes', () => {
    expect(matches("offre d'embauche", 'votre offre d’embauche')).toBe(true);
  });
  it('anchors a phrase on its longest fixed word', () => {
    expect(phraseAnchors('pleased/delighted to offer you')).toEqual(['offer']);
    expect(phraseAnchors('vorremmo offrir* la posizione')).toEqual(['posizione']);
    expect(phraseAnchors('ti/le/vi offriamo')).toEqual(['offriamo']);
  });
});

describe('phraseFinder', () => {
  const find = phraseFinder({
    offer: { en: ['offer you the position/role'], it: ['offerta di lavoro'] },
    rejected: { en: ['not been selected'], de: ['leider ~ absage'] },
  });
  it('names every concept the text states, in any language of the table', () => {
    expect([...find('we would like to offer you the role')]).toEqual([['offer', ['offer you the role']]]);
    expect([...find('oggetto: offerta di lavoro').keys()]).toEqual(['offer']);
    expect([...find('you have not been selected').keys()]).toEqual(['rejected']);
    expect([...find('leider müssen wir ihnen eine absage erteilen')]).toEqual([['rejected', ['leider müssen wir ihnen eine absage']]]);
    expect(find('nothing here about jobs').size).toBe(0);
  });
  it('finds a phrase whose anchor lies inside another anchor found at the same place', () => {
    const nested = phraseFinder({ a: { en: ['offer'] }, b: { it: ['offerta'] } });
    expect([...nested('offerta').keys()]).toEqual(['b']);
    expect([...nested('an offer').keys()]).toEqual(['a']);
  });
});
