// Hand-written messages for the mechanisms of issue 14's twenty-second round (gathering round 28). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('a title the mail goes on writing after may be cut short: offered, not stated', () => {
  it('a title read short where the mail goes on is a suggestion, not in the letter', () => {
    // The reader stops after the head ("Projektledare"); the mail goes on ("… vattenkraft") wherever it writes it.
    const body = 'Hej Elin,\n\nVi söker en Projektledare vattenkraft till vårt kontor i Umeå. Är du intresserad av att höras vidare?\n\nMed vänliga hälsningar,\nOskar Bergvall';
    const r = extract({ fromName: 'Oskar Bergvall', fromEmail: 'oskar@linvik.example', subject: 'Karriärmöjlighet hos Linvik Kraft - Projektledare vattenkraft', body });
    expect(r.role).toBeNull();
    expect(r.suggestions?.role).toBe('Projektledare');
  });
});

describe('a whole title is still stated', () => {
  // Each title is written once, in the body, with the word the test is about after it.
  it.each([
    ['French, "chez" ends the title', 'Entretien', 'Bonjour Inès,\n\nNous souhaitons vous rencontrer pour le poste de Chargée de communication chez Maison Larbre la semaine prochaine.\n\nCordialement,\nPaul Verdier', 'Chargée de communication'],
    ['French, a title read whole', 'Candidature', 'Bonjour Julie,\n\nMerci pour votre intérêt. Nous souhaitons vous rencontrer pour le poste de Technicienne de laboratoire clinique.\n\nCordialement,\nAnaïs Perrot', 'Technicienne de laboratoire clinique'],
    ['Swedish, "hos" ends the title', 'Intervju', 'Hej Elin,\n\nTack för din ansökan till tjänsten som Projektledare hos Nordfrakt. Vi vill gärna träffa dig på en intervju.\n\nHälsningar,\nOskar Bergvall', 'Projektledare'],
    ['German, a lower-case word after a title is the sentence’s', 'Ihre Bewerbung', 'Hallo Frau Kranz,\n\nIhre Bewerbung als Disponentin Fernverkehr ist bei uns eingegangen. Wir laden Sie gern zu einem Gespräch am Montag ein.\n\nViele Grüße\nJonas Riedel', 'Disponentin Fernverkehr'],
    ['English, a lower-case word after a capitalised title is the sentence’s', 'Next steps', 'Hi Priya,\n\nWe would like to invite you to interview for the Data Engineer slot we discussed, on Thursday at 10:00.\n\nBest,\nMorgan Ashdown', 'Data Engineer'],
    ['English, "of" before an article', 'Interview invitation', 'Hi Priya,\n\nWe would like to invite you to interview for the position of Senior Analyst of the pricing team next week.\n\nBest,\nMorgan Ashdown', 'Senior Analyst'],
  ])('%s', (_label, subject, body, role) => {
    const r = extract({ fromName: 'Recruiting Team', fromEmail: 'jobs@nordfrakt.example', subject, body });
    expect(r.role).toBe(role);
  });
});

describe('a company the mail goes on writing after may be cut short: offered, not stated', () => {
  it('"X du Y" everywhere the mail writes X', () => {
    // A job portal relays an invitation; the reader takes the employer up to "du" ("Compagnie Minière").
    const body = 'Bonjour Karim,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste de Comptable junior chez Compagnie Minière du Kouilou.\n\nCordialement,\nLéa Fontvieille';
    const r = extract({ fromName: 'Emploi Portail', fromEmail: 'noreply@emploi-portail.example', subject: 'Entretien programmé - Comptable junior', body });
    expect(r.company).toBeNull();
    expect(r.suggestions?.company).toBe('Compagnie Minière');
  });

  // The company is written only in the signature, with the word the test is about after it (a legal form may be read
  // as part of the name, which is whole then too).
  it.each([
    ['a department after the name', 'Thanks,\nRiya Menon\nOrrisdale Talent Acquisition'],
    ['a department with a full stop', 'Thanks,\nRiya Menon\nOrrisdale Talent.'],
    ['a legal form after the name', 'Thanks,\nRiya Menon\nOrrisdale Ltd.'],
    ['a dotted legal form of another language', 'Thanks,\nRiya Menon\nOrrisdale A.Ş.'],
  ])('%s is no part of the name', (_label, signature) => {
    const body = `Hi Sam,\n\nWe would like to invite you to interview for the Data Analyst role next week.\n\n${signature}`;
    const r = extract({ fromName: 'Riya Menon', fromEmail: 'riya@orrisdale.example', subject: 'Interview invitation', body });
    // Stated: what follows the name is no part of it.
    expect(r.company).toMatch(/^Orrisdale/);
  });

  it('a name the mail writes with "&" and another name goes on', () => {
    const body = 'Hi Sam,\n\nWe would like to invite you to interview for the Data Analyst role next week.\n\nThanks,\nRiya Menon\nOrrisdale & Pine';
    const r = extract({ fromName: 'Riya Menon', fromEmail: 'riya@orrisdale.example', subject: 'Interview invitation', body });
    expect(r.company).not.toBe('Orrisdale');
  });
});

describe('a name does not run on into the rest of the sentence', () => {
  it('"at X and I\'m …" names X', () => {
    const body = "Hi Casey, I'm on the recruiting team at Harrowgate Labs and I'm reviewing your application. Are you available for a 30-minute phone screen on Thursday at 11:00 AM?\n\nWendell";
    const r = extract({ fromName: 'Wendell Ashby', fromEmail: 'wendell.ashby@harrowgate-labs.example', subject: 'Phone screen', body });
    expect(r.company).toBe('Harrowgate Labs');
  });

  it('an article after "de" is still the name\'s ("Universidad de La Laguna")', () => {
    const body = 'Hola Lucía,\n\nTe escribo desde la Universidad de La Laguna para invitarte a una entrevista para el puesto de Técnica de laboratorio el martes a las 10:00.\n\nSaludos,\nMarta Ríos';
    const r = extract({ fromName: 'Marta Ríos', fromEmail: 'marta.rios@gmail.example', subject: 'Entrevista', body });
    expect(r.company === null || r.company.endsWith('La Laguna')).toBe(true);
    expect(r.suggestions?.company ?? r.company ?? '').not.toBe('Universidad');
  });
});
