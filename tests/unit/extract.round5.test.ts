// Hand-written messages for the mechanisms of issue 14's fifth round. None is copied from a fixture.
import { extract, fromHiringTeam } from '../support/extract-message';


describe('the stage-phrase table reads every language alike', () => {
  it.each([
    ['Offerta di lavoro', 'Gentile Marco,\n\nvorremmo offrirti la posizione di Tecnico di Laboratorio. In allegato trovi la nostra proposta.', 'offer'],
    ['Proposta', 'Olá Ana,\n\nTemos o prazer de lhe oferecer a vaga de Analista de Dados.', 'offer'],
    ['Bonne nouvelle', 'Bonjour Kevin,\n\nNous avons le plaisir de retenir votre candidature pour le poste de magasinier.', 'offer'],
    ['Next step', 'Dear Priya,\n\nThank you for your application to our Graduate Analyst programme. We invite you to complete our online aptitude test within 72 hours.', 'interview'],
    ['Aggiornamento', 'Gentile Luca,\n\nti informiamo che la posizione è stata chiusa e il processo di selezione si è concluso.', 'other'],
  ])('%s: %s', (subject, body, kind) => {
    expect(fromHiringTeam(subject, body).kind).toBe(kind);
  });

  it.each([
    ['Reference request', 'Hi Graham,\n\nPriya Raman has provided your name to complete a short reference check on their behalf. It takes five minutes.', 'reference'],
    ['Thank you', 'Dear Saurabh,\n\nThank you for connecting with our team. We will get in touch in case your resume is shortlisted by our client.', 'acknowledgement'],
    ['Job posting closed', 'Hello,\n\nThe job posting for Payroll Specialist has been closed. The company is no longer accepting new applications.', 'closed'],
    ['Kontakt', 'Guten Tag Frau Marti,\n\nIhr Profil hat uns gefallen, auch wenn es aktuell nicht zur Stelle passt. Dürfen wir Sie in unseren Talent-Pool aufnehmen?', 'rejection'],
  ])('%s: nothing to decline (%s)', (subject, body, rule) => {
    const r = fromHiringTeam(subject, body);
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe(rule === 'reference' ? 'unrelated' : rule === 'rejection' ? 'rejection' : rule === 'closed' ? 'closed' : 'acknowledgement');
  });

  it('an invitation to a call in a first approach is outreach, with the interview as the alternative', () => {
    const r = extract({
      fromName: 'Mariana Echeverría',
      fromEmail: 'mariana@talentbridge-example.mx',
      subject: 'Oportunidad laboral: Gerente de Finanzas',
      body: 'Hola Ricardo,\n\nRevisamos tu perfil y creemos que tu experiencia encaja con la posición de Gerente de Finanzas que estamos buscando. Me encantaría agendar una breve llamada esta semana.\n\nSaludos,\nMariana',
    });
    expect(r.kind).toBe('outreach');
    expect(r.stageAlternatives).toContain('interview');
  });

  it('an invitation to an interview step in the same words is an interview', () => {
    const r = extract({
      fromName: 'Katarzyna Wróblewska',
      fromEmail: 'k.wroblewska@softwise-example.pl',
      subject: 'Zaproszenie na rozmowę — Scrum Master',
      body: 'Dzień dobry,\n\nchcielibyśmy zaprosić Panią na rozmowę kwalifikacyjną na stanowisko Scrum Master.\n\nZ poważaniem,\nKatarzyna Wróblewska',
    });
    expect(r.kind).toBe('interview');
  });

  it('a phrase inside a conditional clause states nothing', () => {
    const r = fromHiringTeam(
      'Einladung zum Vorstellungsgespräch',
      'Sehr geehrter Herr Brandt,\n\nwir laden Sie zu einem Vorstellungsgespräch ein. Falls Sie Ihre Bewerbung nicht weiter verfolgen möchten, geben Sie uns bitte Bescheid.',
    );
    expect(r.kind).toBe('interview');
  });
});

describe('the employer a notification names', () => {
  it('a "Company:" field names the employer under a platform that writes in its own name', () => {
    const r = extract({
      fromName: 'Jobsy',
      fromEmail: 'notifications@jobsy-mail.example',
      subject: 'Booking confirmed: your interview',
      body: 'Dear Sam,\n\nYour interview is confirmed.\n\nCompany: Tallow & Pine Pty Ltd\nPosition title: Store Manager\nDate: 14/04\n\nThe Jobsy Team',
    });
    expect(r.company).toBe('Tallow & Pine Pty Ltd');
  });

  it('"X has extended an offer", written by a platform, names X', () => {
    const r = extract({
      fromName: 'Jobsy',
      fromEmail: 'notifications@jobsy-mail.example',
      subject: 'Job offer received',
      body: 'Hi Sam,\n\nCongratulations! Harbor Analytics has extended an offer for the Data Analyst position.\n\nThe Jobsy Team',
    });
    expect(r.company).toBe('Harbor Analytics');
  });

  it('a legal form\'s dot ends the name before the next sentence', () => {
    const r = extract({
      fromName: 'Recruiting Team',
      fromEmail: 'recruiting@bigdatacorp.example',
      subject: 'Update on your application',
      body: 'Thank you for your interest in the Analyst role at BigData Corp. After careful consideration, we have decided to move forward with other candidates.',
    });
    expect(r.company).toBe('BigData Corp');
  });

  it('the domain may spell the name\'s words in another order, or its ampersand out', () => {
    const reversed = extract({
      fromName: 'Corina Bühler',
      fromEmail: 'c.buehler@lenzerheide-bergbahnen.example',
      subject: 'Einladung',
      body: 'Guten Tag Frau Marti,\n\ngerne laden wir Sie zu einem Gespräch ein.\n\nFreundliche Grüsse\nCorina Bühler\nBergbahnen Lenzerheide AG',
    });
    expect(reversed.company).toBe('Bergbahnen Lenzerheide AG');
    const ampersand = extract({
      fromName: 'Tallow & Pine Recruiting',
      fromEmail: 'jobs@tallowandpine.example',
      subject: 'Your interview with Tallow & Pine',
      body: 'Dear Sam,\n\nwe would like to invite you to an interview on Monday at 10:00.\n\nTallow & Pine',
    });
    expect(ampersand.company).toBe('Tallow & Pine');
  });

  it('the employer the reader applied to, in German, and never the reader\'s own employer', () => {
    const applied = extract({
      fromName: 'Svenja Kötter',
      fromEmail: 's.koetter@koetter-personal.example',
      subject: 'Bewerbung eingegangen',
      body: 'Hallo Deniz,\n\nvielen Dank für Ihre Bewerbung bei Brinkhoff Service GmbH. Bitte buchen Sie jetzt Ihren Termin für das Bewerbungsgespräch.\n\nSvenja Kötter',
    });
    expect(applied.company).toBe('Brinkhoff Service GmbH');
    const own = extract({
      fromName: 'Svenja Kötter',
      fromEmail: 's.koetter@gmail.com',
      subject: 'Ihre Erfahrung',
      body: 'Hallo Deniz,\n\nIhre Stelle bei Brinkhoff Service GmbH klingt spannend. Wir suchen einen Projektleiter.\n\nSvenja Kötter',
    });
    expect(own.company).not.toBe('Brinkhoff Service GmbH');
  });
});

describe('the table never turns real offers, invitations or approaches into nothing to decline (review of round 5)', () => {
  it.each([
    ['Your offer', 'Dear Sam,\n\nWe are thrilled to offer you the Data Engineer role. Your first day would be 1 March. Please return the signed offer letter by Friday.', 'offer'],
    ['Your offer', 'Dear Sam,\n\nWe are delighted to offer you the Analyst position. We will not be extending the deadline for this offer beyond Friday.', 'offer'],
    ['Your offer', 'Dear Sam,\n\nWe are delighted to offer you the Analyst position. Please complete the attached reference form.', 'offer'],
    ['Interview invitation', 'Dear Sam,\n\nThank you for your application. We would like to invite you to an interview on Monday at 10:00.\n\nInterview cancellation: please give us 24 hours notice.', 'interview'],
    ['Data Engineer', 'Hi Sam,\n\nI came across your profile. From your first day you would own the payments platform. Would you be open to a quick call?', 'outreach'],
    ['Hello', 'Thank you for connecting with me! I am hiring a Senior Data Engineer for my team. Would you be open to a quick chat next week?', 'outreach'],
    ['Update', 'Hi Sam,\n\nNo decision has been made yet: the hiring manager would love to meet you again for a final round with our CEO on Thursday at 2pm.', 'interview'],
  ])('%s: %s', (subject, body, kind) => {
    expect(fromHiringTeam(subject, body).kind).toBe(kind);
  });

  it.each([
    ['Upgrade to Premium', 'Hi Sam,\n\nUpgrade today and save 30 %. Accept this offer before Sunday: this offer is valid until 10 March.'],
    ['Our product webinar', 'Hi Sam,\n\nJoin our product webinar on Thursday. Book your slot now. We also invite you to our latest community meeting.'],
  ])('ordinary mail gets no button: %s', (subject, body) => {
    const r = extract({ fromName: 'Acme Newsletter', fromEmail: 'news@acme-example.com', subject, body });
    expect(r.kind).toBe('other');
  });

  it('a person who would like to interview you is no employer', () => {
    const r = extract({ fromName: 'Hirely', fromEmail: 'noreply@hirely-example.io', subject: 'Interview request', body: 'Hi Sam,\n\nSarah Jones would like to interview you for the Data Engineer role.\n\nThe Hirely Team' });
    expect(r.company).not.toBe('Sarah Jones');
  });
});
