// Hand-written messages for the mechanisms of issue 14's tenth round (gathering round 15). Written for these tests:
// names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';
import { isCompoundTitle } from '../../core/extract/lexicon';

describe('a head-initial title in a subject keeps its lower-case complement', () => {
  it.each([
    ['Entretien – Chargée de clientèle', 'Chargée de clientèle'],
    ['Votre rendez-vous : Technicienne de laboratoire', 'Technicienne de laboratoire'],
    ['Entrevista - Auxiliar de almacén', 'Auxiliar de almacén'],
  ])('%s', (subject, role) => {
    const r = extract({ fromName: 'Lise Marchetti', fromEmail: 'lise.marchetti@pelorus-optique.example', subject, body: 'Bonjour,\n\nÀ jeudi 10 h.\n\nLise Marchetti' });
    expect(r.role).toBe(role);
  });

  it('stops at an article or a stop word that starts the rest of the subject', () => {
    const r = extract({ fromName: 'Lise Marchetti', fromEmail: 'lise.marchetti@pelorus-optique.example', subject: 'Entretien – Chargée de clientèle pour le site de Lyon', body: 'Bonjour,\n\nÀ jeudi.' });
    expect(r.role).toBe('Chargée de clientèle');
  });

  it('an English title with a head French shares takes no lower-case word after it', () => {
    const r = extract({ fromName: 'Omar Lindgren', fromEmail: 'omar@quillfeather-press.example', subject: 'Director search', body: 'Hi Ada,\n\nAre you open to a chat about it?\n\nOmar' });
    expect(r.role).toBeNull();
  });

  it.each([
    ['Entrevista – Analista de datos en Madrid', 'Analista de datos'],
    ['Tu candidatura a Auxiliar administrativo fue recibida', 'Auxiliar administrativo'],
    ['Entretien – Chargée de communication cdi temps plein', 'Chargée de communication'],
  ])('one complement word, not the rest of the subject: %s', (subject, role) => {
    const r = extract({ fromName: 'Laura Gil', fromEmail: 'laura.gil@andares.example', subject, body: 'Hola,\n\nHasta el jueves.\n\nLaura' });
    expect(r.role).toBe(role);
  });

  it('a German head takes no lower-case word ("Werkstudent gesucht")', () => {
    const r = extract({ fromName: 'Laura Gil', fromEmail: 'laura.gil@andares.example', subject: 'Werkstudent gesucht', body: 'Hallo,\n\nwir suchen Verstärkung.' });
    expect(r.role).not.toBe('Werkstudent gesucht');
  });
});

describe('a one-word subject title that is a compound with a job word at its end is stated', () => {
  it.each(['Lagermedarbetare', 'Økonomimedarbeider', 'Netzwerktechniker'])('isCompoundTitle(%s)', (word) => {
    expect(isCompoundTitle(word)).toBe(true);
  });

  it.each(['Entwickler', 'Developer', 'Economist', 'UI', 'Medarbeider'])('a bare head or another word is none: %s', (word) => {
    expect(isCompoundTitle(word)).toBe(false);
  });

  it('states the compound read from an interview subject', () => {
    const r = extract({
      fromName: 'Ingrid Haugland',
      fromEmail: 'ingrid.haugland@vestfjord-bygg.example',
      subject: 'Invitasjon til intervju – Servicetekniker',
      body: 'Hei Jonas,\n\nVi vil gjerne invitere deg til intervju tirsdag kl. 10.\n\nMed vennlig hilsen\nIngrid Haugland',
    });
    expect(r.role).toBe('Servicetekniker');
  });

  it('offers a bare head only as a suggestion', () => {
    const r = extract({ fromName: 'Ingrid Haugland', fromEmail: 'ingrid.haugland@vestfjord-bygg.example', subject: 'Invitasjon til intervju – Ingeniør', body: 'Hei Jonas,\n\nVi vil gjerne invitere deg til intervju tirsdag kl. 10.' });
    expect(r.role).toBeNull();
  });
});

describe('a name matched among the text\'s mentions gives way to the organisation named with it', () => {
  it('"Tamworth" from "the University of Tamworth"', () => {
    const r = extract({
      fromName: 'Faculty Jobs',
      fromEmail: 'noreply-jobs@tamworth-careers.example',
      subject: 'Your application: Lecturer in Chemistry',
      body: 'Dear applicant,\n\nWe, at the University of Tamworth, thank you for your interest. The search is now complete and unfortunately you were not selected.\n\nSearch Committee',
    });
    expect(r.company).toBe('University of Tamworth');
  });

  it('not when the text also writes the name alone', () => {
    const r = extract({
      fromName: 'Anna Keller',
      fromEmail: 'anna.keller@tamworth.example',
      subject: 'Actuarial Analyst role',
      body: 'Hi Ben,\n\nI noticed you studied at the University of Tamworth. Would you be open to a chat about an Actuarial Analyst role in our team? Tamworth has offices in twelve countries.\n\nAnna',
    });
    expect(r.company).toBe('Tamworth');
  });
});

describe('stage table additions', () => {
  it('a Swedish offer of "the position"', () => {
    const r = extract({
      fromName: 'Annika Berg',
      fromEmail: 'annika.berg@solvik-transport.example',
      subject: 'Erbjudande',
      body: 'Hej Omar,\n\nVi är glada att kunna erbjuda dig positionen som lagerchef hos oss. Läs igenom det bifogade anställningsavtalet.\n\nHälsningar\nAnnika Berg',
    });
    expect(r.kind).toBe('offer');
  });

  it('a French proposal of a technical exercise after an application', () => {
    const r = extract({
      fromName: 'Atelier Numérique Sorel',
      fromEmail: 'recrutement@sorel-numerique.example',
      subject: 'Votre candidature - Intégrateur web',
      body: 'Bonjour,\n\nPour la suite de votre candidature, nous souhaitons vous proposer un exercice pratique à réaliser chez vous.',
    });
    expect(r.kind).toBe('interview');
  });

  it('a contract to sign and accept is an offer', () => {
    const r = extract({
      fromName: 'Harbour Summer Camps',
      fromEmail: 'recruitment@harbour-camps.example',
      subject: 'Your contract - summer 2027',
      body: 'Dear Ella,\n\nYour contract for the summer is on your personal page. Please sign and accept this contract and return it by Friday so that we know you are coming.',
    });
    expect(r.kind).toBe('offer');
  });

  it('a Spanish labour contract ready to sign is an offer', () => {
    const r = extract({
      fromName: 'Recursos Humanos Ferrocal',
      fromEmail: 'rrhh@ferrocal.example',
      subject: 'Tu contrato laboral está listo para firmar',
      body: 'Hola Marta,\n\nTu contrato laboral para el puesto de Auxiliar de Logística está listo. Fírmalo desde el enlace.',
    });
    expect(r.kind).toBe('offer');
  });

  it('a Spanish job posting that has ended is nothing to decline', () => {
    const r = extract({
      fromName: 'Portal Empleo',
      fromEmail: 'avisos@portal-empleo.example',
      subject: 'Actualización',
      body: 'Hola Tomás,\n\nLa oferta laboral Técnico de Redes ha finalizado.\nGracias por tu interés.',
    });
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe('closed');
  });

  it('a negation in a phrase\'s gap states nothing ("todavía no ha sido cerrada")', () => {
    const r = extract({
      fromName: 'Laura Gil',
      fromEmail: 'laura.gil@andares.example',
      subject: 'Entrevista',
      body: 'Hola Tomás,\n\nLa oferta laboral todavía no ha sido cerrada: nos gustaría invitarte a una entrevista el jueves a las 10:00 para el puesto de Técnico de Redes.',
    });
    expect(r.kind).not.toBe('other');
  });

  it('a Swedish request to attach an employment contract is no offer', () => {
    const r = extract({
      fromName: 'Bostadsförmedlingen',
      fromEmail: 'uthyrning@hyresbostader.example',
      subject: 'Din ansökan om lägenhet',
      body: 'Hej,\n\nFör att gå vidare med din ansökan: bifoga kopia på anställningsavtal samt dina tre senaste lönespecifikationer.',
    });
    expect(r.kind).not.toBe('offer');
  });
});

describe('a month that is a given name starts a name whose family name a list knows', () => {
  const body = 'Guten Tag Herr Weber,\n\nich bin auf Ihr Profil aufmerksam geworden. Hätten Sie Interesse an einer Stelle als Bauleiter?\n\nViele Grüße';

  it.each([
    ['Jan Novak', 'jan.novak@kranich-personal.example', 'Jan'],
    ['April Reyes', 'a.reyes@kestrelway.example', 'April'],
  ])('%s <%s>', (fromName, fromEmail, first) => {
    expect(extract({ fromName, fromEmail, subject: 'Stelle als Bauleiter', body }).firstName).toBe(first);
  });

  it('not an organisation named after a month ("August Events" <august.events@…>)', () => {
    expect(extract({ fromName: 'August Events', fromEmail: 'august.events@venue.example', subject: 'Stelle als Bauleiter', body }).firstName).toBeNull();
  });
});

describe('a Spanish title right after "para el puesto"', () => {
  it('"seleccionado para el puesto Técnico de soporte en Grupo …", "al puesto …"', () => {
    const r = extract({
      fromName: 'Portal Empleo',
      fromEmail: 'avisos@portal-empleo.example',
      subject: '¡Has sido seleccionado!',
      body: 'Hola Lucía,\n\nHas sido seleccionada para el puesto Técnico de soporte en Grupo Andares.\nLa empresa te contactará.',
    });
    expect(r.role).toBe('Técnico de soporte');
    const seen = extract({ fromName: 'Portal Empleo', fromEmail: 'avisos@portal-empleo.example', subject: 'Tu postulación fue vista', body: 'Hola Lucía,\n\nLa empresa revisó tu postulación al puesto Técnico de soporte.' });
    expect(seen.role).toBe('Técnico de soporte');
  });

  it('no title when a sentence goes on', () => {
    const r = extract({ fromName: 'Portal Empleo', fromEmail: 'avisos@portal-empleo.example', subject: 'Actualización', body: 'Hola Lucía,\n\nGracias por tu interés en el puesto que publicamos la semana pasada.' });
    expect(r.role).toBeNull();
  });
});

describe("a professional network's member-to-member message weighs as job talk", () => {
  const pitch = { subject: 'Lagermedarbetare i Borås', body: 'Hej Sara! Nordvik Frakt behöver en lagermedarbetare till lagret i Borås. Hör av dig om det låter intressant.' };

  it('an InMail naming a role is an approach', () => {
    expect(extract({ fromName: 'Maja Holm via LinkedIn', fromEmail: 'inmail-hit-reply@linkedin.com', ...pitch }).kind).toBe('outreach');
  });

  // Known misreading since the learned stage table (core/extract/stage-model.ts, round 24): no rule matches this sales
  // pitch, and its words (a quick call next week, from a professional network) are an approach's words, so the table
  // shows the button. Kept as a test that fails, so that a fix shows here.
  it.fails('an InMail with no job title is no approach by itself (a sales pitch; known misreading)', () => {
    const r = extract({
      fromName: 'Derek Stone via LinkedIn',
      fromEmail: 'inmail-hit-reply@linkedin.com',
      subject: 'Cloud costs',
      body: 'Hi Sam, I lead partnerships at Fluxmetrics. We help teams cut their cloud bill by 30%. Would you have time for a quick call next week?',
    });
    expect(r.kind).toBe('other');
  });

  it('the same words from an ordinary mailbox are not enough', () => {
    expect(extract({ fromName: 'Maja Holm', fromEmail: 'maja@holm-familjen.example', ...pitch }).kind).toBe('other');
  });
});

describe('managers\' compounds count only as compounds', () => {
  it.each(['Prosjektleder', 'Avdelingsleder', 'Butikschef', 'Softwareentwickler*in', 'Projektleiter:in'])('%s is a compound title', (word) => {
    expect(isCompoundTitle(word)).toBe(true);
  });

  it.each(['Leder', 'Indleder', 'Henleder', 'Kunstleder', 'Echtleder', 'Chef'])('%s is none', (word) => {
    expect(isCompoundTitle(word)).toBe(false);
  });

  it('a furniture shop\'s leather armchair is no job', () => {
    const r = extract({
      fromName: 'Möbelhaus Lindner',
      fromEmail: 'service@moebel-lindner.example',
      subject: 'Sessel Echtleder',
      body: 'Guten Tag Frau Weber,\n\nvielen Dank für Ihr Interesse an unserem Sessel Cosima. Er ist ab sofort wieder lieferbar.',
    });
    expect(r.role).toBeNull();
    expect(r.kind).toBe('other');
  });
});

describe('round 16: public bodies\' places and hiring departments in more languages', () => {
  it('a city that a public body\'s domain names is no employer ("Boston" at boston.gov)', () => {
    const r = extract({
      fromName: 'Youth Jobs Office',
      fromEmail: 'youthline@marlow.gov',
      subject: 'Your summer job offer',
      body: 'Dear Ana,\n\nCongratulations! You have been picked for a summer job in Marlow, at the Riverside Learning Center. We are pleased to offer you the position of Junior Camp Counselor.',
    });
    expect(r.kind).toBe('offer');
    expect(r.company).not.toBe('Marlow');
  });

  it('an agency\'s acronym at its government domain stays its name ("NASA" at nasa.gov)', () => {
    const r = extract({
      fromName: 'Karen Ortiz',
      fromEmail: 'karen.ortiz@nasa.gov',
      subject: 'Interview for Software Engineer',
      body: 'Hi Sam,\n\nThank you for your interest in NASA. We would like to invite you to an interview for the Software Engineer position next Tuesday at 10am.\n\nBest,\nKaren Ortiz',
    });
    expect(r.company).toBe('NASA');
  });

  it.each([
    ['Recrutare Ardelean Soft', 'recrutare@ardelean-soft.example', 'Ardelean Soft'],
    ['Resurse Umane Ardelean Soft', 'hr@ardelean-soft.example', 'Ardelean Soft'],
    ['Marmara Yapı İnsan Kaynakları', 'ik@marmarayapi.example', 'Marmara Yapı'],
    ['Marmara Yapi Insan Kaynaklari', 'ik@marmarayapi.example', 'Marmara Yapi'],
  ])('"%s" names the company without its department', (fromName, fromEmail, company) => {
    const r = extract({ fromName, fromEmail, subject: 'Interview invite', body: 'Hello Deniz,\n\nWe would like to invite you to an interview for the Backend Developer position on Monday at 10:00.' });
    expect(r.company).toBe(company);
    expect(r.firstName).toBeNull();
  });
});

describe('round 16: programmes and tests are no job titles; a new job offer is no job alert', () => {
  it.each([['the Riverside STEM Internship Program', 'Application Acceptance Letter']])('"%s" is not stated as the role', (programme, subject) => {
    const r = extract({
      fromName: 'Riverside Internships',
      fromEmail: 'internships@riverside-stem.example',
      subject,
      body: `Dear Noor,\n\nThank you for applying to the position of ${programme.replace(/^the /, '')}. We will be in touch.`,
    });
    expect(r.role).toBeNull();
  });

  it.each([
    ['Entrevista: Gerente de Programa', 'Gracias por postularte al puesto de Gerente de Programa en Northwind. Nos gustaría invitarte a una entrevista el martes a las 10.', 'Gerente de Programa'],
    ['Interview: Head of Programme', 'Thank you for applying for the position of Head of Programme. We would like to invite you to an interview on Tuesday at 10.', 'Head of Programme'],
  ])('a job word that opens a programme\'s title keeps it: %s', (subject, body, role) => {
    expect(extract({ fromName: 'Lucía Gómez', fromEmail: 'lucia.gomez@northwind.example', subject, body }).role).toBe(role);
  });

  it('"Teste Técnico" is a step, not a role', () => {
    const r = extract({ fromName: 'Vagas Sul', fromEmail: 'contato@vagassul.example', subject: 'Teste Técnico da empresa Dados Norte', body: 'Olá Ana,\n\nSegue o link para o teste técnico da sua candidatura.' });
    expect(r.role).toBeNull();
  });

  it('a subject announcing a new job offer is not read as a job alert', () => {
    const r = extract({
      fromName: 'Shiftly',
      fromEmail: 'no-reply@shiftly.example',
      subject: "Congrats, you've received a new job offer! Please confirm the job.",
      body: 'Hi Amal,\n\nGood news: Riverside Café would like to hire you as a barista for the summer. Please confirm the job in the app.',
    });
    expect(r.nothingToDecline).not.toBe('alert');
    expect(r.kind).not.toBe('other');
  });

  it('a digest of new job offers is still a job alert', () => {
    const r = extract({
      fromName: 'Jobbly',
      fromEmail: 'noreply@jobbly.example',
      subject: '12 new job offers for "Data Analyst"',
      body: 'Hi Sam,\n\nSenior Data Analyst\nAcme Corp - Berlin\nApply now\n\nData Engineer\nNorthwind - Munich\nApply now\n\nUnsubscribe | Privacy',
    });
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe('alert');
  });

  it('"Insan" is still a given name', () => {
    const r = extract({
      fromName: 'Insan Kamil',
      fromEmail: 'insan.kamil@tokopedia-careers.example',
      subject: 'Interview invitation',
      body: 'Hi Sam,\n\nWe would like to invite you to an interview for the Backend Engineer position on Monday at 10:00.\n\nInsan Kamil\nTalent Acquisition',
    });
    expect(r.firstName).toBe('Insan');
  });
});
