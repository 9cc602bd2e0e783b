import { detectLanguage, isLetterLanguage, LETTER_LANGUAGES, resolveLetterLanguage, type LetterLanguage } from '../../core/extract/language';
import { LANGUAGES } from '../../core/settings/preferences';
import { describeShared, readShared } from '../support/shared';

/** Short recruiter texts: a subject line and a sentence or two, or just a sentence. Written for these tests. */
const SHORT: Record<LetterLanguage, readonly string[]> = {
  en: [
    'Quick question about your next move\nHi Sam, are you open to new opportunities at the moment?',
    'Interview invitation\nWe would like to invite you to a first interview next week.',
    "Your offer from Acme\nWe're thrilled to offer you the position. Please find the letter attached.",
    'Hi Alex, I came across your profile and thought you might be a great fit for our team.',
    'Following up\nJust checking in to see if you had a chance to read my last message.',
    'Can we schedule a call this week to talk about the role?',
    'Thanks for your time yesterday! The team really enjoyed meeting you.',
    'Senior Backend Engineer opportunity\nWould you be interested in hearing more about it?',
    'Let me know when you are available for a short chat.',
    'We are hiring a product designer and your portfolio stood out to us.',
    "I'm reaching out on behalf of a fast-growing startup in Berlin.",
    'Congratulations, you have passed the technical assessment and we would love to move you to the next stage.',
    'Please confirm your availability for Tuesday afternoon.',
    "Hope you're doing well. Are you still looking for a new role?",
    'Next steps\nThe hiring manager would like to meet you in person.',
    'Your application for the Data Analyst position\nThank you for applying, we will be in touch soon.',
    'Is now a good time to talk about your career plans?',
    'I have an exciting opportunity that matches your background in machine learning.',
    'Re: Offer letter\nAttached is the updated offer with the changes we discussed.',
    'Dear Maria, thank you for your interest in joining our company.',
    "We'd love to have you on board. Could you let us know by Friday?",
    'Just a friendly reminder about your interview tomorrow at 10am.',
  ],
  de: [
    'Ihre Bewerbung bei uns\nVielen Dank für Ihre Bewerbung, wir melden uns in Kürze bei Ihnen.',
    'Einladung zum Vorstellungsgespräch\nWir möchten Sie gerne zu einem persönlichen Gespräch einladen.',
    'Hallo Max, hast du Lust auf eine neue Herausforderung?',
    'Guten Tag Frau Schmidt, ich bin auf Ihr Profil aufmerksam geworden und würde mich gerne mit Ihnen austauschen.',
    'Ihr Stellenangebot\nWir freuen uns, Ihnen die Stelle anbieten zu können.',
    'Haben Sie diese Woche Zeit für ein kurzes Telefonat?',
    'Können Sie uns bitte bis Freitag Bescheid geben?',
    'Wir suchen aktuell eine Teamleitung für unser Büro in Hamburg.',
    'Sehr geehrter Herr Müller, vielen Dank für das angenehme Gespräch.',
    'Ich melde mich wegen einer spannenden Position bei einem unserer Kunden.',
    'Terminbestätigung\nHiermit bestätigen wir Ihren Termin am Montag um 10 Uhr.',
    'Liebe Anna, wie geht es dir? Ich hätte da eine interessante Stelle für dich.',
    'Hast du kurz Zeit, um über deine beruflichen Pläne zu sprechen?',
    'Wir würden uns freuen, Sie in unserem Team begrüßen zu dürfen.',
    'Rückfrage\nWie hoch ist Ihre Gehaltsvorstellung für die neue Stelle?',
    'Anbei erhalten Sie den Vertrag zur Unterschrift.',
    'Leider müssen wir den Termin verschieben, passt Ihnen der Dienstag?',
    'Ihr Profil passt sehr gut zu einer offenen Stelle bei uns.',
    'Gerne würde ich Ihnen mehr über die Position erzählen.',
    'Mit freundlichen Grüßen aus München',
    'Wäre ein Wechsel für Sie aktuell denkbar?',
    'Ich freue mich auf Ihre Rückmeldung.',
  ],
  fr: [
    'Votre candidature\nMerci pour votre candidature, nous reviendrons vers vous rapidement.',
    'Invitation à un entretien\nNous souhaitons vous rencontrer pour un premier entretien.',
    'Bonjour Julie, seriez-vous ouverte à de nouvelles opportunités ?',
    "Je me permets de vous contacter au sujet d'un poste de développeur.",
    "Proposition d'embauche\nNous avons le plaisir de vous proposer le poste.",
    'Êtes-vous disponible cette semaine pour un échange téléphonique ?',
    'Pourriez-vous me confirmer vos disponibilités pour jeudi ?',
    'Votre profil a retenu toute notre attention.',
    'Nous recrutons un chef de projet pour notre agence de Lyon.',
    'Je reviens vers vous concernant notre échange de la semaine dernière.',
    'Madame, Monsieur, nous accusons bonne réception de votre dossier.',
    "Merci pour votre temps hier, l'équipe a beaucoup apprécié la discussion.",
    'Bonjour, est-ce que le poste pourrait vous intéresser ?',
    "Vous trouverez ci-joint la promesse d'embauche.",
    "C'est avec plaisir que nous vous invitons à la prochaine étape.",
    "Suite à notre conversation, voici les détails de l'offre.",
    "N'hésitez pas à me faire part de vos questions.",
    "Je serais ravi d'en discuter avec vous.",
    'Relance\nAvez-vous eu le temps de regarder mon dernier message ?',
    "Bien cordialement, l'équipe recrutement",
    'Nous aimerions vous présenter une opportunité dans le secteur bancaire.',
    'Pouvez-vous nous indiquer vos prétentions salariales ?',
  ],
  es: [
    'Tu candidatura\nGracias por tu interés, revisaremos tu perfil y te contactaremos pronto.',
    'Invitación a entrevista\nNos gustaría invitarte a una entrevista el próximo lunes.',
    'Hola Carlos, ¿te interesaría conocer una nueva oportunidad?',
    'Estimada Sra. López, le escribo en relación con una vacante en nuestra empresa.',
    'Oferta de empleo\nNos complace ofrecerle el puesto de analista.',
    '¿Tienes disponibilidad esta semana para una llamada?',
    'Por favor, confirma tu asistencia respondiendo a este correo.',
    'Estamos buscando un desarrollador para nuestro equipo en Madrid.',
    'Quedo atento a tus comentarios sobre la propuesta.',
    'Te escribo porque tu perfil encaja muy bien con lo que buscamos.',
    'Le adjunto la propuesta económica para su revisión.',
    '¿Podrías indicarme tu pretensión salarial?',
    'Buenos días, ¿sigue interesado en el proceso?',
    'Gracias por tu tiempo ayer, al equipo le encantó conocerte.',
    'Me pongo en contacto contigo por una posición de liderazgo.',
    'Un saludo y quedamos a la espera de su respuesta.',
    'Seguimiento\n¿Pudiste revisar mi mensaje anterior?',
    'Queremos que formes parte de nuestro equipo.',
    'La entrevista será por videollamada el martes a las diez.',
    'Atentamente, el equipo de Recursos Humanos',
    '¿Cuándo te vendría bien hablar?',
    'Nos encantaría contar contigo para este proyecto.',
  ],
};

describe('detectLanguage on short texts', () => {
  test.each(LETTER_LANGUAGES.flatMap((language) => SHORT[language].map((text) => ({ language, text }))))(
    '$language: $text',
    ({ language, text }) => {
      expect(detectLanguage(text)).toBe(language);
    },
  );

  test('there are at least 20 texts per language', () => {
    for (const language of LETTER_LANGUAGES) expect(SHORT[language].length).toBeGreaterThanOrEqual(20);
  });

  test('the subject line alone is often too short to tell, and then the answer is null, not a guess', () => {
    expect(detectLanguage('Senior Software Engineer (m/w/d) – Berlin')).toBeNull();
    expect(detectLanguage('Re: Product Manager')).toBeNull();
  });
});

describe('detectLanguage says "not sure" rather than guess', () => {
  test.each([
    ['empty', ''],
    ['blank', '  \n\t '],
    ['a name', 'Jane Doe'],
    ['one word', 'OK'],
    ['numbers and symbols', '10:00 – 11:30 · +49 30 1234567'],
    ['only a link and an address', 'https://www.linkedin.com/jobs/view/the-best-role-for-you jane@acme.com'],
    ['two languages, half each', 'Thank you for your message. Vielen Dank für Ihre Nachricht.'],
    ['thanks in several languages', 'Danke! Thanks! Merci! Gracias!'],
    ['French and Spanish side by side', 'Merci pour votre message. Gracias por tu mensaje.'],
    ['Italian', 'Ciao Marco, ti andrebbe di fare una chiacchierata per una posizione in azienda?'],
    ['Italian, formal', 'Buongiorno, la ringrazio per la sua candidatura e la invito a un colloquio.'],
    ['Portuguese', 'Olá João, você teria interesse em uma vaga na nossa empresa?'],
    ['Portuguese, thanks', 'Obrigado pelo seu tempo, gostaria de marcar uma entrevista com você.'],
    ['Dutch', 'Hallo Pieter, heb je interesse in een nieuwe uitdaging bij ons bedrijf?'],
    ['Dutch, thanks', 'Bedankt voor je sollicitatie, we nemen snel contact met je op.'],
  ])('%s', (_label, text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});

describe('detectLanguage reads what the recruiter wrote, not what it quotes', () => {
  test('a German reply above an English quote (Gmail style) is German', () => {
    const text = [
      'Vielen Dank, ich melde mich morgen bei Ihnen.',
      '',
      'On Mon, 4 Mar 2024 at 10:00, Sam Lee <sam@example.com> wrote:',
      'Hi Anna, thanks for reaching out. I would like to know more about the role and the team, and about the',
      'company as a whole. Could you send me the job description? Thank you, and have a great week.',
    ].join('\n');
    expect(detectLanguage(text)).toBe('de');
  });

  test('a French reply above an Outlook header block and an English message is French', () => {
    const text = [
      'Merci pour votre retour, je vous propose un appel jeudi.',
      '',
      'From: Sam Lee <sam@example.com>',
      'Sent: Monday, March 4, 2024 10:00 AM',
      'To: Claire Martin',
      'Subject: Re: Opportunity',
      '',
      'Hi Claire, thanks for your message. I am happy to have a call this week and to learn more about the role,',
      'the team and the company. What time would work for you? I am free on Thursday and on Friday.',
    ].join('\n');
    expect(detectLanguage(text)).toBe('fr');
  });

  test('quote markers (">") are ignored, so a long quoted thread does not outvote the reply', () => {
    const quote = '> Hi Pablo, thank you for your time today. We are happy to move you to the next stage of the process.';
    const text = `Hola, muchas gracias por la información, ¿podemos hablar el lunes?\n\n${quote}\n${quote}\n${quote}`;
    expect(detectLanguage(text)).toBe('es');
  });

  test('a reply too short to tell falls back to the quoted thread', () => {
    const text = [
      'Danke!',
      '',
      'Am 04.03.2024 um 10:00 schrieb Anna Schmidt <anna@firma.de>:',
      '> Vielen Dank für Ihre Bewerbung, wir melden uns in Kürze bei Ihnen.',
    ].join('\n');
    expect(detectLanguage(text)).toBe('de');
  });

  test('links and addresses do not count, whatever words they contain', () => {
    const text = 'Hier ist der Link zur Stelle: https://jobs.example.com/the-best-job-for-you-and-your-team-is-here\nthe.team@for-you.com';
    expect(detectLanguage(text)).toBe('de');
  });
});

/*
 * The corpus has no language field. These are the cases that are not in English; their notes name the language,
 * which the test checks too, so a relabelled or renumbered corpus fails loudly instead of passing quietly.
 * Italian is not a letter language: the right answer is null (the letter then uses the user's default).
 */
const CORPUS_LANGUAGES: Record<string, { expected: LetterLanguage | null; named: string }> = {
  'dev-004': { expected: null, named: 'Italian' },
  'dev-005': { expected: null, named: 'Italian' },
  'dev-013': { expected: 'de', named: 'German' },
  'dev-014': { expected: 'es', named: 'Spanish' },
  'dev-019': { expected: 'de', named: 'German' },
  'dev-022': { expected: 'es', named: 'Spanish' },
  'dev-024': { expected: 'fr', named: 'French' },
};

interface CorpusCase {
  id: string;
  subject: string;
  body: string;
  notes?: string;
}

describeShared('detectLanguage on the development corpus', () => {
  const cases = JSON.parse(readShared('corpus', 'recruiter-emails.dev.json')) as CorpusCase[];

  test('the labels above still match the corpus', () => {
    for (const [id, { named }] of Object.entries(CORPUS_LANGUAGES)) {
      const found = cases.find((c) => c.id === id);
      expect(found, id).toBeDefined();
      expect(found?.notes ?? '', id).toContain(named);
    }
    expect(cases.length - Object.keys(CORPUS_LANGUAGES).length).toBeGreaterThanOrEqual(20);
  });

  test('every non-English message gets its language (null for Italian)', () => {
    const results = Object.keys(CORPUS_LANGUAGES).map((id) => {
      const c = cases.find((x) => x.id === id) as CorpusCase;
      return { id, detected: detectLanguage(`${c.subject}\n${c.body}`) };
    });
    expect(results).toEqual(Object.entries(CORPUS_LANGUAGES).map(([id, { expected }]) => ({ id, detected: expected })));
  });

  test('every English message is English', () => {
    const english = cases.filter((c) => !(c.id in CORPUS_LANGUAGES));
    const wrong = english.filter((c) => detectLanguage(`${c.subject}\n${c.body}`) !== 'en').map((c) => c.id);
    expect(wrong).toEqual([]);
  });

  test('the bodies alone, without subject lines, are detected the same way', () => {
    for (const c of cases) {
      const expected = c.id in CORPUS_LANGUAGES ? CORPUS_LANGUAGES[c.id]?.expected : 'en';
      expect({ id: c.id, detected: detectLanguage(c.body) }).toEqual({ id: c.id, detected: expected });
    }
  });
});

describe('resolveLetterLanguage', () => {
  test('a chosen language wins over the thread', () => {
    for (const preference of LETTER_LANGUAGES) {
      for (const detected of [...LETTER_LANGUAGES, null]) expect(resolveLetterLanguage(preference, detected)).toBe(preference);
    }
  });

  test('"auto" follows the thread, and is English when the thread does not tell', () => {
    for (const detected of LETTER_LANGUAGES) expect(resolveLetterLanguage('auto', detected)).toBe(detected);
    expect(resolveLetterLanguage('auto', null)).toBe('en');
  });

  test('every preference value resolves to a letter language', () => {
    for (const preference of LANGUAGES) expect(isLetterLanguage(resolveLetterLanguage(preference, null))).toBe(true);
    expect(isLetterLanguage('auto')).toBe(false);
    expect(isLetterLanguage('it')).toBe(false);
    expect(isLetterLanguage(undefined)).toBe(false);
  });
});
