// Hand-written messages for the mechanisms of issue 14's fifteenth round (gathering round 21). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('a refusal in words the tables did not know', () => {
  it.each([
    [
      'another candidate whose qualifications match better, after an interview',
      'Your interview with Larkspur Partners',
      'Dear Ms. Ortega,\n\nAlthough we enjoyed meeting you, we have concluded that another candidate\'s qualifications more closely match our needs. We appreciate the time you invested in interviewing with us.\n\nHuman Resources\nLarkspur Partners',
    ],
    [
      'cannot offer you employment',
      'Your application',
      'Dear Mr. Hale,\n\nThank you for interviewing with us last week. We regret that we cannot offer you employment at this time.\n\nSincerely,\nLarkspur Partners',
    ],
    [
      'a German "not this time"',
      'Deine Bewerbung',
      'Hallo Jonas,\n\nbei der Tischlerei Brandt hat es diesmal nicht geklappt. Dein Profil bleibt sichtbar, und wir melden uns beim nächsten Betrieb.\n\nDein Team',
    ],
  ])('%s is a rejection', (_label, subject, body) => {
    const r = extract({ fromName: 'Larkspur Partners', fromEmail: 'careers@larkspurpartners.example', subject, body });
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe('rejection');
  });

  it('a German missed call ("hat es leider nicht geklappt, Sie zu erreichen") is no refusal', () => {
    const r = extract({
      fromName: 'Petra Wolf',
      fromEmail: 'p.wolf@wolf-personal.example',
      subject: 'Ihre Bewerbung als Buchhalterin',
      body: 'Sehr geehrte Frau Kaya,\n\nleider hat es heute nicht geklappt, Sie telefonisch zu erreichen. Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen. Wann passt es Ihnen?\n\nPetra Wolf',
    });
    expect(r.kind).toBe('interview');
  });
});

describe('an acknowledgement that speaks of an interview only on a condition', () => {
  it('French "en cas d\'intérêt, nous vous contacterons pour convenir d\'un entretien" invites to nothing yet', () => {
    const r = extract({
      fromName: 'Claire Dubois',
      fromEmail: 'rh@clinique-lesaules.example',
      subject: 'RE: Candidature infirmière',
      body: "Merci pour votre candidature. Nous l'avons bien réceptionnée.\n\nEn cas d'intérêt, nous vous contacterons pour convenir d'un entretien téléphonique.\n\nCordialement,\n\nClaire Dubois\nResponsable RH, Clinique Les Saules",
    });
    expect(r.kind).toBe('other');
  });

  it('the same mail with the interview proposed outright is an invitation', () => {
    const r = extract({
      fromName: 'Claire Dubois',
      fromEmail: 'rh@clinique-lesaules.example',
      subject: 'RE: Candidature infirmière',
      body: "Merci pour votre candidature. Nous souhaiterions convenir d'un entretien téléphonique cette semaine : quelles sont vos disponibilités ?\n\nClaire Dubois\nResponsable RH, Clinique Les Saules",
    });
    expect(r.kind).toBe('interview');
  });

  it('an Italian "ho ricevuto il suo CV" passed on to a manager is an acknowledgement', () => {
    const r = extract({
      fromName: 'Marco Lodi',
      fromEmail: 'm.lodi@edizioni-lago.example',
      subject: 'R: curriculum',
      body: 'Gentile dottoressa,\nho ricevuto il suo CV e la ringrazio. Lo giro al direttore, che potrà contattarla.\n\nCordialmente,\nMarco Lodi',
    });
    expect(r.kind).toBe('other');
  });
});

describe('an offer worded as being selected to join the team', () => {
  it.each([
    ['French', 'Votre candidature – Analyste financier', "Nous avons le plaisir de vous annoncer que vous avez été sélectionné(e) pour rejoindre notre équipe en tant qu'Analyste financier. Merci de confirmer votre acceptation avant le 3 mai."],
    ['English', 'Your application – Financial Analyst', 'Congratulations! You have been selected to join our team as a Financial Analyst. Please confirm by Friday whether you accept.'],
  ])('%s', (_label, subject, body) => {
    expect(extract({ fromName: 'Recrutement Orvale', fromEmail: 'recrutement@orvale.example', subject, body }).kind).toBe('offer');
  });
});

describe('work put to the reader in so many words', () => {
  it.each([
    ['a job offer for you', 'Hi Sam, I have a job offer for you if you are interested. Let me know.\n\nDev'],
    ['contracting the reader', 'Hi, great project. I would be interested in contracting you to build it out further.\n\nKim'],
    ['freelance work as a question', 'Hi Sam,\n\nLooking for freelance work?\n\nReply to this message to continue the conversation.'],
    ['Spanish', 'Hola, hemos visto su currículum y le queremos ofrecer trabajo desde casa. Escríbanos.\n\nMarta'],
  ])('%s is an approach', (_label, body) => {
    expect(extract({ fromName: 'Kim Lee', fromEmail: 'kim.lee@gmail.com', subject: 'Hello', body }).kind).toBe('outreach');
  });

  it('someone looking for work themselves is no approach', () => {
    const r = extract({ fromName: 'Kim Lee', fromEmail: 'kim.lee@gmail.com', subject: 'Hello', body: "Hi all,\n\nI'm looking for freelance work these days, so ping me if you hear of anything.\n\nKim" });
    expect(r.kind).toBe('other');
  });
});

describe('company names', () => {
  it("a web name's possessive ends at the domain; a name's own 's stays", () => {
    const web = extract({ fromName: 'Price, Dana', fromEmail: 'dana.price@ballpark.com', subject: 'Reporting Internship', body: "Thank you for your interest in Ballpark.com's summer internship program. Unfortunately, you were not selected.\n\nDana Price\nAssistant Editor/Ballpark.com" });
    expect(web.company).toBe('Ballpark.com');
    const own = extract({ fromName: "Hobson's Careers", fromEmail: 'careers@hobsons.example', subject: 'Interview', body: "Hi Sam,\n\nThank you for applying to Hobson's. We would like to invite you to an interview on Monday at 10:00.\n\nHobson's" });
    expect(own.company).toBe("Hobson's");
  });

  it('a placement office after the name is no part of it', () => {
    const r = extract({ fromName: 'Harbor Corps Placement', fromEmail: 'placement@harborcorps.example', subject: 'Your invitation', body: 'Dear Lee,\n\nCongratulations! We are pleased to offer you the position of Field Volunteer.\n\nHarbor Corps Placement' });
    expect(r.company).toBe('Harbor Corps');
  });

  it('"the company" in another language signs no company', () => {
    const r = extract({ fromName: 'Recrutare', fromEmail: 'recrutare@compania-mea-hr.example', subject: 'Invitație la interviu - Contabil', body: 'Bună, Andrei,\n\nDorim să te invităm la un interviu pentru poziția de Contabil.\n\nCu stimă,\nCompania mea' });
    expect(r.company).toBeNull();
  });

  it("a code host's notification names no employer after the member's handle", () => {
    const r = extract({
      fromName: 'ByteSmith99',
      fromEmail: 'notifications@github.com',
      subject: '[sam/tools] Hello (Issue #4)',
      body: "I came across your profile and I'm impressed with your background. Are you open to a new opportunity? Let's set up a time: https://calendly.com/bytesmith99/30min\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.",
    });
    expect(r.company).toBeNull();
  });
});

describe('a start date in brackets after a title', () => {
  it.each([
    ['Ihre Bewerbung: Werkstudent im Bereich Controlling (ab Oktober 2027)', 'Werkstudent im Bereich Controlling'],
    ['Application: Data Engineer (starting March 2027)', 'Data Engineer'],
  ])('%s', (subject, role) => {
    const r = extract({ fromName: 'Acme Talent', fromEmail: 'talent@acme-gmbh.example', subject, body: 'Hello,\n\nthank you for your application. We will review it and get back to you.\n\nAcme Talent' });
    expect(r.role).toBe(role);
  });
});

describe('a document or a service ends no job title', () => {
  it.each([
    ['Internship Offer Letter | Norvik Labs', 'We are pleased to offer you an internship at Norvik Labs. Please find your offer letter attached.'],
    ['Technical Interview Invitation - Recruiter Bot Platform', 'We would like to invite you to a technical interview on 2027-04-17 at 10:00.'],
  ])('%s', (subject, body) => {
    const r = extract({ fromName: 'Norvik Labs HR', fromEmail: 'hr@norviklabs.example', subject, body: `Dear Sam,\n\n${body}\n\nNorvik Labs` });
    expect(r.role).toBeNull();
  });

  it('"Head of Platform" is a job', () => {
    const r = extract({ fromName: 'Norvik Labs HR', fromEmail: 'hr@norviklabs.example', subject: 'Offer: Head of Platform', body: 'Dear Sam,\n\nWe are pleased to offer you the position of Head of Platform.\n\nNorvik Labs' });
    expect(r.role).toBe('Head of Platform');
  });
});

describe('status mail and refusals in more of their words', () => {
  it('a Czech refusal after a homework task', () => {
    const r = extract({
      fromName: 'Jana Novotná',
      fromEmail: 'jana.novotna@seznam.example',
      subject: 'Výběrové řízení – Java Developer',
      body: 'Dobrý den Petře,\n\nděkuji za zaslání úlohy v rámci výběrového řízení na pozici Java Developer. Materiály jsme prostudovali a pro Vás nemám dobrou zprávu. Rozhodli jsme se dál ve výběrovém řízení nepokračovat, hlavně kvůli kvalitě řešení. Úkol hodnotíme i v kontextu Vašeho CV.\n\nJana Novotná',
    });
    expect(r.kind).toBe('other');
  });

  it('a search committee that short-listed candidates whose experience it judged more suitable', () => {
    const r = extract({
      fromName: 'Avery Stone',
      fromEmail: 'avery.stone@lakeshore.edu',
      subject: 'Search for Assistant Professor of Physics',
      body: 'Dear Dr. Lin,\n\nI am writing to inform you of the status of the search for Assistant Professor of Physics. The committee has identified a short list of candidates whose experience we judge to be more suitable to the department at this time. Thank you for your interest in the position.\n\nAvery Stone\nSearch Committee Chair',
    });
    expect(r.kind).toBe('other');
  });

  it('a Spanish "continuarás en el proceso de selección" is a status update', () => {
    const r = extract({
      fromName: 'Selección Ferretería Roble',
      fromEmail: 'seleccion@ferreteriaroble.example',
      subject: 'Tu perfil continúa en nuestro proceso de selección',
      body: 'Hola Lucía,\n\nDespués de revisar tu información, consideramos que tu perfil está alineado con lo que buscamos para el cargo de Auxiliar Contable. Continuarás en el proceso de selección.\n\nEquipo de Selección',
    });
    expect(r.kind).toBe('other');
  });

  it.each([
    ['English', 'A new shift that matches your profile has been posted: Event Server, Saturday.'],
    ['Dutch', 'Er is een nieuwe vacature gepubliceerd die mogelijk interessant voor je is: Magazijnmedewerker.'],
    ['French', "Nous avons sélectionné une offre d'emploi qui pourrait correspondre à votre profil : Comptable."],
  ])('one job put forward by an automated mailbox is an alert (%s)', (_label, line) => {
    const r = extract({ fromName: 'Jobmatch', fromEmail: 'noreply@jobmatch.example', subject: 'Nieuw / New / Nouveau', body: `Hi Sam,\n\n${line}\n\nJobmatch` });
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe('alert');
  });

  it('the same words from a recruiter are no alert', () => {
    const r = extract({ fromName: 'Léa Martin', fromEmail: 'lea.martin@cabinet-rh.example', subject: 'Opportunité', body: "Bonjour Sam,\n\nJ'ai une offre d'emploi qui pourrait correspondre à votre profil. Seriez-vous disponible pour un échange cette semaine ?\n\nLéa Martin" });
    expect(r.kind).not.toBe('other');
  });
});

describe('a job interview by the name of its round, and offers in plain words', () => {
  it.each([
    ['an HR round', 'Reminder: HR Round interview on 05-11-2027', 'This is a reminder about your HR Round interview scheduled on 05-11-2027 at 15:30 at Kestrel Foods. Please be on time.'],
    ['a next-phase interview', 'Next phase interview', 'I am pleased to inform you that we have decided to select you for our next phase interview. Are you able to come in on Wednesday?'],
  ])('%s is an interview', (_label, subject, body) => {
    expect(extract({ fromName: 'Kestrel Foods', fromEmail: 'hr@kestrelfoods.example', subject, body: `Hi,\n\n${body}\n\nKestrel Foods` }).kind).toBe('interview');
  });

  it('a podcast booked for its next phase is no job interview', () => {
    const r = extract({ fromName: 'Studio', fromEmail: 'dana@techtalkpod.example', subject: 'Recording', body: 'Thanks again for agreeing to come on the show! The next phase of the season starts in May; your episode is booked for Tuesday at 10:00.' });
    expect(r.kind).toBe('other');
  });

  it('a Greek invitation to a job interview (συνέντευξη εργασίας)', () => {
    const r = extract({
      fromName: 'Μαρία Παππά',
      fromEmail: 'm.pappa@delta-symvouloi.example',
      subject: 'Πρόσκληση σε Συνέντευξη Εργασίας',
      body: 'Αγαπητέ κύριε Δημητρίου,\n\nθα θέλαμε να σας προσκαλέσουμε σε συνέντευξη, με σκοπό να γνωριστούμε καλύτερα.\n\nΗμερομηνία: Τρίτη 14 Ιανουαρίου, 11:00\n\nΜαρία Παππά',
    });
    expect(r.kind).toBe('interview');
  });

  it.each([
    ['would like you to become our', 'We would like you to become our Garden Educator here at Willow Farm. We were impressed with you during the interview.'],
    ['would like you to join us as', 'After our conversations, we would like you to join us as Junior Editor, starting in June.'],
  ])('%s is an offer', (_label, body) => {
    expect(extract({ fromName: 'Ray Holt', fromEmail: 'ray@willowfarm.example', subject: 'Garden Educator position', body: `Dear Sam,\n\n${body}\n\nRay` }).kind).toBe('offer');
  });
});
