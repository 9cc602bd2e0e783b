// Hand-written messages for the mechanisms of issue 14's twenty-first round (gathering round 27). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('a title after the reader’s own background is not the role', () => {
  it.each([
    ['French', 'Bonjour Camille,\n\nVotre parcours en tant que Chargée de communication a retenu mon attention. Nous recrutons un(e) Responsable marketing pour Maison Larchet.\n\nSeriez-vous disponible pour un échange ?', 'Responsable marketing'],
    ['French, the reader’s experience', 'Bonjour Camille,\n\nNous recrutons un(e) Responsable marketing pour Maison Larchet. Votre expérience en tant que Chargée de communication correspond bien.\n\nDisponible cette semaine ?', 'Responsable marketing'],
  ])('%s', (_label, body, role) => {
    const r = extract({ fromName: 'Iris Vautrin', fromEmail: 'iris@cabinet-vautrin.example', subject: 'Opportunité', body });
    expect(r.role).toBe(role);
  });

  it('a title after "en tant que" alone is still the role', () => {
    const body = 'Bonjour Camille,\n\nNous aimerions vous proposer de nous rejoindre en tant que Responsable marketing.\n\nÀ bientôt,\nIris Vautrin';
    expect(extract({ fromName: 'Iris Vautrin', fromEmail: 'iris@maison-larchet.example', subject: 'Poste', body }).role).toBe('Responsable marketing');
  });
});

describe('a subject’s lead-in before a dash is not part of the title', () => {
  it.each([
    ['Following up - Data Platform Engineer role', 'Data Platform Engineer'],
    ['Quick question - Senior Product Designer position', 'Senior Product Designer'],
    // Before a part that is no title yet, the dash is the title's own.
    ['Software Engineer - Backend role', 'Software Engineer - Backend'],
  ])('%s', (subject, role) => {
    const body = 'Hi Noor,\n\nThe team enjoyed meeting you. We would like to invite you to a final interview next week.\n\nBest,\nMorgan Ashdown';
    expect(extract({ fromName: 'Morgan Ashdown', fromEmail: 'morgan@tallowfield.example', subject, body }).role).toBe(role);
  });
});

describe('the position’s word written after the title in Turkish', () => {
  it('"X Pozisyonu" is the title X', () => {
    const body = 'Sayın Deniz Aksoy,\n\nBaşvurunuz için teşekkür ederiz. Sizi mülakata davet etmek istiyoruz.\n\nSaygılarımızla,\nKaracabey Yazılım';
    expect(extract({ fromName: 'Karacabey Yazılım', fromEmail: 'ik@karacabey.example', subject: 'Mobil Geliştirici Pozisyonu - Başvurunuz Hakkında', body }).role).toBe('Mobil Geliştirici');
  });
});

describe('a title before a position word is no employer', () => {
  it('"applying to the X position at Y" names Y', () => {
    const body = 'Hi Priya,\n\nThank you for applying to the Lab Chemist position at Fenwick Diagnostics. We are reviewing applications and will be in touch.\n\nKind regards,\nAlma Petrescu';
    const r = extract({ fromName: 'Alma Petrescu', fromEmail: 'alma@brightreach-talent.example', subject: 'Your application', body });
    expect(r.company).not.toBe('Lab Chemist');
    expect(r.company ?? r.suggestions?.company ?? null).toBe('Fenwick Diagnostics');
  });

  it('"applying to Y" still names Y', () => {
    const body = 'Hi Priya,\n\nThank you for applying to Fenwick Diagnostics. We would like to invite you to an interview on Tuesday.\n\nKind regards,\nAlma Petrescu';
    const r = extract({ fromName: 'Alma Petrescu', fromEmail: 'alma@fenwick-diagnostics.example', subject: 'Interview', body });
    expect(r.company).toBe('Fenwick Diagnostics');
  });
});

describe('a promise to be in touch about the next steps invites to nothing', () => {
  it('"we will get back to you shortly regarding the next steps in our hiring process" acknowledges', () => {
    const body = 'Hi Priya,\n\nThank you for applying for the Data Analyst position. Our team is reviewing applications. We will get back to you shortly regarding the next steps in our hiring process.\n\nBest,\nAlma Petrescu';
    expect(extract({ fromName: 'Alma Petrescu', fromEmail: 'alma@fenwick-diagnostics.example', subject: 'Application received', body }).kind).toBe('other');
  });
});

describe('a form’s field written as a table: the label alone on its line, the value on the next', () => {
  const body = 'Marmita Jobs\n\nParabéns, Renata!\n\nVocê foi aprovada para a vaga\n\nVaga\nAuxiliar de cozinha\nEmpresa\nRestaurante Figueira Alta\n\nA empresa entrará em contato com você em breve.\n\nEquipe Marmita Jobs';
  it('reads the role and, over the platform’s own name, the employer', () => {
    const r = extract({ fromName: 'Marmita Jobs', fromEmail: 'noreply@marmitajobs.example', subject: 'Candidatura aprovada', body });
    expect(r.role).toBe('Auxiliar de cozinha');
    expect(r.company).toBe('Restaurante Figueira Alta');
  });

  it('a department under the label is no employer', () => {
    const text = 'Dear applicant,\n\nThank you for your interest. Your application is on file.\n\nEmployer\nHuman Resources\n\nKestrel Bay Hotel';
    const r = extract({ fromName: 'Kestrel Bay Hotel', fromEmail: 'jobs@kestrelbayhotel.example', subject: 'Your application', body: text });
    expect(r.company).not.toBe('Human Resources');
  });

  it('a department named before the company is not part of its name', () => {
    const text = 'Bonjour,\n\nPour finaliser votre dossier de candidature, merci de nous envoyer votre CV actualisé.\n\nCordialement,\nService RH Lumivert';
    expect(extract({ fromName: 'Service RH Lumivert', fromEmail: 'documents@lumivert.example', subject: 'Documents', body: text }).company).toBe('Lumivert');
  });
});

describe('a test waiting for the reader is an interview step', () => {
  it.each([
    ['English', 'Hi Sam,\n\nThis is a reminder that you have a pending online assessment for the Support Specialist application. Please log in to complete it by Friday.', 'Pending assessment'],
    ['Spanish', 'Hola Lucía,\n\nTe recordamos que tienes una prueba de aptitud pendiente por completar en nuestra plataforma para tu postulación.', 'Prueba pendiente'],
    ['Portuguese', 'Olá Bruno,\n\nLembramos que você tem um teste de perfil pendente na nossa plataforma para a sua candidatura.', 'Teste pendente'],
  ])('%s', (_label, body, subject) => {
    expect(extract({ fromName: 'Talento Vivo', fromEmail: 'rh@talentovivo.example', subject, body }).kind).toBe('interview');
  });
});

describe('what the round’s review found', () => {
  it('a header row of labels gives no label as a value', () => {
    const body = 'New jobs for you\n\nPosition\nCompany\nLocation\nData Analyst\nBrackenridge Foods\nLeeds\n\nView all jobs';
    const r = extract({ fromName: 'JobPing Alerts', fromEmail: 'alerts@jobping.example', subject: 'New jobs', body });
    expect(r.role).not.toBe('Company');
    expect([r.company, r.suggestions?.company]).not.toContain('Location');
  });

  it('a footer menu under "Company" names no employer', () => {
    const body = 'Hi Sam,\n\nThank you for applying to the Support Specialist position at Ostrava Labs. We will be in touch.\n\nCompany\nAbout Us\nCareers\nPress';
    const r = extract({ fromName: 'Hireloop', fromEmail: 'noreply@hireloop.example', subject: 'Application received', body });
    expect([r.company, r.suggestions?.company]).not.toContain('About Us');
  });

  it('a new sentence after the employer is no title’s position word', () => {
    const body = 'Hi Sam,\n\nThanks for applying to Northwind Analytics! Position details and next steps are below. We would like to invite you to an interview.\n\nBest,\nAlma Petrescu';
    const r = extract({ fromName: 'Alma Petrescu', fromEmail: 'alma@northwind-analytics.example', subject: 'Interview', body });
    expect(r.company).toBe('Northwind Analytics');
  });

  it('an employer named for an occupation keeps its name', () => {
    const body = 'Hi Sam,\n\nThank you for applying to Chemist Warehouse. We would like to invite you to an interview on Monday.\n\nKind regards,\nJane Carpenter';
    const r = extract({ fromName: 'Jane Carpenter', fromEmail: 'jane.carpenter@chemistwarehouse.example', subject: 'Interview', body });
    expect(r.company).toBe('Chemist Warehouse');
    expect(r.firstName).toBe('Jane');
  });

  it.each([
    ['English: an application under evaluation', 'You have a pending application under evaluation. We will contact you if your profile matches.'],
    ['Spanish: an application awaiting review', 'Su solicitud tiene una evaluación pendiente. Le contactaremos si su perfil encaja.'],
  ])('%s is no test waiting for the reader', (_label, body) => {
    expect(extract({ fromName: 'Talento Vivo', fromEmail: 'rh@talentovivo.example', subject: 'Your application', body: `Hello Sam,\n\n${body}` }).kind).not.toBe('interview');
  });

  it('English: "your experience in the role of X" is the reader’s own title', () => {
    const body = 'Hi Sam,\n\nYour experience in the role of Support Lead caught my eye. We are hiring a Customer Success Manager for Ostrava Labs.\n\nOpen to a quick chat?';
    expect(extract({ fromName: 'Iris Vautrin', fromEmail: 'iris@brightreach-talent.example', subject: 'Opportunity', body }).role).not.toBe('Support Lead');
  });
});
