// Issue 14, third round: when a company or a name is trustworthy. Hand-written messages; none is copied from a corpus.
import { extract } from '../support/extract-message';
import { matchQuality, readDomain, splitIsGuess } from '../../core/extract/company/domain';


describe('sender domains', () => {
  it('reads a job board or career portal by the words of its name as a relay', () => {
    expect(readDomain('noreply@jobportalplus.com').kind).toBe('relay');
    expect(readDomain('alerts@nurse-vacancies.org').kind).toBe('relay');
    expect(readDomain('info@bolsadetrabajo-sur.cl').kind).toBe('relay');
    expect(readDomain('jobs@brightwater.com').kind).toBe('company');
  });

  it('skips a service label and a legal form to find the name', () => {
    expect(readDomain('noreply@school-vacancies.service.gov.uk')).toMatchObject({ label: 'school-vacancies', kind: 'relay' });
    expect(readDomain('karriere@holzwerk-gmbh.de')).toMatchObject({ label: 'holzwerk', key: 'holzwerk', kind: 'company' });
  });

  it('marks generic and placeholder domains', () => {
    expect(readDomain('hr@hrms.io').generic).toBe(true);
    expect(readDomain('talents@entreprise-x.fr').generic).toBe(true);
    expect(readDomain('jane@kestrelworks.com').generic).toBeUndefined();
  });

  it('fits a name whose first word is an organisation word to the domain', () => {
    expect(matchQuality('Gemeente Ooststad', 'ooststad')).toBe(2);
  });

  it('calls a split before a glued-on suffix a guess', () => {
    expect(splitIsGuess('brighttech')).toBe(true);
    expect(splitIsGuess('bright-tech')).toBe(false);
    expect(splitIsGuess('quarryhealth')).toBe(false);
  });
});

describe('company precision', () => {
  it('never gives a job board its own name as the employer, and keeps the employer it names', () => {
    const r = extract({
      fromName: 'JobPortalPlus',
      fromEmail: 'noreply@jobportalplus.com',
      subject: 'Interview request for Warehouse Supervisor',
      body: 'Hello Ana,\n\nGood news: Orrin Foods is interested in your profile for the Warehouse Supervisor position at Orrin Foods and would like to invite you to an interview.\n\nThe JobPortalPlus team\n',
    });
    expect(r.company).toBe('Orrin Foods');
  });

  it('reads a sender whose display name is a career portal as a relay', () => {
    const r = extract({
      fromName: 'Portal de Empleo Instituto Andes',
      fromEmail: 'empleo@institutoandes.cl',
      subject: 'Ofertas para ti',
      body: 'Hola Marta,\n\nEstas ofertas podrían interesarte:\n\nTécnico eléctrico\nAsistente contable\n\nSaludos,\nPortal de Empleo\nInstituto Andes\n',
    });
    expect(r.company).toBeNull();
  });

  it('does not state a generic or placeholder domain as the company', () => {
    const r = extract({ fromName: 'Dana Holt', fromEmail: 'dana.holt@hrms.io', subject: 'Interview', body: 'Hi Sam,\n\nCould we schedule an interview next week?\n\nDana Holt\n' });
    expect(r.company).toBeNull();
    const x = extract({ fromName: 'Recrutement', fromEmail: 'rh@entreprise-x.fr', subject: 'Votre candidature', body: 'Bonjour,\n\nNous souhaitons vous rencontrer pour un entretien.\n' });
    expect(x.company).toBeNull();
  });

  it('does not state an automated sender the text never names', () => {
    const r = extract({ fromName: 'Meetflow', fromEmail: 'noreply@meetflow.app', subject: 'Your interview is booked', body: 'Hello Kim,\n\nYour interview is booked for Monday at 10:00. Use the button below to join.\n' });
    expect(r.company).toBeNull();
    expect(r.suggestions?.company).toBe('Meetflow');
  });

  it('keeps an employer that signs its own automated mail with a department', () => {
    const r = extract({
      fromName: 'Tarnbrook Recruitment',
      fromEmail: 'no-reply@tarnbrook.com',
      subject: 'Interview invitation',
      body: 'Dear Kim,\n\nWe would like to invite you to an interview on Monday at 10:00.\n\nRecruitment team\n',
    });
    expect(r.company).toBe('Tarnbrook');
  });

  it('reads German and English agency cues: an agency never names itself the employer', () => {
    const de = extract({
      fromName: 'Jonas Berg',
      fromEmail: 'j.berg@suedlicht-personal.de',
      subject: 'Vertraulich: Leitung Logistik',
      body: 'Hallo Herr Roth,\n\nich unterstütze aktuell einen Mittelständler bei der Besetzung der Position Leitung Logistik. Ihr Profil passt gut zu dem, was mein Mandant sucht.\n\nViele Grüße\nJonas Berg\nSüdlicht Personal GmbH\n',
    });
    expect(de.company).toBeNull();
    const en = extract({
      fromName: 'Holly Marsh',
      fromEmail: 'holly@greyfriarsteam.co.uk',
      subject: 'Update',
      body: 'Hi Tom,\n\nThree new roles we place this month: a Financial Controller, a Payroll Manager and an FP&A Analyst.\n\nBest,\nHolly Marsh\nGreyfriars Team Ltd\n',
    });
    expect(en.company).toBeNull();
  });

  it('writes the name a team display name and the text give, not the team', () => {
    const r = extract({
      fromName: 'CPA Panel Schedulers',
      fromEmail: 'panels@cpa.example.gov',
      subject: 'Panel interview confirmed',
      body: 'Dear Ruth,\n\nThis confirms your panel interview with the Coastal Planning Authority for the Planner position on June 2.\n\nCoastal Planning Authority Schedulers\n',
    });
    expect(r.company).toBe('Coastal Planning Authority');
    const g = extract({
      fromName: 'Harlow Group Careers',
      fromEmail: 'careers@harlowgroup.com',
      subject: 'Thank you',
      body: 'Thank you for applying. We have received your application.\n\nHarlow Group of Companies\n',
    });
    expect(g.company).toBe('Harlow Group of Companies');
  });

  it('keeps a split domain name as a suggestion only', () => {
    const r = extract({ fromName: 'Lee Park', fromEmail: 'lee@brighttech.com', subject: 'Interview', body: 'Hi Sam,\n\nCould we schedule an interview next week?\n\nLee\n' });
    expect(r.company).toBeNull();
    expect(r.suggestions?.company).toBe('Bright Tech');
  });
});

describe('names that are not people', () => {
  it.each([
    ['a common noun of the hiring side', 'Employer'],
    ['a company with a legal form', 'Nordlicht SARLU'],
    ['a public body', 'Gemeente Ooststad'],
    ['a committee', 'Selection Committee'],
    ['a signing formula', 'Authorized Signatory'],
  ])('never takes %s for the signer', (_what, signer) => {
    const r = extract({
      fromName: 'Recruitment',
      fromEmail: 'jobs@ooststad.example.nl',
      subject: 'Interview',
      body: `Dear Kim,\n\nWe invite you to an interview on Monday at 10:00.\n\nYours sincerely,\n\n${signer}\n`,
    });
    expect(r.firstName).toBeNull();
    expect(r.fullName).toBeNull();
  });

  it('reads a display name with a department word as the organisation', () => {
    const r = extract({
      fromName: 'Gemeente Ooststad Personeelszaken',
      fromEmail: 'personeelszaken@ooststad.example.nl',
      subject: 'Uw sollicitatie',
      body: 'Geachte heer Smit,\n\nHelaas is onze keus niet op u gevallen.\n\nMet vriendelijke groet,\n\nAfdeling Personeelszaken\n',
    });
    expect(r).toMatchObject({ firstName: null, company: 'Gemeente Ooststad' });
  });
});

describe('stage cues', () => {
  it.each([
    ['a different candidate', 'Hi Ana,\n\nWe really appreciate you applying to the Analyst position at Tarnbrook. At this time, we have chosen to move forward with a different candidate. We expect to have other positions open soon.\n\nBest,\nLee Park\n'],
    ['no matching openings', 'Dear Ana,\n\nThank you for the interest you have shown in a career opportunity with our firm. While your background is interesting, we have no openings that are a match for your skills and experience.\n\nRegards,\nLee Park\n'],
  ])('reads a rejection worded with %s as nothing to decline', (_what, body) => {
    const r = extract({ fromName: 'Lee Park', fromEmail: 'lee@tarnbrook.com', subject: 'CV received', body });
    expect(r.kind).toBe('other');
  });

  it('reads a German offer announcement as an offer', () => {
    const r = extract({
      fromName: 'Lena Brandt',
      fromEmail: 'l.brandt@moorfeld.de',
      subject: 'Zusage: Ihre Bewerbung als Elektroniker',
      body: 'Sehr geehrter Herr Ochs,\n\nwir freuen uns, Ihnen eine Stelle als Elektroniker bei Moorfeld anbieten zu können. Ein formelles Angebot folgt.\n\nMit freundlichen Grüßen\nLena Brandt\n',
    });
    expect(r.kind).toBe('offer');
  });

  it('reads a request to arrange a meeting after an application as an interview', () => {
    const r = extract({
      fromName: 'Claire Dubois',
      fromEmail: 'c.dubois@atelier-vigne.fr',
      subject: 'Votre candidature',
      body: "Bonjour,\n\nVotre candidature a retenu notre attention. Pouvez-vous me rappeler afin que nous puissions convenir d'un rendez-vous ?\n\nClaire Dubois\n",
    });
    expect(r.kind).toBe('interview');
  });

  it('reads a nudge about positions at the company as outreach', () => {
    const r = extract({
      fromName: 'Mia Stone',
      fromEmail: 'mia@quarrylight.io',
      subject: 'RE: A talk with Quarrylight',
      body: 'Happy Thursday, Sam.\n\nJust thought I would love to connect for 15 mins whenever you are available and talk more about the opportunities at Quarrylight.\n\nMia\n',
    });
    expect(r.kind).toBe('outreach');
  });

  it('keeps a first approach that proposes a screening call as outreach, with the interview as the alternative', () => {
    const r = extract({
      fromName: 'Mia Stone',
      fromEmail: 'mia@quarrylight.io',
      subject: 'Platform Engineer at Quarrylight',
      body: 'Hi Sam,\n\nI came across your profile and was impressed by your background. Would you be available for a quick screening call this week?\n\nMia Stone\n',
    });
    expect(r.kind).toBe('outreach');
    expect(r.stageAlternatives).toContain('interview');
  });
});

describe('role cues', () => {
  it.each([
    ['German compounds without an English head', 'Ihre Bewerbung', 'Sehr geehrte Frau Roth,\n\nvielen Dank für Ihre Bewerbung als Technische Zeichnerin.\n\nMit freundlichen Grüßen\nIhr Team\n', 'Technische Zeichnerin'],
    ['a Dutch compound', 'Uw sollicitatie', 'Beste Sanne,\n\nDank voor je sollicitatie voor de functie van werkvoorbereider bij ons.\n\nMet vriendelijke groet,\nFemke\n', 'Werkvoorbereider'],
    ['a lower-case French title, head first', 'Votre candidature', "Bonjour Léa,\n\nMerci pour votre candidature au poste de vendeuse en boutique bio. Nous souhaitons vous rencontrer.\n\nCordialement\n", 'Vendeuse en Boutique Bio'],
    ['"recruitment process for"', 'Invitation', 'Dear Kim,\n\nWe would like to invite you to join our recruitment process for Junior Flutter Developer at our office.\n\nRegards\n', 'Junior Flutter Developer'],
  ])('reads %s', (_what, subject, body, role) => {
    expect(extract({ fromName: 'Recruiting', fromEmail: 'jobs@moorfeld.de', subject, body }).role).toBe(role);
  });

  it('never takes the sender organisation in the From header for the role', () => {
    const r = extract({
      fromName: 'Studio Tecnico Rossi & Associati',
      fromEmail: 'hr@studiorossi.it',
      subject: 'Studio Tecnico Rossi & Associati: la tua candidatura',
      body: 'Ciao,\n\ngrazie per il tuo interesse e tempo.\n\nSaluti\n--\nStudio Tecnico Rossi & Associati\n',
    });
    expect(r.role).toBeNull();
  });
});

describe('automated mail', () => {
  it('offers a lone first name under a no-reply mail as a suggestion only', () => {
    const r = extract({
      fromName: 'Hireflow',
      fromEmail: 'noreply@hireflow.ai',
      subject: 'Your interview is confirmed',
      body: 'Hi Kim,\n\nYour interview with Tarnbrook is confirmed for Monday at 10:00.\n\nCheers,\nMax\n',
    });
    expect(r.firstName).toBeNull();
    expect(r.suggestions?.firstName).toBe('Max');
  });

  it('keeps a full name signed under a no-reply mail', () => {
    const r = extract({
      fromName: 'Tarnbrook Careers',
      fromEmail: 'careers-noreply@tarnbrook.com',
      subject: 'Your interview is confirmed',
      body: 'Hi Kim,\n\nYour interview is confirmed for Monday at 10:00.\n\nBest regards,\nMaxine Okafor\nRecruiter\n',
    });
    expect(r.firstName).toBe('Maxine');
  });

  it('never takes a job board signature for the employer', () => {
    const r = extract({
      fromName: 'Nurse Vacancies',
      fromEmail: 'noreply@nurse-vacancies.org',
      subject: 'Your application was viewed',
      body: 'Hello Kim,\n\nA hospital has viewed your application.\n\nBest regards,\nNurse Vacancies team\nHarbour Health Services Ltd\n',
    });
    expect(r.company).toBeNull();
  });
});
