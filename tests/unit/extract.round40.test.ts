// Hand-written messages for the mechanisms of issue 14's thirty-fourth round (gathering round 40). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe("a web address does not write the organisation's name", () => {
  it('"the University of Harwick" is named whole although harwick.edu is linked', () => {
    const body =
      'Dear Dr. Reyes:\n\nI am pleased to offer you the position of lecturer in the Department of History for the coming academic year, at an annual salary of $54,000.\n\nThe University of Harwick offers a full benefits programme; see https://www.harwick.edu/benefits for details.\n\nSincerely,\nNell Okafor\nChair';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nokafor@history.harwick.example', subject: 'Appointment offer: Lecturer, Department of History', body }).company).toBe('University of Harwick');
  });
  it('the name written alone in the text still wins', () => {
    const body =
      'Dear Dr. Reyes,\n\nThank you for your interest in the lecturer post. Harwick would like to invite you to an interview on Friday at 10:00 at the University of Harwick.\n\nNell Okafor';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nokafor@harwick.example', subject: 'Interview invitation: Lecturer', body }).company).toBe('Harwick');
  });
});

describe("a region's code the domain spells is the name's own", () => {
  it('"Hope UK Recruitment" at hopeuk is Hope UK', () => {
    const body = 'Dear Sam,\n\nWe would like to invite you to an interview for the Fundraising Officer role on Monday at 11:00.\n\nKind regards,\nRecruitment team';
    expect(extract({ fromName: 'Hope UK Recruitment', fromEmail: 'recruitment@hopeuk.example', subject: 'Interview invitation', body }).company).toBe('Hope UK');
  });
  it('an office the domain does not spell is still cut ("Acme UK" at acme)', () => {
    const body = 'Dear Sam,\n\nWe would like to invite you to an interview for the Analyst role on Monday at 11:00.\n\nKind regards,\nRecruitment team';
    expect(extract({ fromName: 'Acme UK Recruitment', fromEmail: 'recruitment@acme.example', subject: 'Interview invitation', body }).company).toBe('Acme');
  });
});

describe("a code host's thread number is no part of a title", () => {
  it.each([
    ['Re: [brightloom/jobs] Senior Rust Developer (Issue #12)', 'Senior Rust Developer'],
    ['[brightloom/jobs] Backend Engineer (PR #80)', 'Backend Engineer'],
  ])('%s', (subject, role) => {
    const body = 'We have filled this position, thank you all for applying!';
    expect(extract({ fromName: 'nell-okafor', fromEmail: 'notifications@github.com', subject, body }).role).toBe(role);
  });
});

describe('an interview or an offer that is no job', () => {
  it.each([
    [
      'a flat viewing (German)',
      'Einladung zur Besichtigung – Lindenweg 4, 2-Zimmer-Wohnung',
      'Guten Tag Frau Reyes\n\nGerne laden wir Sie zur Besichtigung der Wohnung Lindenweg 4 ein.\n\nTermin: Dienstag, 14.04. um 18:00 Uhr\n\nBitte bestätigen Sie den Termin kurz per E-Mail.\n\nFreundliche Grüsse\nIhre Verwaltung',
    ],
    [
      'a rental application accepted (German)',
      'Zusage für Ihre Wohnungsbewerbung – Lindenweg 4',
      'Guten Tag Frau Reyes\n\nWir freuen uns, Ihnen das Mietobjekt Lindenweg 4 zusagen zu können. Die Vertragsunterlagen folgen in Kürze.\n\nFreundliche Grüsse\nHausverwaltung Lindenhof',
    ],
    [
      "a talk accepted for an event (Dutch)",
      'Je voorstel: Kaarten van de rivier',
      'Hallo!\n\nGoed nieuws: we hebben je voorstel met de titel "Kaarten van de rivier" voor Geodag Deventer 2027 geaccepteerd. Klik op de link om te bevestigen dat je komt:\n\nhttps://talks.geodag.example/2027/confirm\n\nWe kijken ernaar uit je te zien! Voor het evenement sturen we je de details over het schema en de zaal.\n\nTot ziens!\nHet Geodag-team',
    ],
    [
      'a talk accepted for an event (German)',
      'Dein Beitrag: Karten vom Fluss',
      'Hallo!\n\nwir freuen uns, dir mitzuteilen, dass wir deinen Vortrag "Karten vom Fluss" für die Geotage Kassel 2027 angenommen haben. Bitte bestätige über den Link, dass du kommst:\n\nhttps://talks.geotage.example/2027/confirm\n\nVor der Veranstaltung melden wir uns noch mit der Programmplanung.\n\nBis bald!\nDas Geotage-Team',
    ],
    [
      "a press office's interview requests (Spanish)",
      'Solicitudes de entrevista – Festival del Río',
      'Ante el interés que despierta el festival, les pedimos que todas las solicitudes de entrevista se hagan por el correo de prensa.\n\nNecesitamos: nombre del periodista, nombre del medio, tema de la entrevista y horario.\n\nSaludos cordiales,\nOficina de prensa',
    ],
  ])('%s has nothing to decline', (_what, subject, body) => {
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@lindenhof.example', subject, body }).kind).toBe('other');
  });

  it('a talk invitation that is a job interview stays one', () => {
    const body = 'Hi Sam,\n\nThank you for your application for the Developer Advocate position. We would like to invite you to an interview on Monday at 10:00, where you will give a short talk.\n\nNell Okafor';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@riverconf.example', subject: 'Interview invitation – Developer Advocate', body }).kind).toBe('interview');
  });
  it('a proposal accepted with no event is not read so ("your proposal was accepted" for paid work)', () => {
    const body = 'Hi Sam,\n\nGood news: your proposal was accepted and the client would like to hire you for the job. Please accept the contract to start.\n\nNell';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@freelancehub.example', subject: 'You have been hired', body }).kind).not.toBe('other');
  });
});

describe('a Superday is an interview', () => {
  it('"We\'d like to invite you to our Superday"', () => {
    const body = "Congratulations! We'd like to invite you to our Superday round.\n\nBest regards,\nHarrowgate Capital Recruiting";
    expect(extract({ fromName: 'Harrowgate Capital Recruiting', fromEmail: 'careers@harrowgatecap.example', subject: 'Invitation: Harrowgate Capital Superday', body }).kind).toBe('interview');
  });
});

describe('an invitation to apply is not an application made', () => {
  it('"invites you to apply … submit your application" is an approach', () => {
    const body =
      'Dear Friend,\n\nRidgeway Haulage invites you to apply for a Class A Driver position! We are looking for skilled drivers to join our team.\n\nTo learn more and submit your application, please visit the link below.\n\nBest regards,\nNell Okafor\nDriver Recruiter\nRidgeway Haulage';
    expect(extract({ fromName: 'Ridgeway Haulage', fromEmail: 'applications@ridgeway.example', subject: 'Invitation to Apply – Class A Driver', body }).kind).toBe('outreach');
  });
  it('an application thanked for before the invitation is still one made', () => {
    const body =
      'Dear Sam,\n\nThank you for your application for the Driver position. We are reviewing it and will be in touch.\n\nWe also invite you to apply for our other open roles on our careers page.\n\nRidgeway Haulage';
    expect(extract({ fromName: 'Ridgeway Haulage', fromEmail: 'applications@ridgeway.example', subject: 'Your application', body }).kind).toBe('other');
  });
});
