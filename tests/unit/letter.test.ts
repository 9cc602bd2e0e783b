import fc from 'fast-check';
import { buildLetterView, type SenderProfile } from '../../core/letter/view';
import { composeLetter, renderLetter } from '../../core/letter/render';
import { DEFAULT_TEMPLATES } from '../../core/letter/templates';
import { TEMPLATE_VARIABLES, templateProblems } from '../../core/letter/template-check';
import type { LetterChoice } from '../../core/model';
import type { Recruiter } from '../../core/extract';
import { reasonsFor, STAGES, TONES, type Stage, type Tone } from '../../core/letter/reasons';

type RecruiterFields = Pick<Recruiter, 'firstName' | 'fullName' | 'role' | 'company'>;

const SENDER: SenderProfile = {
  name: 'Sam Lee',
  signature: 'Sam Lee\nStaff Engineer\n+1 555 0100',
  keepInTouch: 'https://www.linkedin.com/in/samlee',
};
const JANE: RecruiterFields = { firstName: 'Jane', fullName: 'Jane Doe', role: 'Senior Engineer', company: 'Acme' };
const NOBODY: RecruiterFields = { firstName: null, fullName: null, role: null, company: null };

function choice(overrides: Partial<LetterChoice> = {}): LetterChoice {
  return { stage: 'offer', tone: 'warm', reason: 'accepted-other-offer', keepDoorOpen: true, ...overrides };
}

function letter(
  overrides: Partial<LetterChoice> = {},
  recruiter: RecruiterFields = JANE,
  sender: SenderProfile = SENDER,
): string {
  return composeLetter({ sender, recruiter, choice: choice(overrides) }).text;
}

const THANKS: Record<Stage, RegExp> = {
  offer: /^(?:Thank you (?:so much )?for (?:offering me|the offer for) |Thanks so much for the offer for |I am grateful for the offer for )/m,
  interview: /^(?:Thank you (?:so much )?for (?:inviting me to interview|the invitation to interview|your invitation to interview) for |I appreciate your invitation to interview for )/m,
  outreach: /^(?:Thank you (?:so much )?for (?:reaching out about|your message about|contacting me about|thinking of me for) |Thanks for (?:reaching out|getting in touch) about )/m,
};
/** Each tone's two sign-offs (one is chosen per thread). */
const SIGN_OFFS: Record<Tone, readonly string[]> = { warm: ['Best wishes,', 'Warm regards,'], formal: ['Kind regards,', 'Best regards,'], brief: ['Best,', 'Regards,'] };
const signOffLine = (lines: string[], tone: Tone) => lines.findIndex((l) => SIGN_OFFS[tone].includes(l));
const DOOR_OPEN = /stay in touch|reconnect|hear about it|hear from you|reach out|get in touch|be in touch|stay connected|hear about closer|speak again/i;

function expectTidy(text: string): void {
  expect(text).not.toMatch(/\{\{|\}\}/);
  expect(text).not.toMatch(/undefined|null|\[object/i);
  expect(text).not.toMatch(/ {2}/);
  expect(text).not.toMatch(/ [.,;:!?]/);
  expect(text).not.toMatch(/(^|[^.])\.\.($|[^.])|\. \./);
  expect(text).not.toMatch(/\n\n\n/);
  expect(text).not.toMatch(/^\s|\s$/);
  expect(text).not.toMatch(/ at [.,]|\bat the team\b|\bthe\s+role at\b/);
  for (const line of text.split('\n')) expect(line).toBe(line.trim());
}

/** The paragraph(s) between the greeting and the sign-off. */
function body(text: string, tone: Tone): string {
  const lines = text.split('\n');
  return lines.slice(1, signOffLine(lines, tone)).join('\n').trim();
}

function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '').length;
}

describe('every stage, tone, reason and door-open choice', () => {
  const cases = STAGES.flatMap((stage) =>
    TONES.flatMap((tone) =>
      reasonsFor(stage).flatMap((reason) =>
        [true, false].map((keepDoorOpen) => ({ stage, tone, reason: reason.id, keepDoorOpen })),
      ),
    ),
  );

  test.each(cases)('$stage / $tone / $reason / door open: $keepDoorOpen', (c) => {
    const customReason = c.reason === 'custom' ? 'i want to focus on building my own company' : undefined;
    const view = buildLetterView({ sender: SENDER, recruiter: JANE, choice: { ...c, customReason } });
    const text = renderLetter(DEFAULT_TEMPLATES[c.stage], view).text;

    expectTidy(text);
    expect(text).toMatch(THANKS[c.stage]);
    expect(text).toContain(view.reasonSentence);
    expect(view.reasonSentence).not.toMatch(/\d/);
    expect(text).not.toMatch(/toxic|\bbad\b|\bpoor\b|disappoint|unprofessional|lowball|underpa/i);

    const lines = text.split('\n');
    expect(c.tone === 'formal' ? ['Dear Jane,', 'Hello Jane,'] : ['Hi Jane,', 'Hello Jane,']).toContain(lines[0]);
    const signOffAt = signOffLine(lines, c.tone);
    expect(signOffAt).toBeGreaterThan(0);
    // The signature starts with the name: the letter is signed once.
    expect(lines.slice(signOffAt + 1)).toEqual(['Sam Lee', 'Staff Engineer', '+1 555 0100']);

    if (c.keepDoorOpen) {
      expect(view.doorOpenSentence).toMatch(DOOR_OPEN);
      expect(text).toContain(view.doorOpenSentence);
      expect(text).toContain('You can find me on LinkedIn: https://www.linkedin.com/in/samlee');
    } else {
      expect(view.doorOpenSentence).toBe('');
      expect(text).not.toMatch(DOOR_OPEN);
      expect(text).not.toContain('linkedin');
    }
    // Ends warmly either way: the paragraph before the sign-off wishes them well.
    expect(lines[signOffAt - 2] ?? '').toMatch(/success|luck|great (?:fit|match|person)|all the best|successful search|stay in touch|reconnect|hear about it|reach out|linkedin|if things change|changes/i);
  });

  test.each(STAGES.flatMap((stage) => [true, false].map((keepDoorOpen) => ({ stage, keepDoorOpen }))))(
    'brief $stage letters stay at three or four sentences (door open: $keepDoorOpen)',
    ({ stage, keepDoorOpen }) => {
      for (const reason of reasonsFor(stage)) {
        const text = letter(
          { stage, tone: 'brief', reason: reason.id, keepDoorOpen },
          JANE,
          { ...SENDER, keepInTouch: '' },
        );
        const count = sentenceCount(body(text, 'brief'));
        expect(count).toBeGreaterThanOrEqual(3);
        expect(count).toBeLessThanOrEqual(4);
      }
    },
  );

  test('each tone signs off in its own way', () => {
    for (const tone of TONES) expect(SIGN_OFFS[tone].some((s) => letter({ tone }).includes(`\n\n${s}\nSam Lee\n`))).toBe(true);
  });

  test('warm and formal letters differ from each other and from brief ones', () => {
    for (const stage of STAGES) {
      const [warm, formal, brief] = TONES.map((tone) => letter({ stage, tone }));
      expect(new Set([warm, formal, brief]).size).toBe(3);
      expect((brief ?? '').length).toBeLessThan(Math.min((warm ?? '').length, (formal ?? '').length));
      expect(body(formal ?? '', 'formal')).not.toMatch(/\b(I've|I'm|I'd|don't|isn't|wasn't)\b/);
    }
  });
});

describe('when the thread did not tell us everything', () => {
  test('greetings fall back to a neutral salutation', () => {
    // Every greeting has two phrasings; the thread (here, the company) picks one.
    const firsts = (c: Partial<LetterChoice>, r: RecruiterFields) =>
      [...new Set(['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark'].map((company) => letter(c, { ...r, company }).split('\n')[0]))].sort();
    expect(firsts({ tone: 'warm' }, NOBODY)).toEqual(['Hello,', 'Hi there,']);
    expect(firsts({ tone: 'brief' }, NOBODY)).toEqual(['Hello,', 'Hi there,']);
    // A team only when nobody wrote as a person, and never to answer one recruiter's outreach.
    expect(firsts({ tone: 'formal' }, NOBODY)).toEqual(['Dear Hiring Team,', 'Dear Recruitment Team,']);
    expect(firsts({ tone: 'formal', stage: 'outreach' }, NOBODY)).toEqual(['Good day,', 'Hello,']);
    expect(firsts({ tone: 'formal' }, { ...JANE, fullName: null })).toEqual(['Dear Jane,', 'Hello Jane,']);
    // Only a full name: still greeted by name, "Dear Jane Doe," in every tone ("Hi Jane Doe," reads like a mail
    // merge); review 3 found "Hello," to a recruiter whose name was known a register defect.
    expect(firsts({ tone: 'formal' }, { ...JANE, firstName: null })).toEqual(['Dear Jane Doe,']);
    expect(firsts({ tone: 'warm' }, { ...JANE, firstName: null })).toEqual(['Dear Jane Doe,']);
  });

  test('a Chinese, Japanese or Korean name is addressed whole: the given name alone is over-familiar', () => {
    const firsts = (c: Partial<LetterChoice>, r: RecruiterFields) =>
      [...new Set(['Acme', 'Globex', 'Initech', 'Umbrella'].map((company) => letter(c, { ...r, company }).split('\n')[0]))].sort();
    expect(firsts({ tone: 'warm' }, { ...JANE, firstName: '佳穎', fullName: '林佳穎' })).toEqual(['Dear 林佳穎,']);
    expect(firsts({ tone: 'formal' }, { ...JANE, firstName: '도윤', fullName: '김도윤' })).toEqual(['Dear 김도윤,']);
    expect(firsts({ tone: 'formal' }, { ...JANE, firstName: '健太', fullName: '佐藤 健太' })).toEqual(['Dear 佐藤 健太,']);
    // A given name alone is not greeted either.
    expect(firsts({ tone: 'warm' }, { ...JANE, firstName: '佳穎', fullName: null })).toEqual(['Hello,', 'Hi there,']);
  });

  test('the position is described with what is known', () => {
    const position = (r: RecruiterFields) => buildLetterView({ sender: SENDER, recruiter: r, choice: choice() }).thePosition;
    expect(position(JANE)).toBe('the Senior Engineer role at Acme');
    expect(position({ ...JANE, company: null })).toBe('the Senior Engineer role');
    expect(position({ ...JANE, role: null })).toBe('the position at Acme');
    expect(position(NOBODY)).toBe('the position');
    expect(position({ ...JANE, role: 'Engineering Manager position' })).toBe('the Engineering Manager position at Acme');
    expect(position({ ...JANE, role: 'a Data Analyst' })).toBe('the Data Analyst role at Acme');
  });

  test('sentences are rephrased rather than left with a gap', () => {
    expect(letter({ stage: 'offer', tone: 'warm' }, NOBODY)).toMatch(/for (?:offering me|the offer for) the position[.,;]/);
    expect(letter({ stage: 'offer', tone: 'warm' }, NOBODY)).toMatch(/(?:you and your team every success|all the best to your team)\./);
    expect(letter({ stage: 'outreach', tone: 'brief' }, { ...NOBODY, company: 'Acme' })).toMatch(/(?:reaching out about|thinking of me for) the position at Acme\./);
  });

  test.each(
    (['firstName', 'fullName', 'role', 'company'] as const).map((field) => ({ field })),
  )('$field missing (null, empty or blank) still gives a tidy letter', ({ field }) => {
    for (const missing of [null, '', '   ']) {
      for (const stage of STAGES) {
        for (const tone of TONES) {
          const text = letter({ stage, tone }, { ...JANE, [field]: missing });
          expectTidy(text);
          expect(text).toMatch(THANKS[stage]);
        }
      }
    }
  });

  test('everything missing, including the sender, still gives a tidy letter', () => {
    const sender = { name: '', signature: '', keepInTouch: '' };
    for (const stage of STAGES) {
      for (const tone of TONES) {
        const text = letter({ stage, tone, reason: 'custom', customReason: '' }, NOBODY, sender);
        expectTidy(text);
        expect(SIGN_OFFS[tone].some((s) => text.endsWith(`\n\n${s}`))).toBe(true);
      }
    }
  });

  test('names and roles are used as given, with whitespace tidied', () => {
    const text = letter({ tone: 'warm' }, { firstName: '  Jane\n', fullName: 'Jane   Doe', role: ' Senior\tEngineer ', company: 'Acme  Corp' });
    expect(['Hi Jane,', 'Hello Jane,']).toContain(text.split('\n')[0]);
    expect(text).toMatch(/the Senior Engineer role at Acme Corp[.,;]/);
    expect(['Dear Jane,', 'Hello Jane,']).toContain(letter({ tone: 'formal' }, { ...JANE, firstName: ' Jane ' }).split('\n')[0]);
  });

  test('a company name ending in a full stop does not double it', () => {
    const text = letter({ tone: 'brief', keepDoorOpen: false }, { ...JANE, company: 'Acme Inc.' });
    expect(text).toMatch(/the Senior Engineer role at Acme Inc\. I/);
    expectTidy(text);
  });
});

describe('reasons', () => {
  test('a custom reason becomes its own tidy sentence', () => {
    const reason = (customReason: string | undefined, tone: Tone = 'warm') =>
      buildLetterView({ sender: SENDER, recruiter: JANE, choice: choice({ reason: 'custom', customReason, tone }) }).reasonSentence;
    expect(reason('  i want to  focus on my\nstartup ')).toBe('I want to focus on my startup.');
    expect(reason('I am moving abroad!')).toBe('I am moving abroad!');
    expect(reason('My family comes first right now.')).toBe('My family comes first right now.');
    for (const tone of TONES) {
      for (const empty of [undefined, '', '   ']) {
        const neutral = reason(empty, tone);
        expect(neutral).toMatch(/^[A-Z].*\.$/);
        expect(neutral).toMatch(/right move for me/);
      }
    }
    expect(letter({ reason: 'custom', customReason: 'i want to focus on my startup' })).toMatch(/(?:decline the offer|not to accept)\. I want to focus on my startup\. I wanted to let you know/);
    // A reason that starts like the letter's own decision sentence is reworded, not repeated.
    expect(reason("I've decided to go back to school")).toBe("I'm going to go back to school.");
  });

  test('a reason that does not fit the stage is replaced by a stand-in that does', () => {
    const offer = buildLetterView({ sender: SENDER, recruiter: JANE, choice: choice({ reason: 'not-looking' }) });
    const staying = buildLetterView({ sender: SENDER, recruiter: JANE, choice: choice({ reason: 'staying-current-role' }) });
    expect(offer.reasonSentence).toBe(staying.reasonSentence);
    expect(offer.reasonSentence).toContain('current role');
  });

  test('each reason reads differently, and differently per stage where the situation differs', () => {
    for (const stage of STAGES) {
      for (const tone of TONES) {
        const sentences = reasonsFor(stage)
          .filter((r) => r.id !== 'custom')
          .map((r) => buildLetterView({ sender: SENDER, recruiter: JANE, choice: choice({ stage, tone, reason: r.id }) }).reasonSentence);
        expect(new Set(sentences).size).toBe(sentences.length);
      }
    }
    // Timing, scheduling and personal circumstances are three different reasons.
    const timing = buildLetterView({ sender: SENDER, recruiter: JANE, choice: choice({ reason: 'timing' }) }).reasonSentence;
    expect(timing).not.toMatch(/personal|circumstances/i);
    const scheduling = buildLetterView({ sender: SENDER, recruiter: JANE, choice: choice({ stage: 'interview', reason: 'scheduling' }) }).reasonSentence;
    // Concrete and honest (a full calendar, and what the process deserves); no dates the thread did not name.
    expect(scheduling).toMatch(/weeks.*deserves/);
    expect(scheduling).not.toMatch(/dates?\b/);
    const values = buildLetterView({ sender: SENDER, recruiter: JANE, choice: choice({ reason: 'culture-fit' }) }).reasonSentence;
    expect(values).toMatch(/right fit for me; that says more about what I'm looking for than about your team|right fit for me, (?:and that|which) says more about what I(?:'m| am) looking for than about your team/);
  });

  test('the door-open sentence follows the reason', () => {
    const door = (overrides: Partial<LetterChoice>) =>
      buildLetterView({ sender: SENDER, recruiter: JANE, choice: choice(overrides) }).doorOpenSentence;
    expect(door({ reason: 'location' })).toContain('closer match');
    expect(door({ reason: 'timing' })).toMatch(/reconnect|talk again/);
    expect(door({ stage: 'outreach', reason: 'not-looking' })).toMatch(/situation changes/);
    expect(door({ reason: 'accepted-other-offer' })).toMatch(/paths cross/);
  });
});

describe('staying in touch and signing off', () => {
  const inTouch = (keepInTouch: string, tone: Tone = 'warm') =>
    buildLetterView({ sender: { ...SENDER, keepInTouch }, recruiter: JANE, choice: choice({ tone }) }).keepInTouchSentence;

  test('a link, an address or a sentence each read naturally', () => {
    expect(inTouch('https://linkedin.com/in/samlee')).toBe('You can find me on LinkedIn: https://linkedin.com/in/samlee');
    expect(inTouch('linkedin.com/in/samlee')).toBe('You can find me on LinkedIn: linkedin.com/in/samlee');
    expect(inTouch('https://samlee.dev')).toBe('You can also find me here: https://samlee.dev');
    expect(inTouch('sam@example.com')).toBe('You can always reach me at sam@example.com.');
    expect(inTouch('sam@example.com', 'formal')).toBe('I can be reached at sam@example.com.');
    expect(inTouch('feel free to connect on LinkedIn')).toBe('Feel free to connect on LinkedIn.');
    expect(inTouch('Connect with me at linkedin.com/in/samlee')).toBe('Connect with me at linkedin.com/in/samlee');
    expect(inTouch('')).toBe('');
  });

  test('nothing about staying in touch when the door is closed', () => {
    const view = buildLetterView({ sender: SENDER, recruiter: JANE, choice: choice({ keepDoorOpen: false }) });
    expect(view.doorOpenSentence).toBe('');
    expect(view.keepInTouchSentence).toBe('');
  });

  test('no name line when the sender has no name', () => {
    const text = letter({}, JANE, { ...SENDER, name: '' });
    expect(text).toContain('\n\nBest wishes,\nSam Lee\nStaff Engineer\n+1 555 0100');
    expect(text.endsWith('+1 555 0100')).toBe(true);
  });

  test('the signature is kept as written, with line ends trimmed', () => {
    const signature = '\n-- \nSam  Lee | Staff Engineer , Platform\n   Acme Labs\t\n\n\n\nsam@example.com  \n\n';
    const { text, html } = composeLetter({ sender: { ...SENDER, signature }, recruiter: JANE, choice: choice() });
    expect(text.endsWith('Sam Lee\n--\nSam  Lee | Staff Engineer , Platform\n   Acme Labs\n\nsam@example.com')).toBe(true);
    expect(html).toContain('<div>&nbsp;&nbsp;&nbsp;Acme Labs</div>');
  });
});

describe('rendering', () => {
  const view = buildLetterView({ sender: SENDER, recruiter: JANE, choice: choice() });

  test('html has one div per line and an empty div with a break for each blank line', () => {
    const { text, html } = renderLetter('{{greeting}}\n\nLine one.\nLine two.', view);
    expect(text).toBe(`${view.greeting}\n\nLine one.\nLine two.`);
    expect(html).toBe(`<div>${view.greeting}</div><div><br></div><div>Line one.</div><div>Line two.</div>`);
  });

  test('output is normalised: spacing, punctuation, blank lines', () => {
    const template = '\n\n  Hello  {{firstName}} ,  how are you ?\n\n\n\nIt was {{role}} . .\n\nFine..  Wait...\n\n\n';
    expect(renderLetter(template, view).text).toBe('Hello Jane, how are you?\n\nIt was Senior Engineer.\n\nFine. Wait...');
  });

  test('a line made only of empty values disappears instead of leaving a gap', () => {
    const bare = { ...view, senderName: '', signature: '', keepInTouchSentence: '' };
    expect(renderLetter('{{signOff}}\n{{senderName}}\n{{signature}}', bare).text).toBe('Best wishes,');
    expect(renderLetter('A\n\n{{keepInTouchSentence}} {{senderName}}\n\nB', bare).text).toBe('A\n\nB');
  });

  test('raw fields and sections work for people who write their own templates', () => {
    const template = 'Hi{{#firstName}} {{firstName}}{{/firstName}}{{^firstName}} there{{/firstName}}, re {{role}}{{#company}} at {{company}}{{/company}}.';
    expect(renderLetter(template, view).text).toBe('Hi Jane, re Senior Engineer at Acme.');
    const nobody = buildLetterView({ sender: SENDER, recruiter: NOBODY, choice: choice() });
    expect(renderLetter(template, nobody).text).toBe('Hi there, re.');
  });

  test('TEMPLATE_VARIABLES lists exactly the view', () => {
    expect(new Set(TEMPLATE_VARIABLES).size).toBe(TEMPLATE_VARIABLES.length);
    expect([...TEMPLATE_VARIABLES].sort()).toEqual(Object.keys(view).sort());
  });

  test('the default templates only use escaped tags and known names', () => {
    for (const stage of STAGES) {
      expect(DEFAULT_TEMPLATES[stage]).not.toMatch(/\{\{\{|\{\{\s*&/);
      expect(templateProblems(DEFAULT_TEMPLATES[stage])).toEqual([]);
    }
  });

  test('composeLetter uses a custom template for its stage, and the default when it is blank or broken', () => {
    const input = { sender: SENDER, recruiter: JANE, choice: choice({ stage: 'interview' }) };
    expect(composeLetter({ ...input, templates: { interview: 'Custom {{firstName}}' } }).text).toBe('Custom Jane');
    expect(composeLetter({ ...input, templates: { offer: 'Custom {{firstName}}' } }).text).toBe(composeLetter(input).text);
    expect(composeLetter({ ...input, templates: { interview: '  \n' } }).text).toBe(composeLetter(input).text);
    expect(composeLetter({ ...input, templates: { interview: '{{#warm}}unclosed' } }).text).toBe(composeLetter(input).text);
  });

  test('renderLetter reports a broken template', () => {
    expect(() => renderLetter('{{#warm}}never closed', view)).toThrow();
  });
});

describe('page text stays text', () => {
  const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{#x}}', '"&\''];
  const ALL = PAYLOADS.join(' ');

  /** Parses html the way a mail editor would and checks it holds nothing but the letter's lines as text. */
  function expectOnlyText(html: string, text: string): void {
    const container = document.createElement('div');
    container.innerHTML = html;
    const elements = [...container.querySelectorAll('*')];
    for (const el of elements) {
      expect(['DIV', 'BR']).toContain(el.tagName);
      expect(el.attributes.length).toBe(0);
    }
    const rows = [...container.children].map((div) => (div.textContent ?? '').replace(/\u00A0/g, ' '));
    expect(rows).toEqual(text.split('\n').map((line) => line.replace(/\u00A0/g, ' ')));
  }

  test.each(STAGES.flatMap((stage) => TONES.map((tone) => ({ stage, tone }))))(
    'payloads in every field: $stage / $tone',
    ({ stage, tone }) => {
      const recruiter = { firstName: ALL, fullName: ALL, role: ALL, company: ALL };
      const sender = { name: ALL, signature: `${ALL}\n${PAYLOADS.join('\n')}`, keepInTouch: ALL };
      const { text, html } = composeLetter({
        sender,
        recruiter,
        choice: { stage, tone, reason: 'custom', customReason: ALL, keepDoorOpen: true },
      });

      for (const payload of PAYLOADS) expect(text).toContain(payload);
      expect([`${tone === 'formal' ? 'Dear' : 'Hi'} ${ALL},`, `Hello ${ALL},`]).toContain(text.split('\n')[0]);

      expect(html).not.toMatch(/<script|<img|<\/script/i);
      expect(html).not.toMatch(/<[^>]*onerror=/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('{{#x}}');
      expect(html).toContain('&quot;&amp;&#39;');
      expectOnlyText(html, text);
    },
  );

  test('Mustache tags inside values are never interpreted', () => {
    const tricky = { firstName: '{{senderName}}', fullName: '{{#warm}}x{{/warm}}', role: '{{{signature}}}', company: '{{> partial}}' };
    const text = letter({ tone: 'formal' }, tricky);
    expect(['Dear {{senderName}},', 'Hello {{senderName}},']).toContain(text.split('\n')[0]);
    expect(text).toContain('the {{{signature}}} role at {{> partial}}');
    expect(['Hi {{senderName}},', 'Hello {{senderName}},']).toContain(letter({ tone: 'warm' }, tricky).split('\n')[0]);
  });

  test('even an unescaped tag in a user template cannot produce markup', () => {
    const view = buildLetterView({ sender: SENDER, recruiter: { ...JANE, company: '<b onclick=x()>Acme</b>' }, choice: choice() });
    const { text, html } = renderLetter('At {{{company}}} and {{& company}}', view);
    expect(text).toBe('At <b onclick=x()>Acme</b> and <b onclick=x()>Acme</b>');
    expect(html).toBe('<div>At &lt;b onclick=x()&gt;Acme&lt;/b&gt; and &lt;b onclick=x()&gt;Acme&lt;/b&gt;</div>');
  });

  test('property: any text in any field gives safe html that mirrors the text line by line', () => {
    const field = fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({ firstName: field, fullName: field, role: field, company: field }),
        fc.record({
          name: fc.string({ maxLength: 30 }),
          signature: fc.string({ unit: 'binary', maxLength: 60 }),
          keepInTouch: fc.string({ maxLength: 30 }),
        }),
        fc.constantFrom(...STAGES),
        fc.constantFrom(...TONES),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.boolean(),
        (recruiter, sender, stage, tone, customReason, keepDoorOpen) => {
          const { text, html } = composeLetter({
            sender,
            recruiter,
            choice: { stage, tone, reason: 'custom', customReason, keepDoorOpen },
          });
          expect(text).not.toMatch(/\n\n\n/);
          expect(text).not.toMatch(/^\n|\n$/);
          expect(text).toMatch(THANKS[stage]);
          expect(html).not.toMatch(/<(?!\/?div>|br>)/);
          expectOnlyText(html, text);
        },
      ),
      { numRuns: 300 },
    );
    // 300 letters, each reading its free-text fields' language: a few seconds on a loaded machine.
  }, 20_000);
});

describe('templateProblems', () => {
  test('a valid template has no problems', () => {
    expect(templateProblems('{{#warm}}\n{{greeting}}\n{{! a note }}\n{{/warm}}\n{{^brief}}x{{/brief}}')).toEqual([]);
  });

  test('an unclosed section is reported where it opens', () => {
    expect(templateProblems('{{greeting}}\n\nThanks.\n  {{#keepDoorOpen}}\n{{doorOpenSentence}}\n')).toEqual([
      { problem: { code: 'templateUnclosedSection', params: ['#keepDoorOpen', 'keepDoorOpen'] }, line: 4, column: 3 },
    ]);
  });

  test('a mismatched closing tag is reported where it is', () => {
    expect(templateProblems('{{#warm}}\nHi\n{{/formal}}')).toEqual([
      { problem: { code: 'templateMismatchedClose', params: ['formal', 'warm'] }, line: 3, column: 1 },
    ]);
  });

  test('a closing tag that was never opened is reported where it is', () => {
    expect(templateProblems('Hi\nthere {{/warm}}')).toEqual([
      { problem: { code: 'templateUnopenedSection', params: ['warm'] }, line: 2, column: 7 },
    ]);
  });

  test('an unclosed tag is reported where it opens', () => {
    expect(templateProblems('{{greeting}}\n\nHello {{firstName')).toEqual([
      { problem: { code: 'templateUnclosedTag' }, line: 3, column: 7 },
    ]);
  });

  test('unknown names are flagged with their position and a suggestion', () => {
    const problems = templateProblems('Hi {{firstname}},\n{{#warm}}\n  {{compnay}} {{favouriteColour}}\n{{/warm}}\n{{#shiny}}x{{/shiny}}');
    expect(problems).toEqual([
      { problem: { code: 'templateUnknownNameLike', params: ['firstname', 'firstName'] }, line: 1, column: 4 },
      { problem: { code: 'templateUnknownNameLike', params: ['compnay', 'company'] }, line: 3, column: 3 },
      { problem: { code: 'templateUnknownName', params: ['favouriteColour'] }, line: 3, column: 15 },
      { problem: { code: 'templateUnknownName', params: ['shiny'] }, line: 5, column: 1 },
    ]);
  });

  test('unescaped tags, partials and delimiter changes are not allowed', () => {
    expect(templateProblems('{{{company}}}\n{{& role}}\n{{> footer}}\n{{=<% %>=}}')).toEqual([
      { problem: { code: 'templateUnescaped', params: ['{{{company}}}', 'company'] }, line: 1, column: 1 },
      { problem: { code: 'templateUnescaped', params: ['{{& role}}', 'role'] }, line: 2, column: 1 },
      { problem: { code: 'templatePartial', params: ['{{> footer}}'] }, line: 3, column: 1 },
      { problem: { code: 'templateDelimiters', params: ['{{=<% %>=}}'] }, line: 4, column: 1 },
    ]);
  });
});

test('control, bidi-override and lone-surrogate characters from the page never reach the letter', () => {
  const nasty = 'Pri\u202Eya\u0000\u2066 \uD800Raman\u0007';
  const { text, html } = composeLetter({
    sender: { name: 'Sam\u202E Lee', signature: 'Line\u0000 one', keepInTouch: '' },
    recruiter: { firstName: nasty, fullName: nasty, role: 'Engineer\u202E', company: 'Acme\u2069' },
    choice: { stage: 'offer', tone: 'warm', reason: 'accepted-other-offer', keepDoorOpen: true },
  });
  for (const out of [text, html]) expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  expect(text).toContain('Hi Priya Raman,');
  expect(text).toContain('Sam Lee');
});
