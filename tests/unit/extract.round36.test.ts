// Hand-written messages for the mechanisms of issue 14's thirtieth round (gathering round 36). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('a way of working or a template placeholder names no employer', () => {
  it.each(['[Remote] Data Engineer @ Lumenfold', '[Remoto] Desenvolvedor Android @ Quintal Digital'])('%s', (subject) => {
    const body = 'Olá pessoal,\n\nEstamos contratando! Envie seu currículo para vagas@example.com.\n\nAbraços';
    const r = extract({ fromName: 'Marta Quental', fromEmail: 'notifications@github.com', subject, body });
    expect([r.company, r.suggestions?.company ?? null]).not.toContain('Remoto');
    expect([r.company, r.suggestions?.company ?? null]).not.toContain('Remote');
  });
  it.each(['NOME DA EMPRESA', 'NOMBRE DE LA EMPRESA', 'NOM DE L\'ENTREPRISE'])('"%s"', (placeholder) => {
    const body = `Hi all,\n\nWe are hiring a Backend Developer (Java). Apply via the form.\n\nExemplo: [São Paulo] Back-End Developer @ ${placeholder}`;
    const r = extract({ fromName: 'Marta Quental', fromEmail: 'notifications@github.com', subject: `Backend Developer @ ${placeholder}`, body });
    expect(r.company).toBeNull();
    expect(r.suggestions?.company ?? null).toBeNull();
  });
});

describe('a company the mail writes only after initials is offered, not stated', () => {
  const body = (name: string) => `Olá Marta,\n\nAgradecemos a sua candidatura à vaga de Técnico de Obra na ${name}. Entraremos em contacto consigo em breve.\n\nCom os melhores cumprimentos,\nA Equipa de Recrutamento ${name}`;
  it.each(['A. L. Quaresma', 'A.L. Quaresma'])('"%s"', (name) => {
    const r = extract({ fromName: '', fromEmail: 'recrutamento@alquaresma.example', subject: `Candidatura recebida - ${name}`, body: body(name) });
    expect(r.company).toBeNull();
  });
  it('a name the mail also writes without them stays stated', () => {
    const r = extract({ fromName: '', fromEmail: 'recrutamento@quaresma.example', subject: 'Candidatura recebida - Quaresma', body: body('Quaresma') });
    expect(r.company).toBe('Quaresma');
  });
});

describe('a job offer named in the subject and congratulated on in the text is an offer', () => {
  it.each([
    ['de', 'Feinwerk Lindner GmbH : Jobangebot - Zerspanungsmechaniker', 'Herzlichen Glückwunsch!\n\nSie können Ihr Gehaltspaket über den folgenden Link zusammenstellen.\n\nIhr Team der Feinwerk Lindner GmbH'],
    ['es', 'Oferta de trabajo - Técnico de calidad', '¡Felicidades, Lucía!\n\nAdjuntamos las condiciones para que las revises con calma.\n\nUn saludo,\nTeresa Ochoa'],
    ['en', 'Job offer - Quality Technician', 'Hi Sam,\n\nCongratulations! The details are in the attached document; let me know if anything is unclear.\n\nTeresa Ochoa'],
  ])('%s', (_lang, subject, body) => {
    expect(extract({ fromName: 'Teresa Ochoa', fromEmail: 'teresa@feinwerk-lindner.example', subject, body }).kind).toBe('offer');
  });
  it('a headhunter who congratulates the reader on a new role makes no offer', () => {
    const body = 'Hi Sam,\n\nCongratulations on your new role at Brightwell! I came across your profile and have a Head of Data opening at a fintech client that could be a great fit. Open to a quick chat?\n\nTeresa Ochoa\nOchoa Search';
    expect(extract({ fromName: 'Teresa Ochoa', fromEmail: 'teresa@ochoasearch.example', subject: 'Job offer - Head of Data', body }).kind).not.toBe('offer');
  });
  it('a job offer subject without congratulations is no offer', () => {
    const body = 'Hola Lucía,\n\nTengo una vacante de Técnico de calidad en una empresa industrial de Bilbao que encaja con tu perfil. ¿Te interesa?\n\nTeresa Ochoa';
    expect(extract({ fromName: 'Teresa Ochoa', fromEmail: 'teresa@ochoasearch.example', subject: 'Oferta de trabajo - Técnico de calidad', body }).kind).not.toBe('offer');
  });
});

describe('a title written in capitals ends where the capitals do', () => {
  const body = 'Hola a todos,\n\nBuscamos gente para sumarse al equipo. Si quieres saber más, escríbenos a jobs@example.com.\n\nSaludos';
  it('the employer and the place after it are no part of it', () => {
    const r = extract({ fromName: 'lucia-ochoa', fromEmail: 'notifications@github.com', subject: 'BACKEND DEVELOPER Quetzal Pagos Guatemala', body });
    expect(r.role ?? r.suggestions?.role).toBe('BACKEND DEVELOPER');
  });
  it('capitals without a head word keep the words after them', () => {
    const r = extract({ fromName: 'lucia-ochoa', fromEmail: 'notifications@github.com', subject: 'SAP FI Consultant', body });
    expect(r.role ?? r.suggestions?.role).toBe('SAP FI Consultant');
  });
});

describe("a platform relays the employer its sender's name gives", () => {
  const body = (employer: string) => `[Hirewell]\n\nDear Priya Raman,\n\nWe are pleased to invite you to an interview for the Payroll Analyst position at ${employer}.\n\nDate: Tuesday, 14 April\nTime: 11:00 AM\n\nBest regards,\n${employer} Team\n\n© 2026 Hirewell. All rights reserved.`;
  it('names the employer, not the platform', () => {
    const r = extract({ fromName: 'Saltmarsh Foods Team', fromEmail: 'notifications@hirewellapp.example', subject: 'Interview Invitation: Payroll Analyst at Saltmarsh Foods', body: body('Saltmarsh Foods') });
    expect(r.company).toBe('Saltmarsh Foods');
  });
  it("an employer the sender's name does not give is not taken for it", () => {
    const text = "[Hirewell]\n\nHi Priya,\n\nYour profile lists the Payroll Analyst position at Brightwell Mills, and we'd love to tell you about our finance team.\n\nBest regards,\nLumen Foods Team\n\n© 2026 Hirewell. All rights reserved.";
    const r = extract({ fromName: 'Lumen Foods Team', fromEmail: 'notifications@hirewellapp.example', subject: 'A finance role at Lumen Foods', body: text });
    expect(r.company).not.toBe('Brightwell Mills');
  });
});

describe('an agency that speaks of "the client" names no employer of its own', () => {
  it.each([
    ["We would like to inform you that your interview has been moved at the client's request to Friday at 10:00.", null],
    ['The client has asked to meet you on Friday at 10:00 for the interview with Harrowgate Dental.', 'Harrowgate Dental'],
  ])('%s', (sentence, company) => {
    const body = `Hi Rommel,\n\nThis e-mail is regarding your interview with Harrowgate Dental.\n\n${sentence}\n\nCarla Eskew\nRecruitment Team\nStaffbridge Philippines`;
    const r = extract({ fromName: 'Carla Eskew | Staffbridge', fromEmail: 'recruitment@staffbridge.example', subject: 'Update on your interview with Harrowgate Dental', body });
    expect(r.company).not.toBe('Staffbridge');
    if (company !== null) expect(r.company).toBe(company);
  });
});

describe('a From name written surname first with a generation', () => {
  it.each([
    ['Ashworth Jr., Neil C.', 'Neil'],
    ['Pemberton III, Clara', 'Clara'],
  ])('%s', (fromName, first) => {
    const body = 'Hi Sam,\n\nCould we meet on Friday at 10:00 for an interview for the Analyst role?\n\nThanks';
    expect(extract({ fromName, fromEmail: 'recruiting@halden.example', subject: 'Interview on Friday', body }).firstName).toBe(first);
  });
});

describe("an acknowledgement's subject over an outline of the process", () => {
  it.each([
    ['de', 'Ihre Bewerbung bei Lindenhof Pflege – vielen Dank!', 'Guten Tag Frau Aksoy,\n\nvielen Dank für Ihre Bewerbung als Pflegehelferin.\n\nSo geht es weiter:\n1. Wir sichten Ihre Unterlagen innerhalb einer Woche.\n2. Bei positiver Vorauswahl laden wir Sie zu einem Vorstellungsgespräch ein.\n\nHerzliche Grüße\nIhr Team von Lindenhof Pflege'],
    ['pt', 'Confirmação de Candidatura - Analista de Compras', 'Olá Bruna,\n\nSua candidatura para a vaga de Analista de Compras foi recebida com sucesso!\n\nPróximos passos:\n1. Seu perfil será analisado pela equipe\n2. Caso aprovada, você será convidada para uma entrevista\n\nAtenciosamente,\nEquipe Sobral Têxtil'],
  ])('%s: nothing to decline', (_lang, subject, body) => {
    expect(extract({ fromName: 'Recruiting', fromEmail: 'jobs@sobral.example', subject, body }).kind).toBe('other');
  });
  it('with a time proposed it is an invitation', () => {
    const body = 'Hi Leilani,\n\nThank you for applying for the Data Engineer position. We would like to invite you to an interview on Thursday at 14:00.\n\nBest,\nRecruiting team';
    expect(extract({ fromName: 'Recruiting', fromEmail: 'jobs@hexa.example', subject: 'Application received - Data Engineer', body }).kind).toBe('interview');
  });
});

describe('refusals in words the tables had not read', () => {
  it.each([
    ['en', 'Your interview with Harrow & Pike', "Dear Ms. Osei,\n\nWhile we were impressed with your background, another candidate's qualifications more closely match our needs, and we cannot offer you employment at this time.\n\nSincerely,\nHuman Resources\nHarrow & Pike"],
    ['es', 'Resultado de tu entrevista – Analista', 'Hola Clara,\n\nGracias por tu tiempo en la entrevista para el puesto de Analista. Tras valorarlo, decidimos seguir con otra persona.\n\nSaludos,\nRocío Paredes'],
  ])('%s: nothing to decline', (_lang, subject, body) => {
    expect(extract({ fromName: 'Rocío Paredes', fromEmail: 'rh@paredes.example', subject, body }).kind).toBe('other');
  });
});

describe('a position closed by an offer to someone else, an interview only on interest', () => {
  it('en: an offer made to another candidate closes it', () => {
    const body = 'Dear Mr. Lindqvist,\n\nThank you for your patience. We have made an offer to a candidate today; therefore, this opportunity has now closed. Thank you for your interest in employment with us.\n\nSharon Bexley\nHuman Resources';
    expect(extract({ fromName: 'Sharon Bexley', fromEmail: 'sbexley@lakeview.example', subject: 'RE: Following up on my interview', body }).kind).toBe('other');
  });
  it("fr: an interview 'en cas d'intérêt' invites to nothing yet", () => {
    const body = "Merci pour votre candidature. Nous l'avons bien reçue.\n\nVous recevrez une réponse sous 7 jours. En cas d'intérêt, nous vous contacterons pour convenir d'un entretien sur site.\n\nCordialement,\nMaëlle Roux\nResponsable RH, Résidence Les Aulnes";
    expect(extract({ fromName: 'Maëlle Roux', fromEmail: 'rh@lesaulnes.example', subject: 'RE: Candidature auxiliaire de vie', body }).kind).toBe('other');
  });
});

describe('an offer that names when it would be withdrawn is still an offer', () => {
  it.each([
    ['If the conditions are not met by 1 March we will withdraw our offer.', 'offer'],
    ['We reserve the right to withdraw the offer if the references are not satisfactory.', 'offer'],
    ['Due to a change in headcount we have had to withdraw the offer for this position.', 'other'],
  ])('%s', (sentence, kind) => {
    const body = `Dear Ingrid,\n\nWe are pleased to offer you the position of Research Engineer at Fjordlab, starting on 1 April.\n\n${sentence}\n\nKind regards,\nHalvard Nes\nHR, Fjordlab`;
    const subject = kind === 'offer' ? 'Offer of employment – Research Engineer' : 'Re: Your offer from Fjordlab';
    expect(extract({ fromName: 'Halvard Nes', fromEmail: 'halvard@fjordlab.example', subject, body: kind === 'offer' ? body : `Dear Ingrid,\n\n${sentence} I am very sorry.\n\nHalvard Nes` }).kind).toBe(kind);
  });
});

describe('a recruiter who has a role for the reader', () => {
  it('is an approach', () => {
    const body = 'I have a permanent role open for a senior backend developer who wants to learn machine learning. The company is well established and based in Boston.';
    expect(extract({ fromName: 'Odile Marchetti', fromEmail: 'odile@brightpath-search.example', subject: 'Permanent role in Boston', body }).kind).toBe('outreach');
  });
});

describe('a headhunter who has a position to discuss names no employer in the signature', () => {
  it('the firm that signs is not the employer', () => {
    const body = 'Dana:\n\nPlease send me your resume. I have a senior position that I would like to discuss.\n\nRegards,\n\nWalt Brennick\nPresident\nBrennick Energy, Inc.\n(713) 555 0188';
    const r = extract({ fromName: 'wbrennick@brennickenergy.example', fromEmail: 'wbrennick@brennickenergy.example', subject: 'Senior Trading Position', body });
    expect(r.company).toBeNull();
    expect(r.firstName).toBe('Walt');
  });
});

describe("the review's counter-examples", () => {
  it.each([
    ['a friend', 'Guess what', 'Hi Sam,\n\nGuess what: I have a new job that starts in March! Dinner on me next week?\n\nJonas'],
    ['an office notice', 'Visitors', 'Hello all,\n\nA reminder that we have a requirement that all visitors sign in at reception.\n\nFacilities'],
  ])('%s: "I/we have a … that" is no approach', (_who, subject, body) => {
    expect(extract({ fromName: 'Jonas Weber', fromEmail: 'jonas.weber@gmail.com', subject, body }).kind).toBe('other');
  });
  it.each([
    ['Job offer - Head of Data', 'Hi Sam,\n\nCongratulations on your well-deserved promotion! I have a Head of Data opening at a fintech client. Open to a quick chat?\n\nTeresa'],
    ['Oferta de empleo: Jefe de Proyecto', 'Hola Lucía,\n\nFelicidades por tu trayectoria en el sector. Tengo una vacante de Jefe de Proyecto en una empresa de Bilbao. ¿Hablamos?\n\nTeresa'],
    ['Job offer: Warehouse Associate', 'Congratulations! Your profile matches a new job offer near you: Warehouse Associate at Brightline Logistics. Apply now with one click.'],
  ])('congratulations on something else under "%s" make no offer', (subject, body) => {
    expect(extract({ fromName: 'Teresa Ochoa', fromEmail: 'teresa@ochoasearch.example', subject, body }).kind).not.toBe('offer');
  });
  it('a withdrawal that takes effect is a rescinded offer', () => {
    const body = 'Dear Ingrid,\n\nFollowing the results of the background check, we will withdraw our offer of employment for the Research Engineer position, effective today.\n\nHalvard Nes\nHR, Fjordlab';
    expect(extract({ fromName: 'Halvard Nes', fromEmail: 'halvard@fjordlab.example', subject: 'Your offer from Fjordlab', body }).kind).toBe('other');
  });
  it.each(['DATA ENGINEER Intern', 'SALES MANAGER Assistant', 'SAP FI CONSULTANT Senior'])('"%s" keeps the word after the capitals', (subject) => {
    const body = 'Hola a todos,\n\nBuscamos gente para sumarse al equipo. Si quieres saber más, escríbenos a jobs@example.com.\n\nSaludos';
    const r = extract({ fromName: 'lucia-ochoa', fromEmail: 'notifications@github.com', subject, body });
    expect(r.role ?? r.suggestions?.role ?? '').toMatch(/ (?:Intern|Assistant|Senior)$/);
  });
  it.each(['NOM DE LA SOCIÉTÉ', 'NOMBRE DE TU EMPRESA'])('the placeholder "%s" names no employer', (placeholder) => {
    const body = `Hi all,\n\nWe are hiring a Backend Developer. Apply via the form.\n\nExemplo: Back-End Developer @ ${placeholder}`;
    expect(extract({ fromName: 'Marta Quental', fromEmail: 'notifications@github.com', subject: `Backend Developer @ ${placeholder}`, body }).company).toBeNull();
  });
  it.each([
    ['Thank you for your application – Data Engineer', 'Dear Priya,\n\nThank you for your application. We would like to invite you to a first interview; our coordinator will send you a calendar invitation.\n\nBest,\nRecruiting team'],
    ['Ihre Bewerbung – vielen Dank!', 'Guten Tag Frau Aksoy,\n\nvielen Dank für Ihre Bewerbung. Gerne möchten wir Sie zu einem Vorstellungsgespräch einladen. Bitte nennen Sie uns Ihre Verfügbarkeit.\n\nIhr Team'],
  ])('an invitation under the acknowledgement subject "%s" keeps its button', (subject, body) => {
    expect(extract({ fromName: 'Recruiting', fromEmail: 'jobs@hexa.example', subject, body }).kind).toBe('interview');
  });
  it('Spanish thanks for an interview followed by a second one is an interview', () => {
    const body = 'Hola Clara,\n\nGracias por tu tiempo en la entrevista del martes. Nos gustaría invitarte a una segunda entrevista el jueves 16 a las 10:00.\n\nSaludos,\nRocío Paredes';
    expect(extract({ fromName: 'Rocío Paredes', fromEmail: 'rocio@paredes.example', subject: 'Segunda entrevista', body }).kind).toBe('interview');
  });
});
