// Hand-written messages for each hard case the extractor must handle. None is copied from the corpus.
import { extract } from '../support/extract-message';
import { extractRecruiter, type Recruiter } from '../../core/extract';
import { tidyCompany } from '../../core/extract/company/candidates';
import { matchQuality, prettifyDomainLabel, readDomain } from '../../core/extract/company/domain';
import { parseDisplayName } from '../../core/extract/names/display';
import { parsePersonName } from '../../core/extract/names/person';
import { subjectTitle } from '../../core/extract/role';
import { cleanSubject, prepareBody } from '../../core/extract/text';


describe('display names', () => {
  it.each([
    ['Doe, Jane', 'jane.doe@northwind.io', 'Jane', 'Jane Doe'],
    ['Jane Doe | Talent Acquisition', 'jdoe@northwind.io', 'Jane', 'Jane Doe'],
    ['Dr. Jane Doe', 'jane@northwind.io', 'Jane', 'Jane Doe'],
    ['Jane Doe, PhD', 'jane@northwind.io', 'Jane', 'Jane Doe'],
    ['José', 'jose@northwind.io', 'José', null],
    ["Mary O'Neil", 'mary@northwind.io', 'Mary', "Mary O'Neil"],
    ['Lic. María José de la Fuente', 'mj@northwind.io', 'María', 'María José de la Fuente'],
    ['Hans-Peter Krüger-Lehmann', 'h.krueger-lehmann@northwind.de', 'Hans-Peter', 'Hans-Peter Krüger-Lehmann'],
    ['JANE DOE', 'jdoe@northwind.io', 'Jane', 'Jane Doe'],
    ['Kaʻiulani Kealoha', 'k.kealoha@northwind.io', 'Kaʻiulani', 'Kaʻiulani Kealoha'],
    ['Nguyễn Văn An', 'an@northwind.vn', 'An', 'Nguyễn Văn An'],
    ['Jane from Northwind', 'jane@northwind.io', 'Jane', null],
    ['Jane D.', 'jane@northwind.io', 'Jane', null],
    ['Smith, John A.', 'jsmith@northwind.io', 'John', 'John A. Smith'],
    ['Jane Doe via LinkedIn', 'inmail-hit-reply@linkedin.com', 'Jane', 'Jane Doe'],
  ])('%s <%s>', (fromName, fromEmail, first, full) => {
    // (A given name no list knows is stated only when the mailbox spells the name: "k.kealoha" for Kaʻiulani Kealoha.)
    const r = extract({ fromName, fromEmail, subject: 'Hello', body: 'Hi Sam,\n\nA quick note.\n' });
    expect(r.firstName).toBe(first);
    expect(r.fullName).toBe(full);
  });

  it.each([
    ['Careers at Acme', 'careers@acme.com'],
    ['no-reply', 'no-reply@acme.com'],
    ['', 'jobs@acme.com'],
    ['Talent Team', 'talent@acme.com'],
    ['Acme Recruiting', 'recruiting@acme.com'],
    ['Noreply', 'noreply@acme.com'],
    ['Acme', 'hello@acme.com'],
    ['Workday', 'acme@myworkday.com'],
  ])('role mailbox %s <%s> gives no name without a signature', (fromName, fromEmail) => {
    const r = extract({ fromName, fromEmail, subject: 'Your application', body: 'Hello,\n\nThank you for applying.\n\nThe Acme Team' });
    expect(r.firstName).toBeNull();
    expect(r.fullName).toBeNull();
  });

  it('a role mailbox takes the name from the signature', () => {
    const r = extract({
      fromName: 'Careers at Acme',
      fromEmail: 'careers@acmerobotics.com',
      subject: 'Next steps',
      body: 'Hi Sam,\n\nWe would like to invite you to a first interview for the Data Engineer position.\n\nBest regards,\nPriya Raman\nRecruiting Coordinator\nAcme Robotics GmbH',
    });
    expect(r).toMatchObject({ firstName: 'Priya', fullName: 'Priya Raman', role: 'Data Engineer', company: 'Acme Robotics GmbH', kind: 'interview' });
  });

  it('a team alias takes the name from an introduction and a "Name | Title" signature', () => {
    const r = extract({
      fromName: 'Talent Team at Quillon',
      fromEmail: 'talent@quillon.dev',
      subject: 'Your open-source work',
      body: "Hi Sam,\n\nI'm Marco, a sourcer on the Quillon talent team. We have an opening for a Platform Engineer.\n\nMarco Rossi | Senior Sourcer\nQuillon | Berlin",
    });
    expect(r).toMatchObject({ firstName: 'Marco', fullName: 'Marco Rossi', role: 'Platform Engineer', company: 'Quillon', kind: 'outreach' });
  });

  it('a scheduler sends for the company and names "your recruiter"', () => {
    const r = extract({
      fromName: 'Larkspur Recruiting via Calendly',
      fromEmail: 'notifications@calendly.com',
      subject: 'Confirmed: Larkspur interview',
      body: 'Hi Sam,\n\nYour interview for Backend Engineer at Larkspur is confirmed for Tuesday at 10:00.\n\nQuestions? Contact your recruiter, Dana Whitfield.\n\n- The Larkspur Recruiting Team',
    });
    expect(r).toMatchObject({ firstName: 'Dana', fullName: 'Dana Whitfield', role: 'Backend Engineer', company: 'Larkspur', kind: 'interview' });
  });
});

describe('agency recruiters', () => {
  it('names the client when the message does', () => {
    const r = extract({
      fromName: 'Tom Baker',
      fromEmail: 'tom@hirewell-recruitment.co.uk',
      subject: 'Exciting opportunity',
      body: "Hi Sam,\n\nI'm reaching out on behalf of my client, Globex Corporation, who are looking for a Head of Data.\n\nBest,\nTom Baker\nHirewell Recruitment",
    });
    expect(r).toMatchObject({ firstName: 'Tom', role: 'Head of Data', company: 'Globex Corporation', kind: 'outreach' });
  });

  it('never returns the agency when the client is unnamed', () => {
    const r = extract({
      fromName: 'Riley Ward',
      fromEmail: 'riley@peakstaffing.com',
      subject: 'Quick question',
      body: "Hi Sam,\n\nI'm working with a fast-growing fintech on a Lead Data Engineer role. Their team is remote-first.\n\nRiley Ward\nPeak Staffing Partners | +1 555 0100",
    });
    expect(r).toMatchObject({ firstName: 'Riley', fullName: 'Riley Ward', role: 'Lead Data Engineer', company: null, kind: 'outreach' });
  });

  it('treats a third-person employer as a client even from a public mail domain', () => {
    const r = extract({
      fromName: 'Olivia Brown',
      fromEmail: 'olivia.brown@outlook.com',
      subject: 'Product Designer',
      body: 'Hi Sam,\n\nMy client is a Series B startup looking for a Product Designer. Interested?\n\nOlivia',
    });
    expect(r).toMatchObject({ firstName: 'Olivia', role: 'Product Designer', company: null, kind: 'outreach' });
  });
});

describe('roles', () => {
  it.each([
    ['Offer: Senior Engineer at Acme', 'Senior Engineer'],
    ['Interview invitation – Data Analyst', 'Data Analyst'],
    ['Re: Application – Senior SRE', 'Senior SRE'],
    ['Sr. Embedded Software Engineer in Austin, Texas -- JR12345', 'Sr. Embedded Software Engineer'],
    ['Python Developer (Django) – Remote', 'Python Developer (Django)'],
    ['Ihr Stellenangebot als Softwareentwicklerin (m/w/d)', 'Softwareentwicklerin'],
    ['Oferta laboral – Analista de Datos', 'Analista de Datos'],
    ['Entretien pour le poste de Chargée de communication', 'Chargée de communication'],
    ['[Acme] An update on your application for Claims Analyst', 'Claims Analyst'],
    ['Coffee next week?', null],
  ])('subject %s', (subject, role) => {
    expect(subjectTitle(cleanSubject(subject).text)).toBe(role);
  });

  it.each([
    ['We would like to offer you the position of Staff Engineer at Acme.', 'Staff Engineer'],
    ['I wanted to tell you about our Machine Learning Engineer – Search opening.', 'Machine Learning Engineer – Search'],
    ['I am looking to hire a Product Manager, ideally someone with marketplace experience.', 'Product Manager'],
    ["They're looking for a senior backend engineer to lead their payments work.", 'Senior Backend Engineer'],
    ['Vielen Dank für Ihre Bewerbung um die Stelle Werkstudent Data Science (m/w/d) in unserem Team.', 'Werkstudent Data Science'],
    ['Nos complace ofrecerle el puesto de Ingeniera de Datos en Grupo Andes.', 'Ingeniera de Datos'],
    ['Nous vous proposons le poste de Développeuse Full Stack au sein de notre équipe.', 'Développeuse Full Stack'],
    ['La posizione è quella di Sviluppatore Java.', 'Sviluppatore Java'],
    ['I need an Engineering Manager for an exciting company in Denver.', 'Engineering Manager'],
  ])('body %s', (sentence, role) => {
    const r = extract({ fromName: 'Jane Doe', fromEmail: 'jane@acme.com', subject: 'Hello', body: `Hi Sam,\n\n${sentence}\n\nBest,\nJane` });
    expect(r.role).toBe(role);
  });

  it('ignores the reader\'s own title and the sender\'s signature title', () => {
    const r = extract({
      fromName: 'Jane Doe',
      fromEmail: 'jane@acme.com',
      subject: 'An idea',
      body: 'Hi Sam,\n\nYour career as a Senior Operations Manager caught our eye. Acme is looking for a Director of Logistics.\n\nBest,\nJane Doe\nTalent Acquisition Manager\nAcme',
    });
    expect(r.role).toBe('Director of Logistics');
  });

  it('is null when no title is stated', () => {
    const r = extract({
      fromName: 'Jane Doe',
      fromEmail: 'jane@acme.com',
      subject: 'Following up',
      body: 'Hi Sam,\n\nI have an opportunity I think you would like. Do you have time this week?\n\nJane\nTechnical Recruiter, Acme',
    });
    expect(r.role).toBeNull();
  });

  it('strips gender notes, requisition ids and work arrangements from a title', () => {
    const role = (title: string) =>
      extractRecruiter({
        fromName: 'Jane Doe',
        fromEmail: 'jane@northwind.io',
        subject: 'Interview',
        body: `Hi Sam,\n\nWe would like to invite you to an interview for the position of ${title}.\n\nBest,\nJane Doe\nNorthwind`,
      }).role;
    expect(role('Data Engineer (m/w/d)')).toBe('Data Engineer');
    expect(role('Data Engineer (f/m/x)')).toBe('Data Engineer');
    expect(role('Data Engineer [m|w|d]')).toBe('Data Engineer');
    expect(role('Data Engineer - m/w/d')).toBe('Data Engineer');
    expect(role('Ingénieur Cloud H/F')).toBe('Ingénieur Cloud');
    expect(role('Data Engineer REQ-20412')).toBe('Data Engineer');
    expect(role('senior data engineer')).toBe('Senior Data Engineer');
    expect(role('Data Engineer (Remote, Contract)')).toBe('Data Engineer');
    expect(role('Data Engineer (Python/Spark)')).toBe('Data Engineer (Python/Spark)');
  });
});

describe('companies', () => {
  it('prefers a signature name that matches the domain over the prettified domain', () => {
    const r = extract({
      fromName: 'Jane Doe',
      fromEmail: 'jane@acme-robotics.com',
      subject: 'Hello',
      body: 'Hi Sam,\n\nWe are hiring a Controls Engineer.\n\nBest,\nJane Doe\nRecruiter\nACME Robotics GmbH',
    });
    expect(r.company).toBe('ACME Robotics GmbH');
  });

  it('offers the prettified sender domain as a suggestion when the message never names the company', () => {
    const r = extract({ fromName: 'Jane Doe', fromEmail: 'jane@quillhealth.com', subject: 'Next steps', body: 'Hi Sam,\n\nCould you share your availability for the next interview?\n' });
    expect(r.company).toBeNull();
    expect(r.suggestions?.company).toBe('Quill Health');
  });

  it('ignores public mail domains', () => {
    const r = extract({ fromName: 'Jane Doe', fromEmail: 'jane.doe@gmail.com', subject: 'A role', body: 'Hi Sam,\n\nI have a Data Analyst role you might like.\n\nJane' });
    expect(r.company).toBeNull();
  });

  it('takes a company named in the text when the sender writes from a public domain', () => {
    const r = extract({
      fromName: 'Jane Doe',
      fromEmail: 'jane.doe@gmail.com',
      subject: 'A role',
      body: "Hi Sam,\n\nI'm a recruiter at Northwind Traders. We have a QA Engineer role in Oslo.\n\nJane",
    });
    expect(r.company).toBe('Northwind Traders');
  });

  it('drops a legal form written after a comma, keeps one written without', () => {
    expect(tidyCompany('Acme, Inc.')).toBe('Acme');
    expect(tidyCompany('Soluciones Andinas, S.A. de C.V.')).toBe('Soluciones Andinas');
    expect(tidyCompany('Fernblick Logistik GmbH')).toBe('Fernblick Logistik GmbH');
    expect(tidyCompany('The Acme Recruiting Team')).toBe('Acme');
  });

  it('reads domains', () => {
    expect(readDomain('a@mail.acme-robotics.co.uk')).toMatchObject({ label: 'acme-robotics', key: 'acmerobotics', kind: 'company' });
    expect(readDomain('a@gmail.com').kind).toBe('public');
    expect(readDomain('a@web.de').kind).toBe('public');
    expect(readDomain('no-reply@hire.lever.co').kind).toBe('relay');
    expect(readDomain('not an address').kind).toBe('none');
    expect(prettifyDomainLabel('acme-robotics')).toBe('Acme Robotics');
    expect(prettifyDomainLabel('quillhealth')).toBe('Quill Health');
    expect(prettifyDomainLabel('ibm')).toBe('IBM');
    expect(matchQuality('Distribuidora Andina S.A.S.', 'distriandina')).toBeGreaterThan(0);
    expect(matchQuality('Facebook', 'fb')).toBeGreaterThan(0);
    expect(matchQuality('Globex', 'acme')).toBe(0);
  });
});

describe('kinds', () => {
  const base = { fromName: 'Jane Doe', fromEmail: 'jane@acme.com' };
  it.each<[string, string, Recruiter['kind']]>([
    ['Your offer', 'Hi Sam,\n\nWe are delighted to extend you an offer for the Data Engineer role. The offer letter is attached.', 'offer'],
    ['Angebot', 'Hallo Sam,\n\nwir freuen uns, Ihnen ein Angebot für die Position Data Engineer zu unterbreiten.', 'offer'],
    ['Oferta', 'Hola Sam,\n\nNos es grato ofrecerle el puesto de Analista de Datos.', 'offer'],
    ['Proposition', "Bonjour Sam,\n\nVeuillez trouver ci-joint votre promesse d'embauche.", 'offer'],
    ['Interview', 'Hi Sam,\n\nWe would like to invite you to a technical interview next week. What times work for you?', 'interview'],
    ['Coding test', 'Hi Sam,\n\nAs a next step, please complete the online assessment within 5 days.', 'interview'],
    ['Termin', 'Hallo Sam,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag ein.', 'interview'],
    ['Entretien', 'Bonjour Sam,\n\nNous souhaitons vous rencontrer pour un entretien jeudi à 14h.', 'interview'],
    ['Re: Application', 'Hi Sam,\n\nThanks for applying! Would you be up for a call on Thursday at 15:00?', 'interview'],
    ['Opportunity', 'Hi Sam,\n\nI came across your profile and have a Staff Engineer role you may like. Open to a chat?', 'outreach'],
    ['Checking in', 'Hi Sam,\n\nJust following up on my note about the Backend Engineer opportunity. Any interest?', 'outreach'],
    ['Quick questions', 'Hi Sam,\n\nBefore we schedule an interview for the Data Engineer role, could you share your notice period?', 'outreach'],
    ['Do you know anyone?', 'Hi Sam,\n\nWe are hiring a Staff Engineer. Do you know anyone who might be a fit for the role?', 'outreach'],
    ['Update', 'Hi Sam,\n\nUnfortunately, we have decided to move forward with another candidate.', 'other'],
    ['Absage', 'Hallo Sam,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.', 'other'],
    ['Candidature', 'Bonjour Sam,\n\nNous ne pourrons pas donner suite à votre candidature.', 'other'],
    ['Proceso', 'Hola Sam,\n\nLamentablemente no has sido seleccionado para continuar.', 'other'],
    ['Received', 'Hi Sam,\n\nWe have received your application and will be in touch.', 'other'],
    ['On hold', 'Hi Sam,\n\nI need to cancel our interview: the position has been put on hold.', 'other'],
    ['Welcome!', 'Hi Sam,\n\nThank you for accepting our offer! Please complete the onboarding paperwork before your first day.', 'other'],
    ['Job alert: 12 new jobs for you', 'New jobs matching your saved search\nData Engineer - Acme\nAnalyst - Globex\nUnsubscribe', 'other'],
    ['Dinner?', 'Hey Sam, want to grab dinner on Friday? Bring the kids.', 'other'],
    ['Our newsletter', 'This month in engineering: five stories. View this email in your browser.', 'other'],
  ])('%s → %s', (subject, body, kind) => {
    expect(extract({ ...base, subject, body }).kind).toBe(kind);
  });

  it('moves an interview rather than cancelling it: still an interview', () => {
    const r = extract({ ...base, subject: 'Reschedule', body: 'Hi Sam,\n\nI need to cancel Friday\'s interview; can we reschedule to Monday at 10:00?' });
    expect(r.kind).toBe('interview');
  });
});

describe('message structure', () => {
  it('cuts quoted history', () => {
    const body = 'Hi Sam,\n\nThanks!\n\nJane\n\nOn Tue, Mar 5, 2024 at 9:00 AM Sam <sam@gmail.com> wrote:\n> Unfortunately I decline.\n';
    expect(prepareBody(body).own).toEqual(['Hi Sam,', '', 'Thanks!', '', 'Jane']);
    expect(extract({ fromName: 'Jane Doe', fromEmail: 'jane@acme.com', subject: 'Re: Data Engineer role', body }).kind).toBe('outreach');
  });

  it('cuts quoted history whose attribution line is wrapped', () => {
    const body = 'Hi Sam,\n\nThanks!\n\nJane\n\nOn Tue, Mar 5, 2024 at 9:00 AM Sam Example <sam.example@gmail.com>\nwrote:\n> Not interested.\n';
    expect(prepareBody(body).own).toEqual(['Hi Sam,', '', 'Thanks!', '', 'Jane']);
  });

  it('cuts an Outlook-style quoted message', () => {
    const body = 'Hi Sam,\n\nAny update?\n\nJane\n\nFrom: Sam <sam@example.com>\nSent: Monday, March 4, 2024 9:12 AM\nTo: Jane\n\nNo thanks.';
    expect(prepareBody(body).own).toEqual(['Hi Sam,', '', 'Any update?', '', 'Jane']);
  });

  it('reads the original author of a job post forwarded by someone outside hiring', () => {
    const r = extract({
      fromName: 'Alex Kim',
      fromEmail: 'alex.kim@gmail.com',
      subject: 'Fwd: Senior Product Manager at Stripe',
      body: 'Saw this and thought of you!\n\n---------- Forwarded message ---------\nFrom: Mike Chen <mike.chen@stripe.com>\nDate: Mon, Jan 8, 2024\nSubject: Senior Product Manager at Stripe\nTo: Alex Kim <alex.kim@gmail.com>\n\nHi Alex,\n\nWe are hiring a Senior Product Manager. Know anyone?\n\nThanks,\nMike Chen\nRecruiter, Stripe',
    });
    expect(r).toMatchObject({ firstName: 'Mike', fullName: 'Mike Chen', role: 'Senior Product Manager', company: 'Stripe', kind: 'outreach' });
  });

  it('keeps the forwarder when the forwarder is on the hiring side', () => {
    const r = extract({
      fromName: 'Dana Lee',
      fromEmail: 'dana.lee@larkspur.com',
      subject: 'Fwd: Interview schedule – Data Engineer',
      body: 'Hi Sam, forwarding the schedule from our coordinator.\n\nDana\n\n---------- Forwarded message ---------\nFrom: Larkspur Scheduling <scheduling@larkspur.com>\nSubject: Interview schedule – Data Engineer\n\nHi Dana,\n\n10:00 System design – Ana Ruiz\n\nThanks,\nLarkspur Scheduling Team',
    });
    expect(r).toMatchObject({ firstName: 'Dana', fullName: 'Dana Lee', role: 'Data Engineer', company: 'Larkspur', kind: 'interview' });
  });

  it('never takes the greeted reader or an interviewer for the recruiter', () => {
    const r = extract({
      fromName: 'Interview Scheduling - Larkspur',
      fromEmail: 'scheduling@larkspur.com',
      subject: 'Second interview',
      body: 'Dear Hamza,\n\nYou will meet Claire Stone (Chief Actuary) and Owen Price (Pricing Manager).\n\nKind regards,\n\nRebecca Moss\nTalent Acquisition Advisor\nLarkspur',
    });
    expect(r).toMatchObject({ firstName: 'Rebecca', fullName: 'Rebecca Moss', company: 'Larkspur', kind: 'interview' });
  });
});

describe('helpers', () => {
  it('parsePersonName rejects non-names', () => {
    for (const text of ['Careers', 'Noreply', 'The Acme Team', 'Talent Acquisition Manager', "I'm Priya", 'Best regards', 'HR', '12345', '']) {
      expect(parsePersonName(text)).toBeNull();
    }
  });

  it('parseDisplayName separates people from organisations', () => {
    expect(parseDisplayName('Recursos Humanos - Andina Foods', 'rrhh@andinafoods.co', 'andinafoods')).toMatchObject({ person: null, orgs: ['Andina Foods'] });
    expect(parseDisplayName('Arcadia Games (via Lever)', 'no-reply@hire.lever.co', '', true)).toMatchObject({ person: null, orgs: ['Arcadia Games'] });
    expect(parseDisplayName('Helix Robotics', 'jobs@helixrobotics.com', 'helixrobotics').person).toBeNull();
  });
});

describe('generalisation fixes (names, companies and titles seen only in these hand-written messages)', () => {
  it('reads brand-cased words like "iOS" inside a title', () => {
    expect(subjectTitle('Intro call - Senior iOS Engineer')).toBe('Senior iOS Engineer');
  });

  it('takes an e-signature notice\'s named sender, never the service\'s boilerplate', () => {
    const r = extract({
      fromName: 'Nordfjell Bakery via DocuSign',
      fromEmail: 'dse@docusign.net',
      subject: 'Please DocuSign: Offer Letter - Shift Supervisor',
      body: 'Oda Lien sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nPlease sign your offer letter.\n\nAbout DocuSign\nSign documents electronically in minutes.\n',
    });
    expect(r).toMatchObject({ firstName: 'Oda', fullName: 'Oda Lien', kind: 'offer' });
  });

  it('drops "i. A." before a German signer', () => {
    const r = extract({
      fromName: 'Personalabteilung Moorwald',
      fromEmail: 'bewerbung@moorwald.de',
      subject: 'Einladung zum Vorstellungsgespräch',
      body: 'Sehr geehrter Herr Lang,\n\nwir laden Sie gerne zu einem Gespräch ein.\n\nMit freundlichen Grüßen\n\ni. A. Petra Sommer\nPersonalreferentin\nMoorwald GmbH\n',
    });
    expect(r).toMatchObject({ firstName: 'Petra', fullName: 'Petra Sommer', kind: 'interview' });
  });

  it('never returns an agency\'s own name (department word stripped) as the client', () => {
    const r = extract({
      fromName: 'Ada Quill (Lumen Recruitment)',
      fromEmail: 'ada@lumenrecruitment.com',
      subject: 'Great news',
      body: 'Hi Sam,\n\nI\'m currently partnered with Harrow Analytics and they have come back with an offer for the Data Engineer role.\n\nAda\n',
    });
    expect(r.company).toBe('Harrow Analytics');
    expect(r.kind).toBe('offer');
  });

  it('has no recruiter, role or company in a job-alert digest or a newsletter', () => {
    const digest = extract({
      fromName: 'Job Alerts',
      fromEmail: 'alerts@jobboard.example',
      subject: '5 new jobs for "data analyst"',
      body: 'New jobs matching your search\n\nData Analyst\nPlumtree Foods\n\nSenior Data Analyst\nOakridge Bank\n\nUnsubscribe\n',
    });
    expect(digest).toMatchObject({ firstName: null, fullName: null, role: null, kind: 'other' });
    const news = extract({
      fromName: 'Frontend Digest',
      fromEmail: 'newsletter@frontenddigest.example',
      subject: 'Issue #12',
      body: 'Hi there,\n\nThis week in CSS.\n\nThanks for reading,\nMara Voss\nEditor\n\nUnsubscribe | View in browser\n',
    });
    expect(news).toMatchObject({ firstName: null, fullName: null, role: null, company: null, kind: 'other' });
  });

  it('treats personal mail from a free-mail address as having no recruiter', () => {
    const r = extract({ fromName: 'Tess Hale', fromEmail: 'tess.hale@gmail.com', subject: 'Lunch?', body: 'Hey!\n\nLunch on Friday?\n\nTess\n' });
    expect(r).toMatchObject({ firstName: null, fullName: null, kind: 'other' });
  });

  it('reads Dutch and Portuguese titles and stages', () => {
    const nl = extract({
      fromName: 'Bram Kuiper',
      fromEmail: 'bram@vlietzorg.nl',
      subject: 'Uitnodiging sollicitatiegesprek',
      body: 'Beste Eva,\n\nBedankt voor je sollicitatie op de functie Ontwikkelaar Mobiele Apps. Wil je dinsdag om 10:00 langskomen?\n\nMet vriendelijke groet,\nBram Kuiper\n',
    });
    expect(nl).toMatchObject({ role: 'Ontwikkelaar Mobiele Apps', kind: 'interview', firstName: 'Bram' });
    const pt = extract({
      fromName: 'Lia Costa',
      fromEmail: 'lia@pontaverde.com.br',
      subject: 'Oportunidade',
      body: 'Olá Rui,\n\nTemos uma vaga de Desenvolvedor Android Sênior (híbrido) e lembrei de você.\n\nAbraços,\nLia Costa\n',
    });
    expect(pt.role).toBe('Desenvolvedor Android Sênior');
  });

  it('stops a head-initial title before the rest of the sentence', () => {
    const r = extract({
      fromName: 'Ana Gil',
      fromEmail: 'ana@riosur.es',
      subject: 'Entrevista',
      body: 'Hola Leo,\n\nTe invitamos a una entrevista para la posición de Técnico de Sistemas Jr. el lunes 3 a las 9 h.\n\nSaludos,\nAna Gil\n',
    });
    expect(r.role).toBe('Técnico de Sistemas Jr.');
  });
});
