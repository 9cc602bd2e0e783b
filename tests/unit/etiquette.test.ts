import { checkEtiquette, countWords, messageAge, type HintCode } from '../../core/letter/etiquette';
import type { LetterLanguage } from '../../core/model';
import { composeLetter } from '../../core/letter/render';
import type { LetterChoice } from '../../core/model';
import { REASONS, STAGES, TONES, type Stage } from '../../core/letter/reasons';

const DAY = 24 * 60 * 60 * 1000;
const SIGNATURE = 'Jane Doe\nSenior Engineer · +1 555.123.4567';

function letter(choice: Partial<LetterChoice> & { stage?: Stage } = {}, keepInTouch = '') {
  return composeLetter({
    sender: { name: 'Jane Doe', signature: SIGNATURE, keepInTouch },
    recruiter: { firstName: 'Dana', fullName: 'Dana Whitfield', role: 'Senior Product Designer', company: 'Acme Robotics' },
    choice: { stage: 'offer', tone: 'warm', reason: 'accepted-other-offer', keepDoorOpen: true, ...choice },
  }).text;
}

function ids(text: string, stage: Stage = 'offer', customReason?: string, language: LetterLanguage = 'en'): HintCode[] {
  return checkEtiquette(text, { stage, customReason, signature: SIGNATURE, language }).map((h) => h.code);
}

/** A good letter written by hand, to be spoiled one way at a time. */
const GOOD = `Hi Dana,

Thank you so much for the offer and for your time during the process.

After a lot of thought, I've decided not to accept. {REASON}

I'd love to stay in touch, and I hope our paths cross again.

Best wishes,
Jane Doe`;

const withReason = (reason: string) => GOOD.replace('{REASON}', reason);

describe('checkEtiquette', () => {
  test('every built-in letter passes with no hints: each stage, tone and reason, with and without a keep-in-touch line', () => {
    let checked = 0;
    for (const stage of STAGES)
      for (const tone of TONES)
        for (const reason of REASONS.filter((r) => r.stages.includes(stage)))
          for (const keepInTouch of ['', 'https://www.linkedin.com/in/jane-doe-100k', 'jane@example.com', 'Happy to connect on LinkedIn']) {
            const text = letter({ stage, tone, reason: reason.id, customReason: '' }, keepInTouch);
            expect({ stage, tone, reason: reason.id, keepInTouch, hints: ids(text, stage) }).toEqual({ stage, tone, reason: reason.id, keepInTouch, hints: [] });
            checked++;
          }
    expect(checked).toBeGreaterThan(90);
  });

  test('a good hand-written letter passes', () => {
    expect(ids(withReason("I've decided to stay in my current role for now."))).toEqual([]);
  });

  test('a letter without thanks is flagged, with wording for the stage', () => {
    const text = GOOD.replace('Thank you so much for the offer and for your time during the process.', 'I got your offer.').replace('{REASON}', '');
    const hints = checkEtiquette(text, { stage: 'offer' });
    expect(hints).toEqual([{ code: 'no-thanks', params: { stage: 'offer' } }]);
    expect(checkEtiquette(text, { stage: 'interview' })[0]?.params).toEqual({ stage: 'interview' });
  });

  test('a letter that closes the door is flagged; turning the toggle off gets a gentler nudge', () => {
    const closed = withReason('').replace("I'd love to stay in touch, and I hope our paths cross again.", 'Good luck with the search.');
    expect(ids(closed)).toEqual(['no-door-open']);
    const [hint] = checkEtiquette(closed, { stage: 'offer', keepDoorOpen: false });
    expect(hint).toEqual({ code: 'no-door-open', params: { switchedOff: true } });
    // The built-in letter with the toggle off lacks the line too: the hint is advice, the user decides.
    expect(ids(letter({ keepDoorOpen: false }))).toEqual(['no-door-open']);
  });

  test.each([
    ['criticism', 'Honestly the interview process was chaotic and the team seemed disorganized.'],
    ['criticism', 'The offer was a lowball and frankly a bit insulting.'],
    ['criticism', 'I read some bad reviews on Glassdoor about the management.'],
    ['criticism', 'The role is poorly paid for what it asks.'],
    ['personal-details', "My wife was just diagnosed with cancer, so I can't take on anything new."],
    ['personal-details', "I'm going through a divorce and need to stay near my kids."],
    ['personal-details', "I've been dealing with burnout and my therapist thinks I should rest."],
    ['salary-figures', 'I need at least $150,000 to make a move.'],
    ['salary-figures', 'The offer was 95k and I currently make 110k.'],
    ['salary-figures', 'I am looking for 120,000 plus equity.'],
    ['salary-figures', 'Anything under 80 EUR per hour will not work.'],
  ] as const)('flags %s: "%s"', (expected, reason) => {
    expect(ids(withReason(reason), 'offer', reason)).toEqual([expected]);
  });

  test('an over-long custom reason is flagged on its own', () => {
    const reason = 'I have thought about this a great deal over the past few weeks and talked it through with friends and former colleagues, and after weighing the commute, the hours, the team size, the product roadmap and where I see myself in five years, I feel it is not the right fit at this point in time for me.';
    expect(countWords(reason)).toBeGreaterThan(40);
    expect(ids(withReason(reason), 'offer', reason)).toEqual(['long-reason']);
    // The same words without a custom reason (say, in a custom template) are judged by the letter's length only.
    expect(ids(withReason(reason), 'offer')).toEqual([]);
  });

  test('a letter much longer than needed is flagged with its word count', () => {
    const padding = Array.from({ length: 12 }, () => 'I truly enjoyed every conversation we had and I learned a great deal from all of them.').join(' ');
    const text = withReason(padding);
    const hints = checkEtiquette(text, { stage: 'offer' });
    expect(hints.map((h) => h.code)).toEqual(['too-long']);
    // The built-in letters stay under 140 words; the hint starts above 230.
    expect(countWords(text)).toBeGreaterThan(230);
    expect(hints[0]?.params).toEqual({ words: countWords(text), limit: 230 });
  });

  test('a letter with several problems gets one hint for each, in a sensible order', () => {
    const text = 'Dana,\n\nNo. The pay was $90k, which is a joke, and my husband hates the commute.\n\nJane';
    expect(ids(text, 'offer', 'The pay was $90k, which is a joke, and my husband hates the commute.')).toEqual([
      'no-thanks',
      'criticism',
      'personal-details',
      'salary-figures',
      'no-door-open',
    ]);
  });

  test('the signature, links and addresses are not read as salary, details or length', () => {
    const signature = 'Jane Doe\nCare Coordinator, St. Mary’s Hospital\n+1 (555) 120,000 ext. 4\nhttps://example.com/my-wife-and-kids/$100';
    const text = `${withReason("I've decided to stay in my current role.")}\n${signature}`;
    expect(checkEtiquette(text, { stage: 'offer', signature })).toEqual([]);
    // As typed in preferences, with stray spaces and Windows line ends.
    expect(checkEtiquette(text, { stage: 'offer', signature: `${signature.split('\n').join('  \r\n')}  ` })).toEqual([]);
  });

  test('general wording is not mistaken for oversharing or criticism', () => {
    for (const reason of [
      'For personal and family reasons, the timing is not right.',
      'The compensation is not quite what I am looking for.',
      'I am looking for a different kind of environment.',
      'The location would not work for my circumstances.',
      "I'll be staying put for now; it's been a hard decision.",
    ]) {
      expect({ reason, hints: ids(withReason(reason), 'offer', reason) }).toEqual({ reason, hints: [] });
    }
  });

  test('an empty letter gets no hints', () => {
    expect(checkEtiquette('   ', { stage: 'offer' })).toEqual([]);
  });
});

describe('the same rules in German, French and Spanish', () => {
  const GOOD_IN: Record<Exclude<LetterLanguage, 'en'>, string> = {
    de: 'Hallo Dana,\n\nvielen Dank für Ihr Angebot und Ihre Zeit.\n\nNach reiflicher Überlegung muss ich Ihnen jedoch absagen. {REASON}\n\nIch würde mich freuen, in Kontakt zu bleiben.\n\nHerzliche Grüße\nJane Doe',
    fr: "Bonjour Dana,\n\nMerci beaucoup pour votre offre et pour votre temps.\n\nAprès réflexion, j'ai décidé de ne pas l'accepter. {REASON}\n\nJe reste volontiers en contact.\n\nBien cordialement,\nJane Doe",
    es: 'Hola, Dana:\n\nMuchas gracias por la oferta y por el tiempo dedicado.\n\nLo he pensado bien y he decidido no aceptarla. {REASON}\n\nMe encantaría seguir en contacto.\n\nUn cordial saludo,\nJane Doe',
  };
  test.each([
    ['de', '', []],
    ['de', 'Der Bewerbungsprozess war chaotisch und unprofessionell.', ['criticism']],
    ['de', 'Meine Frau ist schwanger.', ['personal-details']],
    ['de', 'Ich brauche mindestens 85.000 Euro brutto.', ['salary-figures']],
    ['de', 'I would rather focus on finishing my degree this year.', ['mixed-language']],
    ['fr', '', []],
    ['fr', 'Le processus était désorganisé et décevant.', ['criticism']],
    ['fr', 'Mon mari vient de perdre son emploi et ma mère est malade.', ['personal-details']],
    ['fr', 'Je vise au moins 60 000 € par an.', ['salary-figures']],
    ['es', '', []],
    ['es', 'El proceso fue caótico y poco profesional.', ['criticism']],
    ['es', 'Mi esposa está embarazada.', ['personal-details']],
    ['es', 'Necesito al menos 45.000 euros brutos al año.', ['salary-figures']],
    ['es', 'I would rather focus on finishing my degree this year.', ['mixed-language']],
  ] as const)('%s: "%s"', (language, reason, expected) => {
    expect(ids(GOOD_IN[language].replace('{REASON}', reason), 'offer', reason || undefined, language)).toEqual(expected);
  });

  test('a letter without thanks or door is flagged in its own language', () => {
    const bare = 'Hallo Dana,\n\nich sage ab.\n\nJane';
    expect(ids(bare, 'offer', undefined, 'de')).toEqual(['no-thanks', 'no-door-open']);
    expect(ids('Bonjour,\n\nJe refuse.\n\nJane', 'offer', undefined, 'fr')).toEqual(['no-thanks', 'no-door-open']);
    expect(ids('Hola:\n\nNo acepto.\n\nJane', 'offer', undefined, 'es')).toEqual(['no-thanks', 'no-door-open']);
  });
});

describe('promptness', () => {
  const now = Date.UTC(2025, 10, 20, 12);

  test('a message up to two days old is not late; an older one is', () => {
    expect(messageAge(now - 2 * DAY, now)).toEqual({ days: 2, late: false });
    expect(messageAge(now - 3600_000, now)).toEqual({ days: 0, late: false });
    expect(messageAge(now - 2 * DAY - 60_000, now)).toEqual({ days: 2, late: true });
    expect(messageAge(now - 30 * DAY, now)).toEqual({ days: 30, late: true });
  });

  test('an unknown or future date says nothing', () => {
    expect(messageAge(null, now)).toBeNull();
    expect(messageAge(undefined, now)).toBeNull();
    expect(messageAge(Number.NaN, now)).toBeNull();
    expect(messageAge(now + 3 * DAY, now)).toBeNull();
  });
});
