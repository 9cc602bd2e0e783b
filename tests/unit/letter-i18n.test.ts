import fc from 'fast-check';
import { buildLetterView, type SenderProfile } from '../../core/letter/view';
import { composeLetter, renderLetter } from '../../core/letter/render';
import { DEFAULT_TEMPLATES, DEFAULT_TEMPLATES_BY_LANGUAGE } from '../../core/letter/templates';
import { LETTER_LANGUAGES } from '../../core/extract/language';
import { templateLanguage } from '../../core/letter/template-language';
import { templateProblems } from '../../core/letter/template-check';
import type { LetterChoice, LetterLanguage } from '../../core/model';
import { detectLanguage } from '../../core/extract/language';
import type { Recruiter } from '../../core/extract';
import { reasonsFor, STAGES, TONES, type Stage, type Tone } from '../../core/letter/reasons';

type RecruiterFields = Pick<Recruiter, 'firstName' | 'fullName' | 'role' | 'company'>;
type Other = Exclude<LetterLanguage, 'en'>;
const OTHERS: readonly Other[] = ['de', 'fr', 'es'];

const SENDER: SenderProfile = {
  name: 'Sam Lee',
  signature: 'Sam Lee\nStaff Engineer\n+1 555 0100',
  keepInTouch: 'https://www.linkedin.com/in/samlee',
};
const JANE: RecruiterFields = { firstName: 'Jane', fullName: 'Jane Doe', role: 'Senior Engineer', company: 'Acme' };
const NOBODY: RecruiterFields = { firstName: null, fullName: null, role: null, company: null };
const NNBSP = '\u202F';

function choice(language: LetterLanguage, overrides: Partial<LetterChoice> = {}): LetterChoice {
  return { stage: 'offer', tone: 'warm', reason: 'accepted-other-offer', keepDoorOpen: true, language, ...overrides };
}

function letter(
  language: LetterLanguage,
  overrides: Partial<LetterChoice> = {},
  recruiter: RecruiterFields = JANE,
  sender: SenderProfile = SENDER,
): string {
  return composeLetter({ sender, recruiter, choice: choice(language, overrides) }).text;
}

function view(language: LetterLanguage, overrides: Partial<LetterChoice> = {}, recruiter: RecruiterFields = JANE, sender = SENDER) {
  return buildLetterView({ sender, recruiter, choice: choice(language, overrides) });
}

/** How each letter opens: it thanks them (for the offer, the invitation or the message) in one of two wordings. */
const THANKS: Record<Other, Record<Stage, RegExp>> = {
  de: {
    offer: /^(?:vielen|herzlichen) Dank für Ihr Angebot für |^ich danke Ihnen für Ihr Angebot für /m,
    interview: /^(?:vielen|herzlichen) Dank für (?:die|Ihre) Einladung zum (?:Vorstellungsgespräch für|Gespräch über) |^ich danke Ihnen für die Einladung /m,
    outreach: /^vielen Dank für Ihre Nachricht über |^herzlichen Dank, dass Sie mir |^ich danke Ihnen, dass Sie mir /m,
  },
  fr: {
    offer: /^(?:Merci (?:beaucoup )?de m'avoir proposé|Merci pour votre proposition concernant|Je vous remercie (?:vivement pour votre proposition concernant|de m'avoir proposé)) /m,
    interview: /^(?:Merci (?:beaucoup )?pour votre|Je vous remercie de votre) invitation à un entretien pour |^Je vous remercie de l'intérêt /m,
    outreach: /^(?:Merci (?:beaucoup )?pour votre (?:message|prise de contact) concernant|Je vous remercie (?:de votre message concernant|d'avoir pensé à moi pour)) /m,
  },
  es: {
    offer: /^(?:(?:Muchas g|G)racias por (?:ofrecerme|la (?:oferta|propuesta) para)|Agradezco sinceramente la oferta para) /m,
    interview: /^(?:(?:Muchas g|G)racias por (?:invitarme a la entrevista|la invitación a la entrevista) para|Agradezco la invitación a la entrevista para) /m,
    outreach: /^(?:(?:Muchas g|G)racias por (?:escribirme|el mensaje) sobre|Agradezco el mensaje sobre) /m,
  },
};

/**
 * Each tone's two greetings (one is chosen per thread). German formal letters greet a known person by full name,
 * as is usual there; elsewhere the first name.
 */
const greetings = (name: string): Record<Other, Record<Tone, readonly string[]>> => ({
  de: { warm: [`Hallo ${name},`, `Guten Tag ${name},`], formal: [`Guten Tag ${name} Doe,`], brief: [`Hallo ${name},`, `Guten Tag ${name},`] },
  fr: { warm: [`Bonjour ${name},`], formal: [`Bonjour ${name},`], brief: [`Bonjour ${name},`] },
  es: { warm: [`Hola, ${name}:`, `¡Hola, ${name}!`], formal: [`Buenos días, ${name}:`], brief: [`Hola, ${name}:`, `Buenos días, ${name}:`] },
});
const GREETINGS = greetings('Jane');

/** Each tone's two closings (one is chosen per thread). A French letter that opens "Bonjour" closes plainly. */
const SIGN_OFFS: Record<Other, Record<Tone, readonly string[]>> = {
  de: { warm: ['Herzliche Grüße', 'Viele herzliche Grüße'], formal: ['Mit freundlichen Grüßen', 'Freundliche Grüße'], brief: ['Viele Grüße', 'Beste Grüße'] },
  fr: { warm: ['Bien cordialement,', 'Bien à vous,'], formal: ['Cordialement,', 'Bien à vous,'], brief: ['Cordialement,', 'Bien à vous,'] },
  es: { warm: ['Un cordial saludo,', 'Un saludo muy cordial,'], formal: ['Atentamente,', 'Reciba un cordial saludo,'], brief: ['Saludos,', 'Un saludo,'] },
};
const signOffLine = (lines: string[], language: Other, tone: Tone) => lines.findIndex((l) => SIGN_OFFS[language][tone].includes(l));

const LINKEDIN: Record<Other, string> = {
  de: 'Sie finden mich auf LinkedIn: https://www.linkedin.com/in/samlee',
  fr: `Vous pouvez me retrouver sur LinkedIn${NNBSP}: https://www.linkedin.com/in/samlee`,
  es: 'Mi perfil de LinkedIn: https://www.linkedin.com/in/samlee',
};

const DOOR_OPEN: Record<Other, RegExp> = {
  de: /Kontakt|Verbindung|melde|von Ihnen zu hören|höre ich gerne|austauschen|später|Zukunft|künftig|freue ich mich/,
  fr: /en contact|en relation|reviendrai vers vous|revenir vers moi|reprendre contact|reparler|m'en parler|à l'avenir|poste futur|à votre écoute|un jour/,
  es: /en contacto|el contacto|volveré a escribir|lo diré|retomar|me alegrará saber|en el futuro/,
};

/** Words that judge the company, the role or the people: a decline never needs them. */
const CRITICISM: Record<Other, RegExp> = {
  de: /schlecht|enttäusch|unprofessionell|toxisch|unterbezahl|chaotisch/i,
  fr: /mauvais|décevant|déçu|toxique|peu professionnel|sous-pay|chaotique/i,
  es: /\bmal[oa]?\b|decepcion|tóxic|poco profesional|mal pagad|caótic/i,
};

/** Address forms that must not appear: German and French always use Sie/vous; Spanish uses usted only when formal. */
function expectAddress(language: Other, tone: Tone, text: string): void {
  const letterBody = text.split('\n').slice(1).join('\n');
  if (language === 'de') expect(letterBody).not.toMatch(/\b(du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer)\b/i);
  if (language === 'fr') expect(letterBody).not.toMatch(/\b(tu|toi|ton|ta|tes|t')\b/i);
  // Spanish letters never address the reader in their sentences, so they fit a recruiter who wrote tú or usted.
  if (language === 'es') expect(letterBody).not.toMatch(/(?<!\p{L})(tú|te|ti|contigo|puedes|dudes|usted|ustedes|puede)(?!\p{L})/iu);
}

/** The sender's gender is unknown: nothing may agree with "je"/"yo". */
const GENDERED_SENDER: Partial<Record<Other, RegExp>> = {
  fr: /\b(ravie?|reconnaissante?|heureuse|heureux|contente?|déçue?|invitée?|contactée?|convaincue?|engagée?|satisfaite?)\b/i,
  es: /\b(agradecid[oa]|encantad[oa]|interesad[oa]|content[oa]|segur[oa]|convencid[oa]|satisfech[oa])\b/i,
};

/**
 * Tidy in every language: no leftovers, no doubled or stray spaces, no doubled full stops. French sets ; : ! ?
 * off with a narrow no-break space; the other languages put no space there.
 */
function expectTidy(text: string, language: LetterLanguage): void {
  expect(text).not.toMatch(/\{\{|\}\}/);
  expect(text).not.toMatch(/\b(undefined|null)\b|\[object|\bNaN\b/i);
  expect(text).not.toMatch(/[ \u00A0\u202F]{2}/);
  expect(text).not.toMatch(/[ \u00A0\u202F][.,]/);
  expect(text).not.toMatch(/(^|[^.])\.\.($|[^.])|\. \./);
  expect(text).not.toMatch(/\n\n\n/);
  expect(text).not.toMatch(/^\s|\s$/);
  for (const line of text.split('\n')) expect(line).toBe(line.trim());
  const withoutLinks = text.replace(/https?:\/\/\S+/g, 'LINK');
  if (language === 'fr') {
    expect(withoutLinks).not.toMatch(/[^\u202F][;:!?]/);
    expect(withoutLinks).not.toMatch(/\u202F(?![;:!?])/);
  } else {
    expect(withoutLinks).not.toMatch(/[ \u00A0\u202F][;:!?]/);
    expect(text).not.toContain(NNBSP);
  }
  if (language === 'es') {
    // Spanish opens what it closes: ¡…! and ¿…?.
    expect((text.match(/¡/g) ?? []).length).toBe((text.match(/!/g) ?? []).length);
    expect((text.match(/¿/g) ?? []).length).toBe((text.match(/\?/g) ?? []).length);
  }
  // "bei ." / "chez ." / "en ." and friends: a preposition left hanging before punctuation or at a line end.
  expect(text).not.toMatch(/(?<!\p{L})(bei|von|als|chez|de|d'|en|de la|para|sobre|für|auf)[.,:;!?]?$/mu);
  expect(text).not.toMatch(/(?<!\p{L})(bei|von|als|chez|en|sobre|für)\s*[.,;:]/u);
}

/** The paragraph(s) between the greeting and the sign-off. */
function body(text: string, language: Other, tone: Tone): string {
  const lines = text.split('\n');
  return lines.slice(1, signOffLine(lines, language, tone)).join('\n').trim();
}

function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '').length;
}

describe('every language, stage, tone, reason and door-open choice', () => {
  const cases = OTHERS.flatMap((language) =>
    STAGES.flatMap((stage) =>
      TONES.flatMap((tone) =>
        reasonsFor(stage).flatMap((reason) =>
          [true, false].map((keepDoorOpen) => ({ language, stage, tone, reason: reason.id, keepDoorOpen })),
        ),
      ),
    ),
  );

  const CUSTOM: Record<Other, string> = {
    de: 'ich möchte mich auf mein eigenes Unternehmen konzentrieren',
    fr: 'je souhaite me consacrer à ma propre entreprise',
    es: 'quiero centrarme en mi propia empresa',
  };

  test.each(cases)('$language / $stage / $tone / $reason / door open: $keepDoorOpen', (c) => {
    const customReason = c.reason === 'custom' ? CUSTOM[c.language] : undefined;
    const v = view(c.language, { ...c, customReason });
    const text = renderLetter(DEFAULT_TEMPLATES_BY_LANGUAGE[c.language][c.stage], v, c.language).text;
    expect(composeLetter({ sender: SENDER, recruiter: JANE, choice: { ...c, customReason } }).text).toBe(text);

    expectTidy(text, c.language);
    expect(text).toMatch(THANKS[c.language][c.stage]);
    expect(text).toContain(v.reasonSentence);
    expect(v.reasonSentence).not.toMatch(/\d/);
    expect(text).not.toMatch(CRITICISM[c.language]);
    expectAddress(c.language, c.tone, text);
    const gendered = GENDERED_SENDER[c.language];
    if (gendered) expect(text).not.toMatch(gendered);
    // Written in the language, with no English left over (the signature and the link are the user's own).
    expect(body(text, c.language, c.tone).replace(/https?:\/\/\S+/g, '')).not.toMatch(/\b(the|and|you|your|Thank|Dear|Hi|role|position)\b/);
    expect(detectLanguage(body(text, c.language, c.tone))).toBe(c.language);

    const lines = text.split('\n');
    expect(GREETINGS[c.language][c.tone]).toContain(lines[0]);
    // German continues after the salutation's comma in lower case; French and Spanish start a new sentence.
    expect(lines[2]?.charAt(0)).toBe(c.language === 'de' ? (lines[2]?.charAt(0) ?? '').toLowerCase() : (lines[2]?.charAt(0) ?? '').toUpperCase());
    const signOffAt = signOffLine(lines, c.language, c.tone);
    expect(signOffAt).toBeGreaterThan(0);
    expect(lines.slice(signOffAt + 1)).toEqual(['Sam Lee', 'Staff Engineer', '+1 555 0100']);

    if (c.keepDoorOpen) {
      expect(v.doorOpenSentence).toMatch(DOOR_OPEN[c.language]);
      expect(text).toContain(v.doorOpenSentence);
      expect(text).toContain(LINKEDIN[c.language]);
    } else {
      expect(v.doorOpenSentence).toBe('');
      expect(v.keepInTouchSentence).toBe('');
      expect(text).not.toMatch(DOOR_OPEN[c.language]);
      expect(text).not.toContain('linkedin');
    }
  });

  test.each(OTHERS.flatMap((language) => STAGES.flatMap((stage) => [true, false].map((keepDoorOpen) => ({ language, stage, keepDoorOpen })))))(
    'brief $language $stage letters stay at three or four sentences (door open: $keepDoorOpen)',
    ({ language, stage, keepDoorOpen }) => {
      for (const reason of reasonsFor(stage)) {
        const text = letter(language, { stage, tone: 'brief', reason: reason.id, keepDoorOpen }, JANE, { ...SENDER, keepInTouch: '' });
        const count = sentenceCount(body(text, language, 'brief'));
        expect(count).toBeGreaterThanOrEqual(3);
        expect(count).toBeLessThanOrEqual(4);
      }
    },
  );

  test.each(OTHERS)('%s: warm, formal and brief letters differ, and brief ones are shortest', (language) => {
    for (const stage of STAGES) {
      const [warm, formal, brief] = TONES.map((tone) => letter(language, { stage, tone }));
      expect(new Set([warm, formal, brief]).size).toBe(3);
      expect((brief ?? '').length).toBeLessThan(Math.min((warm ?? '').length, (formal ?? '').length));
    }
  });

  test.each(OTHERS)('%s: each reason reads differently within a stage and tone', (language) => {
    for (const stage of STAGES) {
      for (const tone of TONES) {
        const sentences = reasonsFor(stage)
          .filter((r) => r.id !== 'custom')
          .map((r) => view(language, { stage, tone, reason: r.id }).reasonSentence);
        expect(new Set(sentences).size).toBe(sentences.length);
      }
    }
  });

  test.each(OTHERS)('%s: the door-open sentence follows the reason, as in English', (language) => {
    const door = (overrides: Partial<LetterChoice>) => view(language, overrides).doorOpenSentence;
    const kinds = [
      door({ reason: 'accepted-other-offer' }),
      door({ reason: 'location' }),
      door({ reason: 'timing' }),
      door({ stage: 'outreach', reason: 'not-looking' }),
    ];
    expect(new Set(kinds).size).toBe(4);
    expect(door({ reason: 'compensation' })).toBe(door({ reason: 'location' }));
  });

  test('English is the default and stays exactly as it was', () => {
    const { language: _omitted, ...withoutLanguage } = choice('en');
    const english = composeLetter({ sender: SENDER, recruiter: JANE, choice: withoutLanguage }).text;
    expect(english).toBe(letter('en'));
    expect(['Hi Jane,', 'Hello Jane,']).toContain(english.split('\n')[0]);
    expect(DEFAULT_TEMPLATES).toBe(DEFAULT_TEMPLATES_BY_LANGUAGE.en);
    // An unknown language (say, from an old message) is English, not a crash.
    const odd = { ...choice('en'), language: 'it' as LetterLanguage };
    expect(composeLetter({ sender: SENDER, recruiter: JANE, choice: odd }).text).toBe(english);
  });
});

describe('when the thread did not tell us everything', () => {
  test('greetings fall back to a neutral salutation in each language', () => {
    // A greeting has two phrasings where the language has two correct ones for that register; the thread (here,
    // the company) picks one.
    const firsts = (language: LetterLanguage, tone: Tone, recruiter: RecruiterFields) =>
      new Set(['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark'].map((company) => letter(language, { tone }, { ...recruiter, company }).split('\n')[0]));
    const expectGreetings = (language: LetterLanguage, tone: Tone, recruiter: RecruiterFields, expected: string[]) =>
      expect([...firsts(language, tone, recruiter)].sort()).toEqual([...expected].sort());
    expectGreetings('de', 'formal', NOBODY, ['Sehr geehrte Damen und Herren,', 'Guten Tag,']);
    expectGreetings('de', 'warm', NOBODY, ['Guten Tag,', 'Hallo,']);
    expectGreetings('de', 'brief', NOBODY, ['Guten Tag,', 'Hallo,']);
    expectGreetings('de', 'formal', { ...JANE, fullName: null }, ['Guten Tag Jane,']);
    // Only a full name (the split is unsure): greeted by it in every tone, never "Hallo," to a known person (review 3).
    expectGreetings('de', 'warm', { ...JANE, firstName: null }, ['Guten Tag Jane Doe,']);
    // A formal letter to a named person greets them by full name, never "Sehr geehrte Damen und Herren," (issue 15).
    expectGreetings('de', 'formal', { ...JANE, firstName: null }, ['Guten Tag Jane Doe,']);

    expectGreetings('fr', 'formal', NOBODY, ['Madame, Monsieur,', 'Mesdames, Messieurs,']);
    // A person wrote, but only the full name is known: "Bonjour Jane Doe,", never "Madame, Monsieur," (issue 15)
    // nor a bare "Bonjour," to a known person (review 3).
    expectGreetings('fr', 'formal', { ...JANE, firstName: null }, ['Bonjour Jane Doe,']);
    expectGreetings('fr', 'warm', { ...JANE, firstName: null }, ['Bonjour Jane Doe,']);
    expectGreetings('fr', 'warm', NOBODY, ['Bonjour,']);
    expectGreetings('fr', 'brief', NOBODY, ['Bonjour,']);
    expectGreetings('fr', 'formal', { ...JANE, fullName: null }, ['Bonjour Jane,']);

    expectGreetings('es', 'formal', NOBODY, ['Buenos días:']);
    // A bare "Hola:" looks unfinished (review 3).
    expectGreetings('es', 'warm', NOBODY, ['¡Hola!', 'Buenos días:']);
    expectGreetings('es', 'brief', NOBODY, ['¡Hola!', 'Buenos días:']);
    expectGreetings('es', 'warm', { ...JANE, firstName: null }, ['Hola, Jane Doe:', 'Buenos días, Jane Doe:']);
    expectGreetings('es', 'formal', { ...JANE, firstName: null }, ['Buenos días, Jane Doe:']);
  });

  test('the French formal closing echoes "Madame, Monsieur" when the letter opened with it', () => {
    expect(letter('fr', { tone: 'formal' }, NOBODY)).toMatch(
      /\n\n(?:Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées|Veuillez agréer, Madame, Monsieur, mes salutations distinguées)\.\nSam Lee\n/,
    );
    // A letter that opens "Bonjour Jane," does not close with the formula of "Madame, Monsieur,".
    expect(letter('fr', { tone: 'formal' })).not.toMatch(/agréer/);
    expect(letter('fr', { tone: 'formal' })).toMatch(/\n\n(?:Cordialement|Bien à vous),\nSam Lee\n/);
  });

  test('the position is described with what is known, with the grammar each language needs', () => {
    const position = (language: LetterLanguage, r: Partial<RecruiterFields>) => view(language, {}, { ...JANE, ...r }).thePosition;
    expect(position('de', {})).toBe('die Stelle als Senior Engineer bei Acme');
    expect(position('de', { company: null })).toBe('die Stelle als Senior Engineer');
    expect(position('de', { role: null })).toBe('die Stelle bei Acme');
    // Nothing known: a demonstrative, not a bare "die Stelle" waiting for a complement (issue 15).
    expect(position('de', NOBODY)).toBe('diese Stelle');
    expect(position('de', { role: 'Werkstudent Data Analytics (m/w/d)' })).toBe('die Stelle als Werkstudent Data Analytics bei Acme');
    expect(position('de', { role: 'Praktikumsstelle' })).toBe('die Praktikumsstelle bei Acme');
    expect(position('de', { role: 'eine Projektleiterin' })).toBe('die Stelle als Projektleiterin bei Acme');

    expect(position('fr', {})).toBe('le poste de Senior Engineer chez Acme');
    // A job name (sentence case in the ad) is a common noun, in lower case; a title-case title is kept.
    expect(position('fr', { role: 'Ingénieur logiciel' })).toBe("le poste d'ingénieur logiciel chez Acme");
    expect(position('fr', { role: 'Développeur (H/F)', company: null })).toBe('le poste de développeur');
    expect(position('fr', { role: 'un Chef de projet' })).toBe('le poste de chef de projet chez Acme');
    expect(position('fr', { role: 'Office Manager' })).toBe('le poste d\'Office Manager chez Acme');
    expect(position('fr', { role: 'Internship', company: 'Le Monde' })).toBe('le stage au Monde');
    expect(position('fr', { role: 'Summer Internship', company: 'Les Échos' })).toBe("le stage d'été aux Échos");
    expect(position('fr', { role: 'Analyste', company: 'Hôpital Necker' })).toBe("le poste d'analyste à l'Hôpital Necker");
    expect(position('fr', { role: 'Poste de comptable' })).toBe('le poste de comptable chez Acme');
    expect(position('fr', { role: null })).toBe('le poste chez Acme');
    expect(position('fr', NOBODY)).toBe('ce poste');

    expect(position('es', {})).toBe('el puesto de Senior Engineer en Acme');
    expect(position('es', { role: 'un Analista de Datos' })).toBe('el puesto de Analista de Datos en Acme');
    expect(position('es', { role: 'Analista de datos', company: 'El País' })).toBe('el puesto de analista de datos en El País');
    expect(position('es', { role: 'Internship' })).toBe('las prácticas en Acme');
    expect(position('de', { role: 'Internship', company: 'Deutsche Bahn AG' })).toBe('das Praktikum bei der Deutschen Bahn AG');
    expect(position('de', { role: 'Ausbildung zum Fachinformatiker', company: 'Deutsches Rotes Kreuz' })).toBe('die Ausbildung zum Fachinformatiker beim Deutschen Roten Kreuz');
    expect(position('en', { role: 'Internship' })).toBe('the internship at Acme');
    expect(position('en', { role: 'Summer Internship', company: null })).toBe('the summer internship');
    expect(position('en', { role: 'Data Science Internship', company: null })).toBe('the Data Science Internship');
    expect(position('es', { role: 'Vacante de analista', company: null })).toBe('la vacante de analista');
    expect(position('es', { role: null })).toBe('el puesto en Acme');
    expect(position('es', NOBODY)).toBe('este puesto');
  });

  test('the team is named with what is known', () => {
    const team = (language: LetterLanguage, company: string | null, tone: Tone = 'warm') => view(language, { tone }, { ...JANE, company }).theTeam;
    // German names the company once, after "bei" in the position; the team is "Ihr Team".
    expect(team('de', 'Acme')).toBe('Ihr Team');
    expect(team('de', null)).toBe('Ihr Team');
    expect(team('fr', 'Acme')).toBe("l'équipe d'Acme");
    expect(team('fr', 'Orange')).toBe("l'équipe d'Orange");
    expect(team('fr', 'Capgemini')).toBe("l'équipe de Capgemini");
    expect(team('fr', null)).toBe('votre équipe');
    expect(team('es', 'Acme')).toBe('el equipo de Acme');
    expect(team('es', null, 'formal')).toBe('su equipo');
    expect(team('es', null, 'warm')).toBe('tu equipo');
  });

  test('sentences are rephrased rather than left with a gap', () => {
    expect(letter('de', { stage: 'offer', tone: 'warm' }, NOBODY)).toMatch(/Dank für Ihr Angebot für diese Stelle (?:und|\.)/);
    expect(letter('de', { stage: 'outreach', tone: 'brief' }, { ...NOBODY, company: 'Acme' })).toContain('vielen Dank für Ihre Nachricht über die Stelle bei Acme.');
    expect(letter('fr', { stage: 'offer', tone: 'formal' }, NOBODY)).toMatch(/(?:m'avoir proposé|proposition concernant) ce poste[,.]/);
    expect(letter('es', { stage: 'offer', tone: 'formal' }, NOBODY)).toMatch(/la oferta para este puesto (?:y|\.)/);
    expect(letter('es', { stage: 'outreach', tone: 'warm' }, { ...NOBODY, role: 'Diseñadora UX' })).toMatch(/sobre el puesto de diseñadora UX[ .]/);
  });

  test.each(OTHERS.flatMap((language) => (['firstName', 'fullName', 'role', 'company'] as const).map((field) => ({ language, field }))))(
    '$language: $field missing (null, empty or blank) still gives a tidy letter',
    ({ language, field }) => {
      for (const missing of [null, '', '   ']) {
        for (const stage of STAGES) {
          for (const tone of TONES) {
            const text = letter(language, { stage, tone }, { ...JANE, [field]: missing });
            expectTidy(text, language);
            expect(text).toMatch(THANKS[language][stage]);
          }
        }
      }
    },
  );

  test.each(OTHERS)('%s: everything missing, including the sender, still gives a tidy letter', (language) => {
    const sender = { name: '', signature: '', keepInTouch: '' };
    for (const stage of STAGES) {
      for (const tone of TONES) {
        const text = letter(language, { stage, tone, reason: 'custom', customReason: '' }, NOBODY, sender);
        expectTidy(text, language);
        expect(SIGN_OFFS[language][tone].some((s) => text.endsWith(`\n\n${s}`)) || text.endsWith('salutations distinguées.')).toBe(true);
        expect(text).toContain(view(language, { stage, tone, reason: 'custom', customReason: '' }).reasonSentence);
      }
    }
  });

  test('a company name ending in a full stop does not double it', () => {
    expect(letter('de', { tone: 'brief', keepDoorOpen: false }, { ...JANE, company: 'Acme GmbH & Co. KG.' })).toContain(
      'bei der Acme GmbH & Co. KG. Ich',
    );
    expect(letter('es', { tone: 'brief', keepDoorOpen: false }, { ...JANE, company: 'Soluciones Quetzal, S.A. de C.V.' })).toContain(
      'en Soluciones Quetzal, S.A. de C.V. ',
    );
  });
});

describe('reasons and staying in touch', () => {
  test('a custom reason is the user\'s own words, used as written in any language', () => {
    for (const language of OTHERS) {
      // Written per letter language: each letter uses the text of its own language, never another's.
      expect(view(language, { reason: 'custom', customReason: { [language]: '  mi familia  es lo primero ' } }).reasonSentence).toBe('Mi familia es lo primero.');
      if (language !== 'es') expect(view(language, { reason: 'custom', customReason: { es: 'Mi familia es lo primero ahora mismo, de verdad.' } }).reasonSentence).not.toMatch(/familia/);
    }
  });

  test('an empty custom reason gives a neutral sentence in the letter\'s language', () => {
    for (const language of OTHERS) {
      for (const tone of TONES) {
        const neutral = view(language, { reason: 'custom', customReason: ' ', tone }).reasonSentence;
        expect(neutral).toMatch(/^\p{Lu}.*\.$/u);
        expect(neutral).not.toBe(view('en', { reason: 'custom', customReason: ' ', tone }).reasonSentence);
      }
    }
  });

  test('links and addresses get a sentence in the letter\'s language', () => {
    const inTouch = (language: LetterLanguage, keepInTouch: string, tone: Tone = 'warm') =>
      view(language, { tone }, JANE, { ...SENDER, keepInTouch }).keepInTouchSentence;
    expect(inTouch('de', 'https://samlee.dev')).toBe('Sie finden mich auch hier: https://samlee.dev');
    expect(inTouch('de', 'sam@example.com')).toBe('Sie erreichen mich jederzeit unter sam@example.com.');
    expect(inTouch('de', 'sam@example.com', 'formal')).toBe('Sie erreichen mich unter sam@example.com.');
    expect(inTouch('fr', 'linkedin.com/in/samlee')).toBe(`Vous pouvez me retrouver sur LinkedIn${NNBSP}: linkedin.com/in/samlee`);
    expect(inTouch('fr', 'https://samlee.dev')).toBe(`Vous pouvez aussi me retrouver ici${NNBSP}: https://samlee.dev`);
    expect(inTouch('fr', 'sam@example.com', 'formal')).toBe("Vous pouvez me joindre à l'adresse sam@example.com.");
    // Spanish says it without addressing the reader, so it fits tú and usted alike.
    expect(inTouch('es', 'https://samlee.dev', 'formal')).toBe('Más sobre mí: https://samlee.dev');
    expect(inTouch('es', 'sam@example.com', 'brief')).toBe('Mi correo: sam@example.com');
  });

  test('a free-text line is used only in a letter of its own language; its link is kept otherwise', () => {
    const inTouch = (language: LetterLanguage, keepInTouch: string) =>
      view(language, {}, JANE, { ...SENDER, keepInTouch }).keepInTouchSentence;
    // English words in a German letter would read as a mistake: left out.
    expect(inTouch('de', 'feel free to connect with me on LinkedIn')).toBe('');
    expect(inTouch('en', 'feel free to connect with me on LinkedIn')).toBe('Feel free to connect with me on LinkedIn.');
    // ...but the link in it still helps, said in the letter's language.
    expect(inTouch('fr', 'Connect with me at linkedin.com/in/samlee.')).toBe(`Vous pouvez me retrouver sur LinkedIn${NNBSP}: linkedin.com/in/samlee`);
    expect(inTouch('es', 'or write to me at sam@example.com')).toBe('Mi correo: sam@example.com');
    // A line written in the letter's language is used as written.
    expect(inTouch('de', 'gerne können wir uns auf Xing vernetzen')).toBe('Gerne können wir uns auf Xing vernetzen.');
  });
});

describe('templates', () => {
  test('every built-in template in every language is valid, escaped and uses only known names', () => {
    for (const language of LETTER_LANGUAGES) {
      for (const stage of STAGES) {
        const template = DEFAULT_TEMPLATES_BY_LANGUAGE[language][stage];
        expect(template).not.toMatch(/\{\{\{|\{\{\s*&/);
        expect(templateProblems(template)).toEqual([]);
        expect(templateLanguage(template)).toBe(language);
      }
    }
  });

  test('templates of one stage share their structure across languages', () => {
    const names = (template: string) => [...template.matchAll(/\{\{\s*([#^/]?\s*\w+)\s*\}\}/g)].map((m) => (m[1] ?? '').replace(/\s/g, ''));
    for (const stage of STAGES) {
      // The choice between two wordings (v1–v3) and the Spanish choice between usted and tú (formalAddress) are
      // each language's own; the tone and door sections are shared.
      const sections = (template: string) => names(template).filter((n) => /^[#^/]/.test(n) && !/^[#^/](?:v\d|formalAddress)$/.test(n));
      for (const language of OTHERS) {
        expect(sections(DEFAULT_TEMPLATES_BY_LANGUAGE[language][stage])).toEqual(sections(DEFAULT_TEMPLATES[stage]));
        for (const required of ['greeting', 'thePosition', 'reasonSentence', 'doorOpenSentence', 'keepInTouchSentence', 'signOff', 'senderName', 'signature']) {
          expect(names(DEFAULT_TEMPLATES_BY_LANGUAGE[language][stage])).toContain(required);
        }
      }
    }
  });

  test('templateLanguage tells a template\'s language from its own words only', () => {
    expect(templateLanguage('{{greeting}}\n\n{{reasonSentence}}\n\n{{signOff}}\n{{senderName}}')).toBe('any');
    expect(templateLanguage('{{! Meine eigene Vorlage, auf Deutsch }}{{greeting}}')).toBe('any');
    expect(templateLanguage('Custom {{firstName}}')).toBe('en');
    expect(templateLanguage('{{greeting}}\n\nvielen Dank für Ihre Nachricht, ich habe mich aber für eine andere Stelle entschieden.')).toBe('de');
    expect(templateLanguage('{{greeting}}\n\nMerci pour votre message, mais je ne suis pas disponible.')).toBe('fr');
    expect(() => templateLanguage('{{#warm}}never closed')).toThrow();
  });

  test('a custom template is used for letters in its own language, and the built-in one for the others', () => {
    const english = 'Hi {{firstName}}, thank you for the offer, but I will pass on this one. {{reasonSentence}}';
    const german = '{{greeting}}\n\nvielen Dank für Ihr Angebot, aber ich habe mich anders entschieden. {{reasonSentence}}\n\n{{signOff}}';
    const neutral = '{{greeting}}\n\n{{reasonSentence}}\n\n{{signOff}}';
    const compose = (language: LetterLanguage, template: string) =>
      composeLetter({ sender: SENDER, recruiter: JANE, choice: choice(language), templates: { offer: template } }).text;

    expect(compose('en', english)).toMatch(/^Hi Jane, thank you for the offer/);
    expect(compose('de', english)).toBe(letter('de'));
    expect(compose('de', german)).toBe(`${view('de').greeting}\n\nvielen Dank für Ihr Angebot, aber ich habe mich anders entschieden. ${view('de').reasonSentence}\n\n${view('de').signOff}`);
    expect(compose('en', german)).toBe(letter('en'));
    expect(compose('es', neutral)).toBe(`${view('es').greeting}\n\n${view('es').reasonSentence}\n\n${view('es').signOff}`);
    expect(compose('fr', '{{#warm}}never closed')).toBe(letter('fr'));
  });
});

describe('French typography', () => {
  const v = view('fr');

  test('a plain space before ; : ! ? becomes a narrow no-break space; links and times are left alone', () => {
    const { text } = renderLetter('Merci ! Une question : quand ?  Voici le lien:https://x.fr/a?b=1 à 14:00 ; fin', v, 'fr');
    expect(text).toBe(`Merci${NNBSP}! Une question${NNBSP}: quand${NNBSP}? Voici le lien:https://x.fr/a?b=1 à 14:00${NNBSP}; fin`);
  });

  test('the same template in another language drops the space, as before', () => {
    expect(renderLetter('Merci ! Question : oui ?', v).text).toBe('Merci! Question: oui?');
    expect(renderLetter('Merci ! Question : oui ?', v, 'de').text).toBe('Merci! Question: oui?');
  });

  test('in html the narrow no-break space stays a character', () => {
    const { html } = renderLetter('Bonne chance !', v, 'fr');
    expect(html).toBe(`<div>Bonne chance${NNBSP}!</div>`);
  });
});

describe('page text stays text, in every language', () => {
  const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{#x}}', '"&\''];
  const ALL = PAYLOADS.join(' ');

  function expectOnlyText(html: string, text: string): void {
    const container = document.createElement('div');
    container.innerHTML = html;
    for (const el of container.querySelectorAll('*')) {
      expect(['DIV', 'BR']).toContain(el.tagName);
      expect(el.attributes.length).toBe(0);
    }
    const rows = [...container.children].map((div) => (div.textContent ?? '').replace(/\u00A0/g, ' '));
    expect(rows).toEqual(text.split('\n').map((line) => line.replace(/\u00A0/g, ' ')));
  }

  // The full name equals the first name here, so German formal letters greet with it alone.
  const FIRST_LINE = greetings(ALL);
  FIRST_LINE.de.formal = [`Guten Tag ${ALL},`];

  test.each(OTHERS.flatMap((language) => STAGES.flatMap((stage) => TONES.map((tone) => ({ language, stage, tone })))))(
    'payloads in every field: $language / $stage / $tone',
    ({ language, stage, tone }) => {
      const recruiter = { firstName: ALL, fullName: ALL, role: ALL, company: ALL };
      const sender = { name: ALL, signature: `${ALL}\n${PAYLOADS.join('\n')}`, keepInTouch: ALL };
      const { text, html } = composeLetter({
        sender,
        recruiter,
        choice: { stage, tone, reason: 'custom', customReason: ALL, keepDoorOpen: true, language },
      });

      for (const payload of PAYLOADS) expect(text).toContain(payload);
      expect(FIRST_LINE[language][tone]).toContain(text.split('\n')[0]);
      expect(html).not.toMatch(/<script|<img|<\/script/i);
      expect(html).not.toMatch(/<[^>]*onerror=/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('{{#x}}');
      expect(html).toContain('&quot;&amp;&#39;');
      expectOnlyText(html, text);
    },
  );

  test('property: any text in any field, in any language, gives safe html that mirrors the text', () => {
    const field = fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({ firstName: field, fullName: field, role: field, company: field }),
        fc.record({
          name: fc.string({ maxLength: 30 }),
          signature: fc.string({ unit: 'binary', maxLength: 60 }),
          keepInTouch: fc.string({ maxLength: 30 }),
        }),
        fc.constantFrom(...OTHERS),
        fc.constantFrom(...STAGES),
        fc.constantFrom(...TONES),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.boolean(),
        (recruiter, sender, language, stage, tone, customReason, keepDoorOpen) => {
          const { text, html } = composeLetter({
            sender,
            recruiter,
            choice: { stage, tone, reason: 'custom', customReason, keepDoorOpen, language },
          });
          expect(text).not.toMatch(/\n\n\n/);
          expect(text).not.toMatch(/^\n|\n$/);
          expect(text).toMatch(THANKS[language][stage]);
          expect(html).not.toMatch(/<(?!\/?div>|br>)/);
          expectOnlyText(html, text);
        },
      ),
      { numRuns: 300 },
    );
    // Parsing 300 letters as HTML takes about a second; allow for a busy machine.
  }, 30_000);
});
