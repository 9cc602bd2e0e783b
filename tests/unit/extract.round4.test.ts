// Hand-written messages for the mechanisms of issue 14's fourth round. None is copied from a fixture.
import { extract, fromHiringTeam } from '../support/extract-message';
import { type Recruiter } from '../../core/extract';


describe('organisations are not people', () => {
  it.each([
    ['Bäckerei Sonnenkorn', 'jobs@sonnenkorn.de'],
    ['Pharmacie du Port', 'recrutement@pharmacieduport.fr'],
    ['Bakkerij Het Anker', 'werk@hetanker.nl'],
    ['Stadtwerke Ostheim', 'karriere@stadtwerke-ostheim.de'],
    ['Harbour Learning', 'hiring@harbourlearning.org'],
  ])('%s signs as an organisation: no first name, the name is the company', (fromName, fromEmail) => {
    const r = extract({ fromName, fromEmail, subject: 'Your application', body: `Hello Sam,\n\nwe would like to invite you to an interview next Tuesday at 10:00.\n\nKind regards,\n${fromName}` });
    expect(r.firstName).toBeNull();
    expect(r.company).toBe(fromName);
  });

  it('a heading over a paragraph is no signature', () => {
    const r = extract({
      fromName: 'Northwind Careers',
      fromEmail: 'careers@northwind.org',
      subject: 'Interview invitation - Data Officer',
      body: 'Dear Sam,\n\nWe would like to invite you to an interview for the Data Officer position on Monday at 14:00.\n\nFurther Details\nThe panel will include two members of the data team and our head of operations.\n\nBest regards,\nNorthwind Careers',
    });
    expect(r.firstName).toBeNull();
  });

  it('a sentence that starts with an adverb is no signer', () => {
    const r = extract({
      fromName: 'Lakeside Financial Careers',
      fromEmail: 'hiring@lakesidefinancial.com',
      subject: 'Your employment application',
      body: 'Dear Ms. Grey:\n\nThank you for your interest in Lakeside Financial. Our decision is not to pursue your application further.\n\nAgain, we appreciate your interest in Lakeside Financial and wish you well.\n\nLakeside Financial Hiring Department',
    });
    expect(r.firstName).toBeNull();
  });

  it('a service signing with its own name is not a person', () => {
    const r = extract({
      fromName: 'Matchly',
      fromEmail: 'hello@matchly.app',
      subject: 'A company is interested: Operations Analyst',
      body: 'Hi Sam,\n\nA hiring manager saw your profile and thinks you are a strong fit for Operations Analyst.\n\nAre you interested in this role?\n\n— Matchly',
    });
    expect(r.firstName).toBeNull();
  });
});

describe('services that relay mail are not the employer', () => {
  it('"Powered by" names the service', () => {
    const r = extract({
      fromName: 'Hirewell',
      fromEmail: 'karriere@hirewell.ai',
      subject: 'Eingangsbestätigung: Ihre Bewerbung als Elektroniker',
      body: 'Stadtwerke Ostheim\n\nHallo Sam Berger,\n\nvielen Dank für Ihre Bewerbung als Elektroniker bei Stadtwerke Ostheim.\n\nFreundliche Grüße\nStadtwerke Ostheim\n\nPowered by HIREWELL — hirewell.ai',
    });
    expect(r.company ?? r.suggestions?.company).toBe('Stadtwerke Ostheim');
  });

  it('"X on behalf of Y" makes Y the employer', () => {
    const r = extract({
      fromName: 'Checkly on behalf of Riverside Grammar School',
      fromEmail: 'checks@checkly.com.au',
      subject: 'Action required: police check for your application',
      body: 'Dear Sam\n\nFurther to your application for Head of Music with Riverside Grammar School a police check is required.\nPlease follow the link.',
    });
    expect(r.company).toBe('Riverside Grammar School');
  });

  it('a greeting is not part of the company name', () => {
    const r = extract({
      fromName: 'Priya Shah',
      fromEmail: 'priya.shah@maplecrestbank.com',
      subject: 'Welcome to Maplecrest Bank! Offer Accepted',
      body: "Dear Sam,\n\nWe're delighted that you've accepted our offer to join Maplecrest Bank.\n\nPriya Shah\nMaplecrest Bank",
    });
    expect(r.company).toBe('Maplecrest Bank');
  });

  it('department words before a name go only when the rest is surely the organisation', () => {
    expect(extract({ fromName: 'Recruiting Grünwald AG', fromEmail: 'recruiting@gruenwald.de', subject: 'Jobangebot: Controller', body: 'Sehr geehrte Frau Lenz,\n\nwir freuen uns, Ihnen ein Angebot unterbreiten zu können.' }).company).toBe('Grünwald AG');
  });

  it('a brand in lower camel case is written as it is', () => {
    expect(extract({ fromName: 'eNova Tech HR', fromEmail: 'hr@enova.co', subject: 'Application for Node.js Developer', body: 'Dear Sam,\nWarm greetings from eNova Tech!\nThank you for your application for Node.js Developer.' }).company).toBe('eNova Tech');
  });
});

describe('roles in every language read', () => {
  it('keeps a German gender star and joins "und"', () => {
    const r = extract({
      fromName: 'Lehrstuhl Robotik',
      fromEmail: 'no-reply@apply.example.de',
      subject: 'Einladung zum Interview',
      body: 'Sehr geehrte*r Sam Berger,\n\nvielen Dank für deine Bewerbung auf die Position Doktorand*in Robotik und Embodied AI in unserer Forschungsgruppe.\n\nWir möchten dich gerne zu einem Interview einladen.',
    });
    expect(r.role).toBe('Doktorand*in Robotik und Embodied AI');
  });

  it.each([
    ['Proposta para Coordenador de Loja na Grupo Aurora', 'Olá, Rodrigo!\n\nSegue a proposta.', 'Coordenador de Loja'],
    ['Einladung: Data Engineer bei Nordwerk', 'Hallo Sam,\n\nwir möchten Sie gerne kennenlernen.', 'Data Engineer'],
  ])('cuts the employer after a title (%s)', (subject, body, role) => {
    const r = extract({ fromName: 'Patrícia Moura', fromEmail: 'patricia@aurora-varejo.com.br', subject, body });
    expect(r.role ?? r.suggestions?.role).toBe(role);
  });

  it('a word of time never joins a title read from the subject', () => {
    expect(extract({ fromName: 'Karen Osei', fromEmail: 'karen@brightwell.com', subject: 'Reminder: Interview Tomorrow for Product Designer', body: 'Hi Sam,\n\nA friendly reminder about your interview.\n\nBest,\nKaren' }).role).toBe('Product Designer');
  });

  it('a bare generic head is only a suggestion', () => {
    const r = extract({ fromName: 'Atelier Moreau', fromEmail: 'rh@atelier-moreau.fr', subject: 'Candidature', body: 'Bonjour,\n\nnous avons le plaisir de vous proposer le poste de Chef au sein de notre atelier.\n\nCordialement,\nAtelier Moreau' });
    expect(r.role).toBeNull();
    expect(r.suggestions?.role).toBe('Chef');
  });
});

describe('stages in every language read', () => {
  // From a hiring team's mailbox, with the job talk a real status mail carries.
  it.each<[string, string, Recruiter['kind'], Recruiter['nothingToDecline'] | undefined]>([
    ['Reference for Sam Lee', 'Hello Ruth,\n\nSam Lee listed you as a reference for a Registered Manager position with us. Would you answer a few short questions about their work?', 'other', 'unrelated'],
    ['Rückmeldung zu unserem Angebot', 'Sehr geehrte Frau Keller,\n\nwir haben zur Kenntnis genommen, dass Sie unser Angebot für die Position Disponentin abgelehnt haben.', 'other', 'acknowledgement'],
    ['Rückmeldung nach Ihrem Interview', 'Sehr geehrter Herr Demir,\n\nvielen Dank für das Gespräch zur Position Frontend Developer. Wir haben uns für andere Kandidaten entschieden, die noch besser passen.', 'other', 'rejection'],
    ['Interview cancelled', 'Hi Kevin,\n\nYour interview for the Technician position has been cancelled. Your recruiter will reach out to discuss rescheduling or next steps in the hiring process.', 'other', 'closed'],
    ['Statut mis à jour', 'Bonjour Sophie,\n\nVotre statut a été mis à jour pour le poste de Conseillère dermo-cosmétique.\n\nMerci !', 'other', 'acknowledgement'],
    ['Uitnodiging meeloopdag', 'Beste Noor,\n\nWe nodigen je graag uit voor een meeloopdag bij onze bakkerij.', 'interview', undefined],
    ['Aanbod', 'Beste Daan,\n\nGoed nieuws! We willen je graag een aanbod doen voor de functie van verkoper.', 'offer', undefined],
    ['Lettre d’offre', 'Madame, Monsieur,\n\nnous avons le plaisir de vous proposer le poste de Chef d’équipe au sein de notre société.', 'offer', undefined],
    ['Test invitation', 'Dear Candidate,\n\nWe are delighted to invite you to take part in our assessment process for the role of Sales Coordinator.', 'interview', undefined],
    ['Your application', 'Dear Sam,\n\nThank you for your interest in the Analyst role. After careful consideration we have decided to go in a different direction.', 'other', 'rejection'],
    ['Votre candidature', 'Bonjour,\n\nvotre profil ne correspond pas au poste de comptable que nous recherchons. Nous vous souhaitons une bonne continuation.', 'other', 'rejection'],
    ['Suite à votre entretien', 'Bonjour Sam,\n\nmerci pour votre entretien de mardi pour le poste de comptable. Nous revenons vers vous rapidement.', 'other', 'acknowledgement'],
    ['Second interview', 'Hi Sam,\n\nThank you for interviewing with us last week. We would like to invite you to a second interview with the hiring manager.', 'interview', undefined],
    ['We would like to hire you', 'Dear Keisha,\n\nThank you for meeting with us for an interview. We would like to hire you for the Shift Lead position.', 'offer', undefined],
  ])('%s → %s', (subject, body, kind, why) => {
    const r = fromHiringTeam(subject, body);
    expect(r.kind).toBe(kind);
    expect(r.nothingToDecline).toBe(why);
  });

  // Offers and invitations whose wording comes close to the new tables: they stay what they are.
  it.each<[string, string, Recruiter['kind']]>([
    ['Interview confirmed', 'Hi Sam,\n\nThank you for scheduling your interview for the Data Engineer role. It is confirmed for Monday at 10:00.', 'interview'],
    ['Final interview', 'Hi Sam,\n\nThanks for chatting today! Your final interview for the Analyst role is scheduled for Tuesday at 14:00.', 'interview'],
    ['Your offer', 'Dear Sam,\n\nWe are pleased to extend a formal offer for the Analyst role. This conditional offer is subject to satisfactory reference checks.', 'offer'],
    ['Your offer', 'Dear Sam,\n\nPlease find your offer letter for the Analyst role attached. If you decline the offer, please let us know by Friday.', 'offer'],
    ['Ihr Angebot', 'Liebe Frau Lenz,\n\nwir haben uns für Sie als Kandidatin entschieden und freuen uns, Ihnen ein Vertragsangebot als Controllerin zu machen.', 'offer'],
    ['Einladung zum Vorstellungsgespräch', 'Sehr geehrter Herr Brandt,\n\nwir laden Sie zu einem Vorstellungsgespräch für die Stelle als Buchhalter ein. Falls Sie Ihre Bewerbung nicht weiter verfolgen möchten oder den Termin absagen müssen, geben Sie uns bitte Bescheid.', 'interview'],
    ['Entretien', 'Bonjour,\n\nvotre entretien pour le poste de comptable est confirmé pour jeudi à 10h. Pour annuler, répondez à ce message.', 'interview'],
    ['Next steps', 'Hi Sam,\n\nThank you for your application. We have decided to pass your application to the hiring manager, who would like to invite you to an interview.', 'interview'],
  ])('%s stays %s', (subject, body, kind) => {
    expect(fromHiringTeam(subject, body).kind).toBe(kind);
  });

  it('a conditional selection is no offer', () => {
    expect(fromHiringTeam('Application received', 'Dear Sam,\n\nThank you for your application for the Analyst role. If you are selected for the role, we will contact you.').kind).not.toBe('offer');
  });
});
