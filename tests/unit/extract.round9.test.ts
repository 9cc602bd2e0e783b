// Hand-written messages for the mechanisms of issue 14's seventh round (gathering round 9). None is copied from a
// fixture.
import { extract } from '../support/extract-message';
import { STATE_AT, confidence } from '../../core/extract/confidence';

describe('an app writing under its own name from an automated mailbox is not stated as the employer', () => {
  const invitation = (fromName: string, fromEmail: string, body: string) =>
    extract({ fromName, fromEmail, subject: 'Interview invitation', body });

  it('an app that names itself only in its links and footer gives a suggestion', () => {
    const r = invitation(
      'Slotnest',
      'invites@slotnest.app',
      'Hello Maria,\n\nBrodway Plumbing Ltd invites you to a video interview for the Apprentice Plumber position in Slotnest.\n\nJoin here: https://slotnest.app/i/abc123\n\nYou received this because someone invited this address in Slotnest.',
    );
    expect(r.company).not.toBe('Slotnest');
  });

  it.each([
    ['Merci de votre intérêt pour rejoindre l\'équipe de Atelier Rivoire.', 'Atelier Rivoire', 'noreply@atelier-rivoire.example'],
    ['Gracias por tu interés en Grupo Calvera.', 'Grupo Calvera', 'no-reply@grupocalvera.example'],
    ['Cordialement,\nL\'équipe Norvane Industries', 'Norvane Industries', 'noreply@norvane.example'],
  ])('an employer the text speaks of as one stays stated: %s', (line, name, fromEmail) => {
    const r = invitation(name, fromEmail, `Bonjour Léa,\n\nNous vous invitons à un entretien le mardi 3 juin à 10h30.\n\n${line}`);
    expect(r.company).toBe(name);
  });

  it('a person writing from the same mailbox still names the company', () => {
    const r = invitation('Clara Nunes', 'noreply@atelier-rivoire.example', 'Bonjour Léa,\n\nNous vous invitons à un entretien mardi à 10h30.\n\nClara Nunes\nAtelier Rivoire');
    expect(r.company).toBe('Atelier Rivoire');
  });
});

describe('an organisation signing is no person', () => {
  it('the signer who is the From header\'s organisation ("Brightlane" under "Brightlane")', () => {
    const r = extract({
      fromName: 'Brightlane',
      fromEmail: 'applicants@brightlane-example.org',
      subject: 'Your application status',
      body: 'Hi Sam,\n\nThank you for applying. We have received your application and will review it in the coming weeks.\n\nBrightlane Organizers',
    });
    expect(r.firstName).toBeNull();
    expect(r.suggestions?.firstName).toBeUndefined();
  });

  it.each(['Aarhus Sales', 'Group Operations', 'Kestrel Organizers'])('a department or the organisers: "%s"', (fromName) => {
    const r = extract({ fromName, fromEmail: 'job@kestrel-example.dk', subject: 'Samtale', body: 'Hej Oscar,\n\nVi vil gerne invitere dig til en samtale på torsdag kl. 10.\n\nMed venlig hilsen' });
    expect(r.firstName).toBeNull();
  });

  it.each(['Pozdrawiamy', 'Serdecznie pozdrawiamy', 'Z pozdrowieniami', 'Med vänliga hälsningar', 'Bedste hilsner'])('a sign-off is no signer: %s', (signOff) => {
    const r = extract({
      fromName: 'Dział Rekrutacji',
      fromEmail: 'praca@mlyn-example.pl',
      subject: 'Zaproszenie na rozmowę',
      body: `Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną w czwartek o 10:00.\n\n${signOff}\nDział Rekrutacji`,
    });
    expect(r.firstName).toBeNull();
    expect(r.suggestions?.firstName).toBeUndefined();
  });

  it('a real given name still signs', () => {
    const r = extract({ fromName: 'Dział Rekrutacji', fromEmail: 'praca@mlyn-example.pl', subject: 'Zaproszenie', body: 'Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną w czwartek o 10:00.\n\nPozdrawiam\nAnna Wróbel' });
    expect(r.firstName).toBe('Anna');
  });
});

describe('the stage in Danish, Norwegian, Swedish and Czech, and more refusals and offers', () => {
  const read = (subject: string, body: string) => extract({ fromName: 'Karin Lund', fromEmail: 'karin.lund@vastra-example.se', subject, body }).kind;

  it.each([
    ['Tilbud', 'Hej Oscar,\n\nVi er glade for at kunne tilbyde dig stillingen som lagermedarbejder. Ansættelseskontrakten er vedhæftet.\n\nMed venlig hilsen', 'offer'],
    ['Tilbud', 'Hei Ola,\n\nVi vil gjerne tilby deg stillingen som kokk hos oss. Arbeidskontrakten kommer i egen e-post.\n\nVennlig hilsen', 'offer'],
    ['Erbjudande', 'Hej Elin,\n\nVi vill gärna erbjuda dig tjänsten som ekonomiassistent. Anställningsavtalet skickas separat.\n\nMed vänliga hälsningar', 'offer'],
    ['Samtale', 'Hej Oscar,\n\nTak for din ansøgning. Vi vil gerne invitere dig til en samtale om stillingen på tirsdag kl. 10.\n\nMed venlig hilsen', 'interview'],
    ['Intervju', 'Hei Ola,\n\nTakk for din søknad. Vi vil invitere deg til et intervju om stillingen torsdag kl. 14.\n\nVennlig hilsen', 'interview'],
    ['Intervju', 'Hej Elin,\n\nTack för din ansökan. Vi vill bjuda in dig till en intervju om tjänsten på måndag kl. 9.\n\nMed vänliga hälsningar', 'interview'],
    ['Din ansøgning', 'Hej Oscar,\n\nTak for din ansøgning. Vi har desværre valgt en anden kandidat til stillingen.\n\nMed venlig hilsen', 'other'],
    ['Din ansökan', 'Hej Elin,\n\nTack för din ansökan. Vi har valt att gå vidare med andra kandidater.\n\nMed vänliga hälsningar', 'other'],
    ['Resultado', 'Hola Mateo,\n\nAgradecemos tu interés en la vacante. Aunque en esta oportunidad no avanzarás en el proceso, valoramos tu perfil.\n\nSaludos', 'other'],
    ['Twoja aplikacja', 'Dzień dobry,\n\ndziękuję za zgłoszenie na stanowisko Specjalisty ds. sprzedaży. Z przyjemnością informuję, że Pani kandydatura została przyjęta.\n\nPozdrawiam', 'offer'],
  ])('%s: %s → %s', (subject, body, kind) => {
    expect(read(subject, body)).toBe(kind);
  });

  it.each([
    ['Výběrové řízení', 'Dobrý den,\n\nděkujeme za Vaši přihlášku do výběrového řízení. Po zvážení jsme se rozhodli dát přednost jinému kandidátovi.\n\nS pozdravem\nTomáš Beneš', 'other'],
    ['Nástup', 'Dobrý den Lucie,\n\ngratulujeme k přijetí na pozici asistentky! Prosím vyplňte formulář k pracovní smlouvě.\n\nS pozdravem', 'other'],
  ])('Czech: %s → %s', (subject, body, kind) => {
    expect(read(subject, body)).toBe(kind);
  });

  it('a Czech sign-off is no signer; the name under it is', () => {
    const r = extract({ fromName: '', fromEmail: 'kariera@brnoplast.example', subject: 'Pohovor', body: 'Dobrý den,\n\nzveme Vás na pohovor na pozici technika ve středu v 9:00.\n\nS pozdravem\nTereza Malá\nHR' });
    expect(r.firstName).toBe('Tereza');
  });

  it('a cold pitch headed "Jobbtilbud" (a job opportunity) is no offer', () => {
    const kind = read('Jobbtilbud – deltid', 'Hei! Vi søker personer som kan jobbe hjemmefra, 30 minutter om dagen. Er du interessert? Kontakt meg.\n\nHilsen Robert');
    expect(kind).not.toBe('offer');
  });
});

describe('company values that are places, platforms or sites', () => {
  it.each(['Suiza', 'Schweiz', 'Pays-Bas', 'Indeed Nederland', 'LinkedIn Deutschland'])('"%s" is never the employer', (value) => {
    expect(confidence('company', 'client', value)).toBe(0);
  });

  it('an agency\'s own web address is no client', () => {
    const r = extract({
      fromName: 'Jocelyn Ramos',
      fromEmail: 'jocelyn@harborstaff-recruit-example.ph',
      subject: 'Interview schedule',
      body: 'Hi Ana,\n\nI am recruiting on behalf of our client. Our client, HarborStaff.com, would like to interview you on Monday at 9:00.\n\nJocelyn Ramos\nRecruiter',
    });
    expect(r.company).toBeNull();
  });

  it('a Scandinavian recruitment agency is an agency, not the employer', () => {
    const r = extract({
      fromName: 'Karin Lund',
      fromEmail: 'karin.lund@rekryteringspartner-example.se',
      subject: 'Intervju',
      body: 'Hej Elin,\n\nTack för din ansökan. Vi vill bjuda in dig till en intervju på måndag kl. 9.\n\nMed vänliga hälsningar\nKarin Lund\nRekryteringspartner Väst AB',
    });
    expect(r.company).not.toBe('Rekryteringspartner Väst AB');
  });
});

describe('a title read with middling phrasing confirms itself only when shaped like one', () => {
  it('a plural with an aside is a suggestion, not stated', () => {
    const r = extract({
      fromName: 'Lorna Vu',
      fromEmail: 'lorna@baycrest-example.com',
      subject: 'Quick question',
      body: 'Hi Jo,\n\nWe are looking for Ruby Rails developers (both) for a client in Leeds. Would you be open to a chat?\n\nLorna',
    });
    expect(r.role).toBeNull();
  });

  it('a clean title from the same phrasing is stated', () => {
    const r = extract({
      fromName: 'Lorna Vu',
      fromEmail: 'lorna@baycrest-example.com',
      subject: 'Quick question',
      body: 'Hi Jo,\n\nWe are looking for a Senior Backend Engineer to join our platform team. Would you be open to a chat?\n\nLorna',
    });
    expect(r.role).toBe('Senior Backend Engineer');
  });

  it('the confidence rule itself: a middling source alone is below the stating mark', () => {
    expect(confidence('role', 'body-medium', 'Senior Backend Engineer')).toBeLessThan(STATE_AT);
  });
});

describe('an interview the employer cancels', () => {
  const read = (body: string) => extract({ fromName: 'HR Team', fromEmail: 'hr@larkfield.example', subject: 'Interview cancelled', body }).kind;

  it.each([
    'Dear Sam,\n\nYour interview has been cancelled by the HR manager.\n\nOriginal details: Tuesday at 2:00 PM.\n\nPlease contact the HR team to reschedule your interview.',
    'Dear Sam,\n\nUnforeseen circumstances necessitated the cancellation of your interview. We will let you know when we resume recruitment and reschedule the interview.',
  ])('ends it when rescheduling is only promised or left to the reader', (body) => {
    expect(read(body)).toBe('other');
  });

  it('goes on when it is moved to a new time', () => {
    expect(read('Dear Sam,\n\nYour interview has been cancelled for Monday; we would like to reschedule it to Thursday at 3:00 PM. Does that work?')).toBe('interview');
  });
});

describe('round 10: organisations in From headers, department words, titles that are steps', () => {
  it('a From name the text writes as an organisation ("Talent @ X") is no person; the signer is', () => {
    const r = extract({
      fromName: 'Brookfield Haulage',
      fromEmail: 'no-reply@screener-example.com',
      subject: 'Quick next step for Dispatch Coordinator',
      body: 'Hi Amara,\n\nThanks for applying to Brookfield Haulage! Please record your answers before Friday.\n\nLooking forward to hearing from you!\n\nNadia Ferreira\nTalent @ Brookfield Haulage',
    });
    expect(r.firstName).toBe('Nadia');
  });

  it('a From name on automated mail that the text never writes is a suggestion', () => {
    const r = extract({ fromName: 'Ormond Tillage', fromEmail: 'no-reply@assess-example.com', subject: 'Assessment invitation', body: 'Hi Amara,\n\nYou have been invited to take a coding assessment for the Developer position. Deadline: Friday.\n\nGood luck!' });
    expect(r.firstName).toBeNull();
    expect(r.suggestions?.firstName).toBe('Ormond');
  });

  it('a person writing from their own mailbox keeps their name', () => {
    const r = extract({ fromName: 'Ormond Tillage', fromEmail: 'ormond@assess-example.com', subject: 'Assessment invitation', body: 'Hi Amara,\n\nYou have been invited to take a coding assessment for the Developer position. Deadline: Friday.\n\nGood luck!' });
    expect(r.firstName).toBe('Ormond');
  });

  it.each(['Cooperativa Agroandina', 'Genossenschaft Alpenmilch'])('a cooperative is an organisation: %s', (fromName) => {
    const r = extract({ fromName, fromEmail: 'talento@agroandina.example', subject: 'Entrevista', body: 'Hola Ana,\n\nte invitamos a una entrevista el jueves a las 10:00.\n\nSaludos' });
    expect(r.firstName).toBeNull();
  });

  it.each(['Recrutamento', 'Careers', 'Talent'])('a department word alone is no company: %s', (value) => {
    expect(confidence('company', 'domain-named', value)).toBe(0);
  });

  it.each(['Entrevista Técnica', 'Technical Interview', 'Coordinador de Bodega ha'])('"%s" is not stated as the role', (value) => {
    expect(confidence('role', 'body-strong', value)).toBeLessThan(STATE_AT);
  });

  it.each([
    ['Entrevista cancelada — Coordinador', 'Hola Mateo,\n\nte informamos que tu entrevista para el puesto de Coordinador ha sido cancelada.\n\nSaludos', 'other'],
    ['Entretien annulé', 'Bonjour Léa,\n\nnous vous informons que votre entretien pour le poste de comptable est annulé.\n\nCordialement', 'other'],
  ])('%s → %s', (subject, body, kind) => {
    expect(extract({ fromName: 'RRHH', fromEmail: 'rrhh@logicaribe.example', subject, body }).kind).toBe(kind);
  });

  it('a Portuguese offer: "temos o prazer de lhe apresentar uma proposta"', () => {
    const r = extract({
      fromName: 'Joana Figueiredo',
      fromEmail: 'joana@lusotech.example',
      subject: 'Proposta — Programador Java',
      body: 'Exmo. Ricardo,\n\nApós a conclusão do processo de seleção, temos o prazer de lhe apresentar uma proposta de colaboração para a posição de Programador Java.\n\nCom os melhores cumprimentos,\nJoana Figueiredo',
    });
    expect(r.kind).toBe('offer');
  });
});

describe("the review's misreadings stay mended", () => {
  it.each([
    ['Mark', 'mark@finch-example.com', 'We are working at market-leading scale and would love to talk about the Data Engineer role.\n\nMark'],
    ['Al', 'al@finch-example.com', 'Your experience is needed at all levels of our Data Engineer team. Would you be open to a chat?\n\nAl'],
    ['Dana', 'dana.k@finch-example.com', 'Please send questions to me at dana.k@finch-example.com about the Data Engineer role.\n\nDana'],
    ['Mette Hansen', 'mette@finch-example.dk', 'Jeg kan oplyse, at Mette Hansen fra HR deltager i samtalen om stillingen som udvikler.\n\nMette Hansen'],
  ])('a name after "at" or inside a word or an address is still a person: %s', (fromName, fromEmail, text) => {
    const r = extract({ fromName, fromEmail, subject: 'Data Engineer role', body: `Hi Sam,\n\n${text}` });
    expect(r.firstName).toBe(fromName.split(' ')[0]);
  });

  it('"Maria Sales" is offered as a suggestion, not lost', () => {
    const r = extract({ fromName: 'Maria Sales', fromEmail: 'maria.sales@acme-example.com', subject: 'Interview', body: 'Hi Sam,\n\nWe would like to invite you to an interview on Tuesday at 10:00.\n\nMaria Sales' });
    expect(r.firstName ?? r.suggestions?.firstName).toBe('Maria');
  });

  it.each([
    'For help visit slotnestcareers.com.',
    'Manage it on a joinslotnest page.',
    'Join Slotnest to manage your interviews.',
    'Welcome to Slotnest!',
    'Open your Slotnest HR workspace.',
  ])('an app naming itself ("%s") is not stated as the employer', (line) => {
    const r = extract({ fromName: 'Slotnest', fromEmail: 'invites@slotnest.app', subject: 'Interview invitation', body: `Hello Maria,\n\nYou are invited to a video interview on Tuesday at 10:00.\n\n${line}` });
    expect(r.company).not.toBe('Slotnest');
  });

  const stage = (body: string) => extract({ fromName: 'Jo Park', fromEmail: 'jo@acme-example.com', subject: 'Your interview', body }).kind;

  it.each([
    ["Hi Sam,\n\nYour interview on Tuesday has been cancelled. If you'd like to reschedule, please reply to this email.", 'other'],
    ['Hi Sam,\n\nUnforeseen circumstances necessitated the cancellation of your interview on Tuesday at 10:00. We will let you know when we resume recruitment and reschedule the interview.', 'other'],
    ['Hi Sam,\n\nWe have to cancel your interview on Tuesday. Please let us know which of these new times suits you to reschedule: Thursday 10:00 or Friday 14:00.', 'interview'],
    ['Hi Sam,\n\nWe need to cancel your interview tomorrow. Please email me your availability for next week to reschedule.', 'interview'],
    ['Hi Sam,\n\nWe would like to invite you to an interview for the Data Analyst position on Tuesday 4 June at 10:00.\n\nFor cancellation of the interview, please notify us at least 24 hours in advance.', 'interview'],
  ])('cancelled, moved or merely mentioned: %s → %s', (body, kind) => {
    expect(stage(body)).toBe(kind);
  });

  it.each([
    ['Tack för din ansökan. Vi har tagit emot din ansökan och återkommer om nästa steg i rekryteringsprocessen.', 'acknowledgement'],
    ['Tak for din ansøgning. Der er endnu ikke blevet valgt en kandidat til stillingen.', 'acknowledgement'],
    ['Tack för din ansökan. Vi har ännu inte gått vidare till intervjuer.', 'acknowledgement'],
  ])('a Scandinavian status is no invitation and no refusal: %s', (body) => {
    const r = extract({ fromName: 'Karin Lund', fromEmail: 'karin@vastra-example.se', subject: 'Din ansökan', body: `Hej Elin,\n\n${body}\n\nMed vänliga hälsningar` });
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).not.toBe('rejection');
  });

  it('a Swedish cold pitch that mentions an employment contract is no offer', () => {
    const r = extract({
      fromName: 'Karin Lund',
      fromEmail: 'karin@vastra-example.se',
      subject: 'Ekonomiassistent',
      body: 'Hej Elin,\n\nJag såg din profil. Tjänsten är en tillsvidareanställning med anställningsavtal enligt kollektivavtal. Är du intresserad av att höra mer?\n\nMed vänliga hälsningar\nKarin',
    });
    expect(r.kind).not.toBe('offer');
  });

  it.each(['Interview Coordinator', 'Risk Assessment Analyst', 'Directeur Régional Est'])('"%s" is a job title', (value) => {
    expect(confidence('role', 'body-strong', value)).toBeGreaterThanOrEqual(STATE_AT);
  });

  it('a From name the subject writes is confirmed on automated mail', () => {
    const r = extract({ fromName: 'Jane Doe', fromEmail: 'no-reply@greenhouse.io', subject: 'Jane Doe has invited you to an interview', body: 'Hi Sam,\n\nPlease pick a time for your interview for the Data Analyst position.\n\nThanks' });
    expect(r.firstName).toBe('Jane');
  });
});
