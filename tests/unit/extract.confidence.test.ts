// Precision first: what a letter may state, what becomes a suggestion, stage abstention and split stages,
// and Unicode-correct capitalisation of names.
import { extract } from '../support/extract-message';
import { capitalFirst, titleCaseWord } from '../../core/extract/capitalize';
import { STATE_AT, confidence } from '../../core/extract/confidence';


describe('name capitalisation', () => {
  it.each([
    ['ﬁona', 'Fiona'],
    ['JANE', 'Jane'],
    ["o'neil", "O'Neil"],
    ['krüger-lehmann', 'Krüger-Lehmann'],
    ['ijsbrand', 'IJsbrand'],
    ['IJZERMAN', 'IJzerman'],
    ['STRAUß', 'Strauß'],
    ['işıl', 'İşıl'],
    ['IŞIL', 'Işıl'],
    ['ǆemal', 'ǅemal'],
    ['ingrid', 'Ingrid'],
  ])('%s → %s', (word, expected) => {
    expect(titleCaseWord(word)).toBe(expected);
  });

  it('capitalises only the first letter when the rest is written as meant', () => {
    expect(capitalFirst('ﬂorian')).toBe('Florian');
    expect(capitalFirst('ijsselmonde')).toBe('IJsselmonde');
    expect(capitalFirst('mcKenzie')).toBe('McKenzie');
  });

  it('reads a lower-case address as a properly capitalised name', () => {
    // Only the mailbox names the sender: a suggestion, properly capitalised.
    const r = extract({ fromEmail: 'ijsbrand.jansen@acme.nl', subject: 'Backend Engineer role', body: 'Hi Sam,\n\nWe are hiring a Backend Engineer. Would you be open to a chat?\n' });
    expect(r.firstName).toBeNull();
    expect(r.suggestions?.firstName).toBe('IJsbrand');
  });
});

describe('confidence', () => {
  it('weighs where a value came from', () => {
    expect(confidence('name', 'display', 'Jane Doe')).toBeGreaterThanOrEqual(STATE_AT);
    expect(confidence('role', 'body-weak', 'Data Analyst')).toBeLessThan(STATE_AT);
    expect(confidence('company', 'named', 'Acme')).toBeLessThan(STATE_AT);
  });

  it('lowers it for values that ran into their surroundings', () => {
    expect(confidence('role', 'body-strong', 'Data Engineer `')).toBeLessThan(STATE_AT);
    expect(confidence('role', 'body-strong', 'Data Engineer https://acme.com/jobs')).toBeLessThan(STATE_AT);
    expect(confidence('role', 'body-strong', 'Wir müssen Ihnen daher leider')).toBeLessThan(STATE_AT);
    expect(confidence('role', 'subject', 'Application: Data Engineer')).toBeLessThan(STATE_AT);
    expect(confidence('role', 'body-strong', 'Staff Engineer (Payments)')).toBeGreaterThanOrEqual(STATE_AT);
  });

  it('never takes a platform, a country, a funding round or a greeting for the employer', () => {
    for (const v of ['HackerRank', 'LinkedIn', 'Germany', 'Series B', 'Hello']) expect(confidence('company', 'stated', v)).toBe(0);
  });

  it('never takes a junk display name or a greeting for a person', () => {
    for (const v of ['undefined', '--help', 'Olá Marcos', 'PRiSM Admissions']) expect(confidence('name', 'display', v)).toBe(0);
  });
});

describe('suggestions', () => {
  it('a junk display name gives way to the signer', () => {
    const r = extract({
      fromName: 'undefined',
      fromEmail: 'talent@acme.io',
      subject: 'Data Engineer role at Acme',
      body: 'Hi Sam,\n\nI came across your profile and we are hiring a Data Engineer. Would you be open to a chat?\n\nBest,\nPriya Raman\nTalent Partner, Acme',
    });
    expect(r.firstName).toBe('Priya');
  });

  it('an unsure value is a suggestion, not a fact in the letter', () => {
    // A title only as a loose line of the body, a company only named by the text (not by the sender's domain).
    const r = extract({
      fromName: 'Jane Doe',
      fromEmail: 'jane@nwmail.io',
      subject: 'Hello',
      body: 'Hi Sam,\n\nI came across your profile. We have an opening at Kestrel Labs you might like.\n\nSenior Data Analyst\n\nWould you be open to a chat?\n\nBest,\nJane Doe',
    });
    expect(r).toMatchObject({ firstName: 'Jane', fullName: 'Jane Doe', role: null, company: null, kind: 'outreach' });
    expect(r.suggestions).toEqual({ role: 'Senior Data Analyst', company: 'Kestrel Labs' });
  });

  it('a sure value is stated and not suggested', () => {
    const r = extract({
      fromName: 'Jane Doe',
      fromEmail: 'jane@northwind.io',
      subject: 'Interview for the Data Engineer position',
      body: 'Hi Sam,\n\nWe would like to invite you to an interview for the Data Engineer position at Northwind.\n\nJane Doe\nNorthwind',
    });
    expect(r).toMatchObject({ firstName: 'Jane', role: 'Data Engineer', company: 'Northwind', kind: 'interview' });
    expect(r.suggestions).toBeUndefined();
  });
});

describe('stage with abstention', () => {
  const base = { fromName: 'Jane Doe', fromEmail: 'jane@northwind.io' };

  it.each([
    ['Update', 'Hi Sam,\n\nWe have chosen to pursue another candidate for this position.', 'rejection'],
    ['Your application', 'Dear Sam,\n\nWe recently received your application for Veterinary Nurse. We will contact you if an interview will be scheduled.', 'acknowledgement'],
    ['Update on your interview process', 'Hi Sam,\n\nThank you again for taking the time to interview with us. The team is still reviewing feedback; we expect an update by March 28.', 'acknowledgement'],
    ['Stelle', 'Hallo Sam,\n\nwir haben die Position mittlerweile erfolgreich besetzt.', 'rejection'],
    ['Bedankt voor je sollicitatie', 'Beste Sam,\n\nBedankt voor je sollicitatie. We hebben je gegevens in goede orde ontvangen. Je hoort of we je uitnodigen voor een kennismakingsgesprek.', 'acknowledgement'],
  ])('%s: nothing to decline (%s)', (subject, body, why) => {
    const r = extract({ ...base, subject, body });
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe(why);
  });

  it('everyday mail that mentions interviews or jobs in passing is not recruiting', () => {
    const r = extract({
      fromName: 'Geege',
      fromEmail: 'geege@example.org',
      subject: '[zzzzteana] Janis Ian interviewed on Slashdot',
      body: 'The interview covers her views on music downloads and her career.\n\nURL: http://slashdot.org/\n',
    });
    expect(r.kind).toBe('other');
  });

  it('an outreach that proposes a call is outreach, with the interview offered as the alternative', () => {
    const r = extract({
      ...base,
      subject: 'Hello from Northwind',
      body: 'Hi Sam,\n\nI came across your profile and we are hiring for our platform team. Would you be open to a quick call on Thursday at 15:00 to talk about the interview process?\n\nJane',
    });
    expect(r.kind).toBe('outreach');
    expect(r.stageAlternatives).toEqual(['interview']);
  });
});
