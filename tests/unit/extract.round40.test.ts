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

describe("the review's counter-examples", () => {
  it.each([
    [
      'an interview with a site visit (German)',
      'Einladung zum Vorstellungsgespräch',
      'Guten Tag Herr Reyes,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 14.04. um 10:00 Uhr ein. Im Anschluss ist eine Besichtigung des Klärwerks vorgesehen.\n\nMit freundlichen Grüßen\nPetra Wolf',
    ],
    [
      "a lettings agent's interview",
      'Interview – Lettings Negotiator',
      'Hi Sam,\n\nWe would like to invite you to an interview on Tuesday at 10:00. Afterwards you will shadow our manager at a viewing of the property on Elm Street.\n\nNell Okafor',
    ],
    [
      "a newsroom's interview for a journalist (French)",
      'Entretien – journaliste économie',
      'Bonjour,\n\nNous recrutons un journaliste pour la rubrique économie et nous serions ravis de vous rencontrer pour un entretien mardi à 10h00.\n\nClaire Martin',
    ],
    [
      "a newsroom's interview for a journalist (Portuguese)",
      'Entrevista – redação',
      'Olá,\n\nEstamos à procura de um jornalista para a nossa redação de Lisboa e gostaríamos de convidá-lo para uma entrevista na quinta-feira às 11:00.\n\nAna Costa',
    ],
    [
      'a proposal accepted before a final interview in a conference room',
      'Next step',
      'Hi Sam,\n\nGreat news: the team accepted your proposal for the take-home exercise, so tomorrow we will meet in the Summit conference room at 10:00 for the final interview.\n\nNell',
    ],
    [
      'a talk at a meetup, then an interview',
      'Interview – platform team',
      'Hi Sam,\n\nYour talk at the Rust meetup was great and the team accepted my suggestion: we would love to invite you to an interview for our platform team on Monday at 10:00.\n\nNell',
    ],
  ])('%s keeps its button', (_what, subject, body) => {
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@harbourhomes.example', subject, body }).kind).not.toBe('other');
  });

  it("an offer accepted, then a welcome event (Italian), is no programme committee's answer", () => {
    const body = 'Ciao Sam,\n\nsiamo felici che la nostra proposta di assunzione sia stata accettata! Ti aspettiamo lunedì all\'evento di benvenuto con il team.\n\nNell';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@brightloom.example', subject: 'Benvenuto!', body }).kind).not.toBe('other');
  });

  it('"Have a super day!" is no Superday', () => {
    const body = 'We would love to offer you an exclusive 20% discount on your next purchase. Just use promo code SPRING20 at checkout.\n\nHave a super day!';
    expect(extract({ fromName: 'Bloomfield Garden', fromEmail: 'nell@bloomfieldgarden.example', subject: 'Our offer for you', body }).kind).toBe('other');
  });

  it("the sender's own web address keeps the short name (Zurich, not the University of Zurich)", () => {
    const body = 'Hi Sam,\n\nI saw your MSc at the University of Zurich and would like to talk about an Actuarial Analyst opportunity in our London office.\n\nNell Okafor\nwww.zurich.com';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell.okafor@zurich.com', subject: 'Actuarial Analyst opportunity', body }).company).not.toBe('University of Zurich');
  });

  it('a bare thread number "(#12)" is cut too', () => {
    const body = 'We have filled this position, thank you all for applying!';
    expect(extract({ fromName: 'nell-okafor', fromEmail: 'notifications@github.com', subject: 'Re: [brightloom/jobs] Senior Rust Developer (#12)', body }).role).toBe('Senior Rust Developer');
  });

  it('a paper accepted for a conference in European Portuguese ("aceite") has nothing to decline', () => {
    const body = 'Olá Sam,\n\nTemos o prazer de informar que a sua comunicação foi aceite e que o seu contributo "Mapas do rio" foi aceite para a conferência GeoDias 2027.\n\nA comissão do programa';
    expect(extract({ fromName: 'GeoDias 2027', fromEmail: 'programa@geodias.example', subject: 'GeoDias 2027: o seu contributo', body }).kind).toBe('other');
  });
});
