// Properties of extractRecruiter on arbitrary input: it never throws, always returns a well-formed Recruiter,
// never invents a mailbox word as a name, and copes with large and adversarial bodies.
import fc from 'fast-check';
import { extractRecruiter, type MessageInput, type Recruiter } from '../../core/extract';
import { BODIES, bodyMessage, SIZE } from '../support/large-bodies';

// Stress inputs (thousands of generated messages, 10,000-character fields): these check correctness, not speed
// (speed is npm run bench), so a busy 2-core machine must not fail them on the default 5 s timeout.
vi.setConfig({ testTimeout: 30_000 });

const KINDS = new Set(['offer', 'interview', 'outreach', 'other']);
const MAILBOX_WORDS = new Set(['careers', 'career', 'jobs', 'job', 'recruiting', 'recruitment', 'talent', 'hr', 'noreply', 'no-reply', 'hiring', 'people', 'team', 'notifications', 'info', 'support', 'hello']);

function wellFormed(r: Recruiter): void {
  expect(KINDS.has(r.kind)).toBe(true);
  for (const field of ['firstName', 'fullName', 'role', 'company'] as const) {
    const value = r[field];
    if (value === null) continue;
    expect(typeof value).toBe('string');
    expect(value.trim()).toBe(value);
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(200);
  }
  if (r.fullName !== null) expect(r.firstName).not.toBeNull();
  if (r.firstName !== null) expect(MAILBOX_WORDS.has(r.firstName.toLowerCase())).toBe(false);
}

// Any unicode (lone surrogates included), and strings built from the pieces e-mails are made of, so the
// generated input also reaches the deeper code paths (signatures, anchors, forwards, quotes).
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const piece = fc.constantFrom(
  'Hi Sam,', 'Dear Dr. Müller,', 'Best regards,', 'Mit freundlichen Grüßen', 'Saludos cordiales,', 'Cordialement,', '--',
  'Jane Doe', 'José García Villalobos', "Ciarán O'Connor", 'Nguyễn Văn An', 'Talent Acquisition Manager', 'Acme Robotics GmbH',
  'Soluciones Quetzal, S.A. de C.V.', 'Priya | Senior Sourcer', '— The Acme Recruiting Team', 'the position of', 'our',
  'role', 'opening', 'Senior Engineer', '(m/w/d)', 'puesto de', 'die Stelle', 'le poste de', 'at', 'Acme', 'on behalf of my client,',
  'offer', 'interview', 'unfortunately', 'Thank you for applying', '---------- Forwarded message ---------',
  'From: Jane <jane@acme.com>', 'Subject: Offer', 'On Mon, Jan 1, 2024 Sam <sam@x.com> wrote:', '> quoted', '<https://x.y>',
  '**', '•', '@', '(', ')', '–', '|', ',', '.', '\t', '\u00a0', '\u200b', '😀', 'ʻ', '\r\n', '\n', ' ', '',
);
const emailish = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(' '));
const text = fc.oneof(anyText, emailish);
const message = fc.record({ fromName: text, fromEmail: fc.oneof(text, fc.emailAddress()), subject: text, body: text });

describe('extractRecruiter on arbitrary input', () => {
  it('never throws and returns a well-formed Recruiter', () => {
    fc.assert(
      fc.property(message, (msg) => {
        wellFormed(extractRecruiter(msg));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(message, (msg) => {
        expect(extractRecruiter(msg)).toEqual(extractRecruiter(msg));
      }),
      { numRuns: 300 },
    );
  });

  it('survives huge repetitive inputs', () => {
    const unit = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), piece.filter((p) => p !== ''));
    fc.assert(
      fc.property(unit, fc.integer({ min: 2_000, max: 40_000 }), (u, n) => {
        const big = u.repeat(Math.ceil(n / u.length)).slice(0, n);
        wellFormed(extractRecruiter({ fromName: big.slice(0, 500), fromEmail: big.slice(0, 300), subject: big.slice(0, 1_000), body: big }));
      }),
      { numRuns: 60 },
    );
  });

  it('tolerates missing fields at run time', () => {
    wellFormed(extractRecruiter({} as MessageInput));
    wellFormed(extractRecruiter({ fromName: undefined, fromEmail: null, subject: 42, body: {} } as unknown as MessageInput));
  });

  it('never turns a shared-mailbox display name into a first name', () => {
    const word = fc.constantFrom('Careers', 'Jobs', 'Recruiting', 'Talent', 'HR', 'Noreply', 'no-reply', 'Hiring', 'People', 'Team', 'Notifications', 'Talent Team', 'Recruiting Team');
    const company = fc.constantFrom('Acme', 'Globex', 'Initech', 'Umbrella Corp');
    const shape = fc.constantFrom('{w}', '{w} at {c}', '{c} {w}', '{w} - {c}', '{c} | {w}', 'The {c} {w}');
    fc.assert(
      fc.property(word, company, shape, fc.constantFrom('careers', 'jobs', 'no-reply', 'talent', 'hr'), (w, c, s, local) => {
        const r = extractRecruiter({
          fromName: s.replace('{w}', w).replace('{c}', c),
          fromEmail: `${local}@${c.toLowerCase().replace(/\s+/g, '')}.com`,
          subject: 'Your application',
          body: 'Hello,\n\nThank you for your interest.\n\nBest regards,\nThe Team',
        });
        expect(r.firstName).toBeNull();
        expect(r.fullName).toBeNull();
      }),
    );
  });
});

describe('extractRecruiter on large and adversarial 20 KB bodies', () => {
  // Speed on these is measured by `npm run bench`; here: each completes with a well-formed result.
  it.each(Object.keys(BODIES))('%s', (name) => {
    const msg = bodyMessage(BODIES[name] ?? '');
    expect(msg.body.length).toBeGreaterThanOrEqual(SIZE - 64);
    wellFormed(extractRecruiter(msg));
  });
});

