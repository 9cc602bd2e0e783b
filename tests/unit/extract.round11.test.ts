// Hand-written messages for the mechanisms of issue 14's eighth round (gathering round 11). None is copied from a
// fixture.
import { extract } from '../support/extract-message';
import { STATE_AT, confidence } from '../../core/extract/confidence';
import { datelinePlaces } from '../../core/extract/company/places';
import { phrasePattern } from '../../core/extract/phrase-table';

const mail = (subject: string, body: string, fromName = 'Hanna Berglund', fromEmail = 'hanna.berglund@ostrava-mills.example') =>
  extract({ fromName, fromEmail, subject, body });

describe('refusals in words the tables lacked are nothing to decline', () => {
  it.each([
    ['We reviewed your resume against the requirements and decided to not move forward at this time.'],
    ['Thanks for your patience. The hiring manager is looking to pass at this time, but I will keep you in mind.'],
    ["We enjoyed the day with you, but we don't think you meet the bar we set for this position."],
    ['Other candidates we have interviewed are more closely matched to the role, so we will not continue.'],
    ['Due to budget cuts we must withdraw our job offer for the Analyst role.'],
  ])('English: %s', (sentence) => {
    // The job talk around it ("your resume", "the position") would make it a first approach if the refusal were missed.
    const body = `Hi Sam,\n\nI went through your resume with the manager for the Data Analyst position. ${sentence}\n\nBest,\nHanna`;
    expect(mail('RE: Scheduling a conversation', body).kind).toBe('other');
  });

  it('French "d\'y donner une suite" after an interview', () => {
    const r = mail(
      'Suite donnée à votre candidature',
      "Bonjour Paul,\n\nMerci pour le temps consacré à votre entretien. Après étude de votre candidature, nous ne sommes pas en mesure d'y donner une suite favorable.\n\nCordialement",
    );
    expect(r.kind).toBe('other');
  });

  it.each([
    ['Po analizie aplikacji zdecydowaliśmy się na inny profil kandydata.'],
    ['Twoja rekrutacja na to stanowisko została odrzucona.'],
  ])('Polish: %s', (sentence) => {
    // The profile and the CV are job talk: missed, the refusal would read as a first approach.
    const body = `Szanowny Kandydacie,\n\ndziękujemy za zainteresowanie stanowiskiem Tester Oprogramowania i przesłanie CV. Twój profil i doświadczenie zrobiły na nas wrażenie. ${sentence}\n\nŻyczymy powodzenia.\nZespół HR`;
    expect(mail('Aktualizacja statusu aplikacji - Tester Oprogramowania', body).kind).toBe('other');
  });

  it('an if-clause that promises a refusal does not refuse', () => {
    const r = mail(
      'Interview invitation – Data Analyst',
      'Hi Sam,\n\nWe would like to invite you to an interview for the Data Analyst position on Tuesday at 10:00.\n\nIf we decide to not move forward after it, we will let you know by email.\n\nBest,\nHanna',
    );
    expect(r.kind).toBe('interview');
  });
});

describe('invitations and next steps', () => {
  it('an invitation to a final interview after a first one is the next step, in French', () => {
    const r = mail(
      'Invitation à un entretien final — Développeur Python',
      "Bonjour Karim,\n\nSuite à votre entretien en ligne, nous avons le plaisir de vous convier à un entretien final pour le poste de Développeur Python.\n\nDate : jeudi 21 mai à 10h30\n\nCordialement,\nInès Moreau",
      'Inès Moreau',
      'ines.moreau@numidia-example.fr',
    );
    expect(r.kind).toBe('interview');
  });

  it('a thank-you for an interview with no new step stays a status update', () => {
    const r = mail('Suite à votre entretien', "Bonjour Karim,\n\nSuite à votre entretien, nous reviendrons vers vous d'ici la fin du mois.\n\nCordialement,\nInès Moreau");
    expect(r.kind).toBe('other');
  });

  it('an acknowledgement whose interview is only promised on a condition invites to nothing', () => {
    const r = mail(
      'Your application was received',
      'Dear Tobias,\n\nThank you for applying. Our hiring team will review all applications soon. If you are among the qualified candidates, you will receive an email from one of our recruiters, shortlisting you and scheduling an interview.\n\nBest regards,\nRecruitment',
      'Harbour Freight Careers',
      'careers@harbour-freight.example',
    );
    expect(r.kind).toBe('other');
  });

  it('an acknowledgement whose next stage is only promised on a condition invites to nothing', () => {
    const r = mail(
      'Thank you for applying: Risk Analyst',
      'Dear Ayesha,\n\nThank you for your application for the Risk Analyst role. If your application is shortlisted, we will be in touch within two weeks to arrange the next stage.\n\nRecruitment Team',
      'Eastbank Careers',
      'donotreply@eastbank.example',
    );
    expect(r.kind).toBe('other');
  });

  it.each([
    ["Thanks for applying for the Junior QA Engineer role. I'd love to set up a quick call to learn more about your experience."],
    ['Thanks for applying for the Designer role. Please let me know when you are free to speak this week.'],
  ])('an acknowledgement that asks to talk after an application is the next step: %s', (sentence) => {
    expect(mail('Your application - Junior QA Engineer', `Hi Samuel,\n\n${sentence}\n\nBest,\nHanna`).kind).toBe('interview');
  });

  it('"selected to go on to the next phase" with an interview is an invitation, in Spanish', () => {
    const r = mail(
      'Citación a entrevista - Auxiliar Contable',
      'Hola Valentina,\n\nHemos revisado tu postulación para el cargo de Auxiliar Contable y nos complace informarte que has sido seleccionado(a) para la siguiente fase del proceso.\n\nEntrevista programada: martes 9 de abril a las 9:30.\n\nSaludos cordiales,\nRecursos Humanos',
    );
    expect(r.kind).toBe('interview');
  });

  it('a Spanish offer that says "selected" with no further step stays an offer', () => {
    const r = mail(
      'Resultado del proceso de selección - Auxiliar de Enfermería',
      'Hola Julián,\n\nNos complace informarte que has sido seleccionado/a para la vacante de Auxiliar de Enfermería. Contrato a término indefinido, salario mensual de 2.350.000.\n\nPronto recibirás los documentos de vinculación.\n\nTalento Humano',
    );
    expect(r.kind).toBe('offer');
  });
});

describe('offers in words the tables lacked', () => {
  it('"selected for the <title> position" with a title in between', () => {
    const r = mail(
      'Congratulations - Store Operations Supervisor',
      'Dear Ingrid,\n\nWe are delighted to inform you that you have been selected for the Store Operations Supervisor position at Tallow Street. Welcome to the team!\n\nBest,\nHanna',
    );
    expect(r.kind).toBe('offer');
  });

  it('an appointment letter', () => {
    const r = mail(
      'Appointment as Business Analyst',
      'Dear Karthik,\n\nWith reference to your application and our discussions, we are pleased to appoint you as Business Analyst in our Client Solutions department.\n\nRegards,\nHR',
    );
    expect(r.kind).toBe('offer');
  });

  it('status words do not outweigh an offer being prepared', () => {
    const r = mail(
      'Following up on our conversation',
      "Dear Sanjay,\n\nThank you for meeting with us on Tuesday. We're pleased to let you know that we're preparing an offer for you; it is taking longer than expected to finalise the details.\n\nBest,\nHanna",
    );
    expect(r.kind).toBe('offer');
  });
});

describe('job talk in more languages', () => {
  it.each([
    ['es', '¿Estás interesado en trabajar con nosotros? Es un trabajo a tiempo parcial desde casa.'],
    ['pt', 'Você estaria interessado em trabalhar conosco a partir de casa?'],
    ['pl', 'Jakiś czas temu pisałam w sprawie propozycji współpracy. Czy byłby Pan otwarty na zmiany?'],
    ['pl', 'Cześć! Poszukuję Integration Specialist dla mojego klienta. Porozmawiamy?'],
  ])('%s: a first approach is outreach', (_lang, sentence) => {
    expect(mail('Propozycja', `Dzień dobry,\n\n${sentence}\n\nKatarzyna Wójcik`, 'Katarzyna Wójcik', 'katarzyna.wojcik@integra-example.pl').kind).toBe('outreach');
  });

  it('talent-pool and account mail is nothing to decline', () => {
    expect(mail('Welcome', 'Hi Pavel,\n\nGood news: your profile has been added to our talent pool. We will contact you when a matching position opens.\n\nThe Team').kind).toBe('other');
    expect(mail('Welcome to Jobfield', 'Hello,\n\nWelcome to Jobfield! Your account has been created. Complete your profile and browse open positions.\n\nJobfield').kind).toBe('other');
  });
});

describe('a gender ending belongs to its word in the phrase tables', () => {
  it.each(['seleccionado/a', 'seleccionado(a)', 'seleccionada'])('"%s" matches "seleccionad*"', (word) => {
    expect(new RegExp(phrasePattern('has sido seleccionad* para la vacante'), 'u').test(`has sido ${word} para la vacante`)).toBe(true);
  });

  it('"and/or" is no gender ending', () => {
    expect(new RegExp(phrasePattern('and or'), 'u').test('and/or')).toBe(false);
  });
});

describe('places, events and contract types are no company', () => {
  it.each([
    ['Trujillo, 4 de mayo de 2026', 'trujillo'],
    ['Berlin, den 12. März 2026', 'berlin'],
    ['Paris, le 3 mai 2026', 'paris'],
    ['San Andrés de Giles, 12/05/2026', 'san andrés de giles'],
    ['Austin, May 4, 2026', 'austin'],
  ])('a dateline names a place: %s', (line, place) => {
    expect([...datelinePlaces([line])]).toEqual([place]);
  });

  it.each(['Acme Robotics, Inc.', 'Dear Jorge, thank you for 2026', 'Trujillo, a lovely city in 2026'])('no dateline: %s', (line) => {
    expect(datelinePlaces([line]).size).toBe(0);
  });

  it("a dateline's town the sender's domain also names is no company", () => {
    const r = extract({
      fromName: 'Carmen Salazar',
      fromEmail: 'seleccion@colegio-trujillo.example',
      subject: 'Oferta Laboral - Docente de Matemática',
      body: 'Área de Recursos Humanos\n\nTrujillo, 4 de mayo de 2026\n\nEstimado Jorge,\n\nNos complace ofrecerte el puesto de Docente de Matemática. Por favor confirma tu aceptación.\n\nAtentamente,\nCarmen Salazar',
    });
    expect(r.company).not.toBe('Trujillo');
  });

  it.each(['LSU Spring Career Fair', 'Nordic Tech Summit', 'Anywhere', 'CDI', 'Vollzeit'])('"%s" is never stated as a company', (value) => {
    expect(confidence('company', 'stated', value)).toBeLessThan(STATE_AT);
  });

  it.each(['Chef de partie', 'Data Engineer'])('"%s" stays a title', (title) => {
    expect(confidence('role', 'body-strong', title)).toBeGreaterThanOrEqual(STATE_AT);
  });

  it('a title that ran into "Teil unseres Teams" is only a suggestion', () => {
    expect(confidence('role', 'body-strong', 'Alltagsbegleitung Teil')).toBeLessThan(STATE_AT);
  });
});

describe('departments and organisations in From names', () => {
  it('a graduate recruitment team names its company without "Graduate"', () => {
    const r = extract({
      fromName: 'Corvane Systems Graduate Recruitment',
      fromEmail: 'graduates@corvane-systems.example',
      subject: 'RE: Application - Software Engineer',
      body: 'Thank you for contacting us. We are sorry to learn that you will not be proceeding with your application.\n\nGraduate Recruitment Team\nCorvane Systems',
    });
    expect(r.company).not.toBe('Corvane Systems Graduate');
  });

  it('an architecture practice is no person', () => {
    const r = extract({
      fromName: 'Whlc Architecture',
      fromEmail: 'careers@whlc-example.com',
      subject: 'Great meeting you',
      body: 'Dear Madison,\n\nThank you for stopping by. Our team will review the information you shared.\n\nThe Hiring Team',
    });
    expect(r.firstName).toBeNull();
  });

  it("a job board's digest of several employers' jobs does not state the board as the employer", () => {
    const r = extract({
      fromName: 'Workfield Jobs',
      fromEmail: 'alerts@workfield-mail.example',
      subject: '3 new jobs: react, typescript',
      body: 'Hi devon,\n\nWe found 3 new jobs matching your alert "Frontend remote":\n\nSenior React Developer\nPinewood Labs | Remote\n\nFrontend Engineer\nCastellan Pay | Austin\n\nSee all matching jobs',
    });
    expect(r.kind).toBe('other');
    expect(r.company).toBeNull();
  });
});

describe('titles with a gender ending and teachers', () => {
  it.each([
    ['Oferta de empleo - Programador/a Backend', 'Programador/a Backend'],
    ['Oferta: Técnico/a de Laboratorio', 'Técnico/a de Laboratorio'],
    ['Oferta Laboral - Docente de Física', 'Docente de Física'],
    ['Candidature – Enseignante de Mathématiques', 'Enseignante de Mathématiques'],
  ])('the subject "%s" names the role', (subject, role) => {
    const r = extract({ fromName: 'Lucía Vidal', fromEmail: 'lucia.vidal@colegio-example.es', subject, body: 'Hola,\n\nGracias por tu interés. Te escribimos sobre la vacante indicada en el asunto.\n\nLucía Vidal' });
    expect(r.role ?? r.suggestions?.role).toBe(role);
  });
});

describe('Danish, Norwegian, Swedish and Polish titles (round 12)', () => {
  it.each([
    ['da', 'Vi vil gerne invitere dig til en samtale om stillingen som Lagerkoordinator hos os.', 'Lagerkoordinator'],
    ['sv', 'Vi erbjuder dig härmed tjänsten som Projektledare på vårt kontor i Malmö.', 'Projektledare'],
    ['nb', 'Takk for søknaden på stillingen som Salgskonsulent. Vi vil gjerne møte deg.', 'Salgskonsulent'],
    ['pl', 'Dziękujemy za aplikację na stanowisko Specjalista ds. Logistyki w naszej firmie.', 'Specjalista ds. Logistyki'],
  ])('%s: "%s"', (_lang, sentence, role) => {
    const r = extract({ fromName: 'Ida Holm', fromEmail: 'ida.holm@fjordlager.example', subject: 'Ansøgning', body: `Hej Mads,\n\n${sentence}\n\nIda Holm` });
    expect(r.role).toBe(role);
  });

  it('a German compound with a slash gender ending is not read as a head', () => {
    const r = extract({ fromName: 'Jana Roth', fromEmail: 'jana.roth@hafenwerk.example', subject: 'Ihre Bewerbung', body: 'Hallo Tim,\n\nvielen Dank für Ihre Bewerbung als Lagerkoordinator/in Hafenlogistik.\n\nJana Roth' });
    expect(r.role).not.toBe('Lagerkoordinator/in Hafenlogistik');
  });
});

describe('withdrawn offers and team signatures (round 12)', () => {
  it('an offer "hereby withdrawn" is nothing to decline', () => {
    const r = mail(
      'Withdrawal of Offer Letter for the Dispatcher Position',
      'Dear Funmi,\n\nDue to restructuring we must inform you that the offer extended to you on 3 February for the position of Dispatcher is hereby withdrawn.\n\nSincerely,\nHanna Berglund\nHR Manager',
    );
    expect(r.kind).toBe('other');
  });

  it.each(['Rekrutteringsteamet', 'HR-avdelningen'])('a team in its definite form is no person: %s', (team) => {
    const r = extract({ fromName: team, fromEmail: 'job@fjordlager.example', subject: 'Samtale', body: `Hej Mette,\n\nVi vil gerne invitere dig til en samtale om stillingen som Lagerkoordinator.\n\nMed venlig hilsen\n${team}` });
    expect(r.firstName).toBeNull();
  });

  it('a carrier named "Transportadora …" is no person', () => {
    const r = extract({ fromName: 'Transportadora Serra Azul', fromEmail: 'rh@serraazul-transportes.example', subject: 'Sua candidatura', body: 'Olá Ana,\n\nRecebemos sua candidatura e ela está em análise.\n\nTransportadora Serra Azul' });
    expect(r.firstName).toBeNull();
  });
});
