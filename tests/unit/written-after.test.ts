import { analyzeLine } from '../../core/extract/tokens';
import { tableWord, wordsAfter as wordsAfterLine } from '../../core/extract/written-after';

const wordsAfter = (value: string, text: string) => wordsAfterLine(value, analyzeLine(text));

describe('what a mail writes after a value', () => {
  it('gives the one or two words after each whole-word occurrence, or null at a line’s end or punctuation', () => {
    expect(wordsAfter('Acme', 'Join Acme Foundry today.\nAcme, the team\nAcme')).toEqual(['Foundry today', null, null]);
  });

  it('skips occurrences inside other words, addresses and links', () => {
    expect(wordsAfter('Acme', 'Acmeware, jobs@acme.example, www.acme.example/jobs')).toEqual([]);
  });

  it('keeps its place in a line whose lower case is longer (Turkish "İ")', () => {
    expect(wordsAfter('Demirtaş Otomotiv', 'İstanbul — Demirtaş Otomotiv İnsan Kaynakları')).toEqual(['İnsan Kaynakları']);
  });

  it('reads "&" as a word', () => {
    expect(wordsAfter('Tallow', 'Tallow & Pine')).toEqual(['& Pine']);
  });

  it('a table word drops a sentence’s full stop but keeps an abbreviation’s', () => {
    expect([tableWord('Talent.'), tableWord('ds.'), tableWord('A.Ş.')]).toEqual(['talent', 'ds.', 'a.ş.']);
  });
});
