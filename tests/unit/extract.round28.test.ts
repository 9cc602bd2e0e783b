// Hand-written messages for the mechanisms of issue 14's twenty-second round (gathering round 28). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('a title the mail goes on writing after may be cut short: offered, not stated', () => {
  it.each([
    ['Swedish, a lower-case complement', 'sv', 'Karriärmöjlighet hos Linvik Kraft - Projektledare vattenkraft', 'Hej Elin,\n\nVi söker en Projektledare vattenkraft till vårt kontor i Umeå. Är du intresserad av att höras vidare?\n\nMed vänliga hälsningar,\nOskar Bergvall', 'Projektledare'],
    ['French, an adjective after the head’s complement', 'fr', 'Candidature - Technicienne de laboratoire clinique', 'Bonjour Julie,\n\nMerci pour votre intérêt. Nous souhaitons vous rencontrer pour le poste de Technicienne de laboratoire clinique.\n\nCordialement,\nAnaïs Perrot', 'Technicienne de laboratoire'],
    ['English, a complement after "of"', 'en', 'Interview: Assistant Professor of Linguistics', 'Dear Sam,\n\nThank you for applying. The committee would like to invite you to interview for the Assistant Professor of Linguistics position next week.\n\nBest regards,\nDana Whitcombe', 'Assistant Professor'],
  ])('%s', (_label, _lang, subject, body, cut) => {
    const r = extract({ fromName: 'Recruiting', fromEmail: 'jobs@linvik.example', subject, body });
    // The title is read whole, or not stated at all: never its first words as if they were the title.
    if (r.role !== null) expect(r.role).not.toBe(cut);
  });

  it('a title read short where the mail goes on is a suggestion, not in the letter', () => {
    // The reader stops after the head ("Projektledare"); the mail goes on ("… vattenkraft") wherever it writes it.
    const body = 'Hej Elin,\n\nVi söker en Projektledare vattenkraft till vårt kontor i Umeå. Är du intresserad av att höras vidare?\n\nMed vänliga hälsningar,\nOskar Bergvall';
    const r = extract({ fromName: 'Oskar Bergvall', fromEmail: 'oskar@linvik.example', subject: 'Karriärmöjlighet hos Linvik Kraft - Projektledare vattenkraft', body });
    expect(r.role).toBeNull();
    expect(r.suggestions?.role).toBe('Projektledare');
  });
});

describe('a whole title is still stated', () => {
  it.each([
    ['French, "chez" ends the title', 'Entretien - Chargée de communication chez Maison Larbre', 'Bonjour Inès,\n\nNous souhaitons vous rencontrer pour le poste de Chargée de communication chez Maison Larbre.\n\nCordialement,\nPaul Verdier', 'Chargée de communication'],
    ['Swedish, "hos" ends the title', 'Intervju: Projektledare hos Nordfrakt', 'Hej Elin,\n\nTack för din ansökan till tjänsten som Projektledare hos Nordfrakt. Vi vill gärna träffa dig på en intervju.\n\nHälsningar,\nOskar Bergvall', 'Projektledare'],
    ['German, a lower-case word after a title is the sentence’s', 'Ihre Bewerbung als Disponentin Fernverkehr', 'Hallo Frau Kranz,\n\nvielen Dank für Ihre Bewerbung als Disponentin Fernverkehr eingegangen am Montag. Wir laden Sie gern zu einem Gespräch ein.\n\nViele Grüße\nJonas Riedel', 'Disponentin Fernverkehr'],
    ['English, a lower-case word after a capitalised title is the sentence’s', 'Data Engineer interview', 'Hi Priya,\n\nThanks for your time on the Data Engineer take-home. We would like to invite you to a final interview on Thursday.\n\nBest,\nMorgan Ashdown', 'Data Engineer'],
    ['English, "of" before an article', 'Interview for Senior Analyst', 'Hi Priya,\n\nWe would like to invite you to interview for the Senior Analyst role. You would be the Senior Analyst of the pricing team.\n\nBest,\nMorgan Ashdown', 'Senior Analyst'],
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

  it.each([
    ['a department after the name', 'Thanks,\nRiya Menon\nOrrisdale Talent Acquisition'],
    ['a legal form after the name', 'Thanks,\nRiya Menon\nOrrisdale Ltd.'],
    ['a dotted legal form of another language', 'Thanks,\nRiya Menon\nOrrisdale A.Ş.'],
  ])('%s is no part of the name', (_label, signature) => {
    const body = `Hi Sam,\n\nWe would like to invite you to interview for the Data Analyst role at Orrisdale next week.\n\n${signature}`;
    const r = extract({ fromName: 'Riya Menon', fromEmail: 'riya@orrisdale.example', subject: 'Interview invitation', body });
    // Stated: what follows the name is no part of it.
    expect(r.company).toMatch(/^Orrisdale/);
  });
});

describe('a name does not run on into the rest of the sentence', () => {
  it('"at X and I\'m …" names X', () => {
    const body = "Hi Casey, I'm on the recruiting team at Harrowgate Labs and I'm reviewing your application. Are you available for a 30-minute phone screen on Thursday at 11:00 AM?\n\nWendell";
    const r = extract({ fromName: 'Wendell Ashby', fromEmail: 'wendell.ashby@harrowgate-labs.example', subject: 'Phone screen', body });
    expect(r.company).toBe('Harrowgate Labs');
  });
});
