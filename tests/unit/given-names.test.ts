// Known given names (core/extract/names/given-names.ts) and the rule that a name no list knows is only suggested.
// Messages written for these tests; names and employers are not taken from any fixture.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract } from '../support/extract-message';
import { buildFamilyNames, buildGivenNames, givenNamesModule } from '../support/given-names-source';
import { PROJECT_ROOT } from '../support/shared';
import { bloomPositions, isKnownFamilyName, isKnownGivenName } from '../../core/extract/names/given-names';

describe('the given-name list', () => {
  it('is the one its sources build (run scripts/given-names.ts after changing them)', () => {
    const committed = readFileSync(resolve(PROJECT_ROOT, 'core/extract/names/given-names.data.ts'), 'utf8');
    expect(committed).toBe(givenNamesModule(buildGivenNames(), buildFamilyNames()));
  });

  it('has every built name, from many languages, folded as the extractor folds', () => {
    const names = buildGivenNames();
    expect(names.length).toBeGreaterThan(15000);
    for (const name of names) expect(isKnownGivenName(name)).toBe(true);
  });

  it.each(['Jürgen', 'Søren', 'Małgorzata', 'Paweł', 'Anne-Sophie', 'Élodie', 'Joaquín', 'Matteo', 'Sigrid', 'Thiago', 'Priya', 'Emeka', 'Fatima'])(
    'knows %s',
    (name) => expect(isKnownGivenName(name)).toBe(true),
  );

  it.each(['Copenhagen', 'Accenture', 'Transportadora', 'Architecture', 'Cooperativa', 'Rekrutteringsteamet', 'Pozdrawiamy', 'Recruiting', 'Talent', 'Careers', 'Tým', 'Veletrh'])(
    'does not take %s for a given name',
    (word) => expect(isKnownGivenName(word)).toBe(false),
  );

  it.each(['Juergen', 'Soeren', 'Bjoern'])('reads %s with its umlaut written out', (name) => expect(isKnownGivenName(name)).toBe(true));

  it.each(['Sharma', 'Nowak', 'Adebayo', 'Zhang', 'Haugen'])('knows the family name %s', (name) => expect(isKnownFamilyName(name)).toBe(true));

  it.each(['Organizers', 'Freight', 'Ensemble', 'Musikklag', 'Rekruttering'])('does not take %s for a family name', (word) =>
    expect(isKnownFamilyName(word)).toBe(false),
  );

  it('lets a hyphenated name through only when each part is one', () => {
    expect(isKnownGivenName('Marie-Claire')).toBe(true);
    expect(isKnownGivenName('Marie-Logistik')).toBe(false);
  });

  it('spreads positions over the whole filter for every key', () => {
    for (const key of ['a', 'ab', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', 'ülo']) {
      const positions = bloomPositions(key, 1000, 7);
      expect(positions).toHaveLength(7);
      for (const p of positions) expect(p >= 0 && p < 1000 && Number.isInteger(p)).toBe(true);
    }
  });
});

describe('a name whose given name no list knows is a suggestion', () => {
  const invite = 'We would like to invite you to an interview for the Warehouse Planner position next Tuesday at 10:00.';

  it('an organisation signing where a person would ("Vinterhagen Musikklag")', () => {
    const r = extract({
      fromName: 'Vinterhagen Musikklag',
      fromEmail: 'post@vinterhagen-musikk.example',
      subject: 'Invitation: Warehouse Planner',
      body: `Hello,\n\n${invite}\n\nBest regards,\nVinterhagen Musikklag`,
    });
    expect(r.firstName).toBeNull();
    expect(r.suggestions?.firstName).toBe('Vinterhagen');
  });

  it('a team word in another language signing alone ("Náborový Tým")', () => {
    const r = extract({ fromName: '', fromEmail: 'kariera@hutni-sklady.example', subject: 'Pozvánka', body: `Dobrý den,\n\n${invite}\n\nS pozdravem\nNáborový Tým` });
    expect(r.firstName).toBeNull();
  });

  it("the employer's word that is the whole mailbox on a relay service (\"Bergvik\" <bergvik@…workday…>)", () => {
    const r = extract({ fromName: 'Bergvik', fromEmail: 'bergvik@myworkday.com', subject: 'Interview', body: `Hello,\n\n${invite}` });
    expect(r.firstName).toBeNull();
  });

  it('stays stated when the family name is a known one ("Vivek Sharma" <careers@…>)', () => {
    const r = extract({ fromName: 'Vivek Sharma', fromEmail: 'careers@quarry-lane.example', subject: 'Interview', body: `Hello,\n\n${invite}\n\nBest regards` });
    expect(r.firstName).toBe('Vivek');
  });

  it('a family word that is the whole mailbox confirms nothing ("Vestfold Ensemble" <ensemble@…>)', () => {
    const r = extract({ fromName: 'Vestfold Ensemble', fromEmail: 'ensemble@vestfold-musikk.example', subject: 'Interview', body: `Hello,\n\n${invite}\n\nBest regards` });
    expect(r.firstName).toBeNull();
  });

  it('stays stated when the mailbox spells it', () => {
    const r = extract({ fromName: 'Oyelaran Adebisi', fromEmail: 'o.adebisi@quarry-lane.example', subject: 'Interview', body: `Hi,\n\n${invite}\n\nOyelaran` });
    expect(r.firstName).toBe('Oyelaran');
  });

  it('stays stated when the signature gives the signer a job title', () => {
    const r = extract({
      fromName: 'Quarry Lane Careers',
      fromEmail: 'careers@quarry-lane.example',
      subject: 'Interview',
      body: `Hi,\n\n${invite}\n\nBest regards,\nOyelaran Adebisi\nSenior Recruiter, Quarry Lane`,
    });
    expect(r.firstName).toBe('Oyelaran');
  });

  it('a known given name is stated as before', () => {
    const r = extract({ fromName: 'Margit Halvorsen', fromEmail: 'rekruttering@quarry-lane.example', subject: 'Interview', body: `Hi,\n\n${invite}\n\nMargit Halvorsen` });
    expect(r.firstName).toBe('Margit');
  });
});
