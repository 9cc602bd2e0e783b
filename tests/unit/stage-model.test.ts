// The learned stage table (core/extract/stage-model.ts) and how it is weighed against the stage rules. The three
// development messages at the end are from tests/fixtures/mail (b66-en-004, b70-en-016, b104-intl-026), which the table is trained on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractRecruiter, readRecruiter, stageTableInput } from '../../core/extract';
import type { StageReading } from '../../core/extract/kind';
import { CLEAR, MIN_KNOWN, RULE_TRUST, STAGE_KINDS, combineStage, readStageTable, stageFeatures } from '../../core/extract/stage-model';
import { loadFixture, toInput } from '../support/corpus-score';
import { PROJECT_ROOT } from '../support/shared';
import { stageExamples, stageModelModule, trainStageModel } from '../support/stage-model-source';

describe('the stage table', () => {
  it('is the one its data trains (run scripts/stage-model.ts after changing the development mail)', async () => {
    const committed = readFileSync(resolve(PROJECT_ROOT, 'core/extract/stage-model.data.ts'), 'utf8');
    const examples = await stageExamples();
    expect(committed).toBe(stageModelModule(trainStageModel(examples), examples.length));
  }, 60_000);

  it('reads words and word pairs, the subject apart from the body, numbers as one sign', () => {
    const f = stageFeatures('Interview on 12 May', 'We would like');
    expect(f).toEqual(expect.arrayContaining(['s:interview', 's:interview on', 's:#', 's:on #', 'b:we', 'b:we would', 'b:would like']));
    expect(f).not.toContain('b:interview');
  });

  it("reads the sender's and the greeted person's names as one sign", () => {
    const f = stageFeatures('', 'Dear Nadia, Priya here', new Set(['nadia', 'priya']));
    expect(f).toEqual(['b:dear', 'b:◦', 'b:dear ◦', 'b:◦ ◦', 'b:here', 'b:◦ here']);
    const input = stageTableInput({ fromName: 'Priya Raman', fromEmail: 'priya@kestrel-example.com', subject: 'Hello', body: 'Dear Nadia,\n\nPriya here.' });
    expect([...input.names].sort()).toEqual(['nadia', 'priya']);
  });

  it('reads as names only words a name list knows, never a team, a stage word or a sentence start', () => {
    const greeted = stageTableInput({ fromName: 'Interview Team', fromEmail: 'jobs@acme-example.com', subject: 'Interview', body: 'Hi Olivia, Congratulations! Your interview is booked.' });
    expect([...greeted.names]).toEqual(['olivia']);
    const job = stageTableInput({ fromName: 'LinkedIn Job Alerts', fromEmail: 'jobs-noreply@linkedin.com', subject: 'Jobs', body: 'Hi Will, This week: 3 jobs.' });
    expect(job.names.has('job')).toBe(false);
    expect(job.names.has('this')).toBe(false);
  });

  it('splits names as the table splits words', () => {
    const r = stageTableInput({ fromName: 'Grace Park', fromEmail: 'grace@acme-example.com', subject: 'Role', body: "Hi Jean-Luc,\n\nWe'd like to talk." });
    expect([...r.names].sort()).toEqual(['grace', 'jean', 'luc', 'park']);
  });

  it("reads a forwarded message as its author's, with the author's and the greeted names", () => {
    const r = stageTableInput({ fromName: 'Sam Lee', fromEmail: 'sam@elsewhere-example.org', subject: 'Fwd: Role', body: "See below.\n\n---------- Forwarded message ---------\nFrom: Grace Park <grace@acme-example.com>\nSubject: Role\n\nHi Sam, we'd like to talk." });
    expect(r.text).toBe("Hi Sam, we'd like to talk.");
    expect([...r.names].sort()).toEqual(['grace', 'park', 'sam']);
  });

  it('keeps only words that recur across sources (a batch, the held-out file, easy-ham-1)', () => {
    const ex = (body: string, group: string, kind: 'offer' | 'other') => ({ subject: '', body, kind, group });
    const model = trainStageModel([ex('welcome aboard quillon', 'b1', 'offer'), ex('welcome aboard quillon', 'b1', 'offer'), ex('welcome aboard', 'b2', 'offer'), ex('see you', 'b3', 'other'), ex('welcome see you', 'b3', 'other')]);
    expect(model.weights.has('b:quillon')).toBe(false);
    expect(model.weights.has('b:aboard')).toBe(false);
    expect(model.weights.has('b:welcome')).toBe(true);
  });

  it('reads Chinese, Japanese and Korean runs as character pairs', () => {
    expect(stageFeatures('', '面试邀请')).toEqual(['b:面试', 'b:试邀', 'b:邀请']);
    expect(stageFeatures('', '面')).toEqual(['b:面']);
  });

  it('gives four log-probabilities that sum to one, and counts what it knows', () => {
    const r = readStageTable('Invitation to interview', 'Dear Sam, we would like to invite you to an interview for the Data Analyst position next week.');
    expect(r.logp).toHaveLength(STAGE_KINDS.length);
    expect(r.logp.reduce((s, v) => s + Math.exp(v), 0)).toBeCloseTo(1, 6);
    expect(r.known).toBeGreaterThan(MIN_KNOWN);
    expect(readStageTable('', '').known).toBe(0);
  });
});

/** A table reading where the table finds `kind` `margin` log-odds likelier than every other stage. */
function table(kind: (typeof STAGE_KINDS)[number], margin: number, known = MIN_KNOWN): { logp: number[]; known: number } {
  return { logp: STAGE_KINDS.map((k) => (k === kind ? 0 : -margin)), known };
}
const reading = (kind: StageReading['kind'], rule: StageReading['rule'], nothingToDecline?: StageReading['nothingToDecline']): StageReading =>
  nothingToDecline ? { kind, alternatives: [], nothingToDecline, rule } : { kind, alternatives: [], rule };

describe('the table weighed against the rules', () => {
  it('finds a stage where no rule matched, when it is clear', () => {
    const r = combineStage(reading('other', 'no-job-talk', 'unrelated'), () => table('interview', RULE_TRUST.other + 0.5));
    expect(r).toEqual({ kind: 'interview', alternatives: [], rule: 'learned' });
  });

  it('leaves "nothing matched" alone when the stage is not clear enough', () => {
    const rule = reading('other', 'no-job-talk', 'unrelated');
    expect(combineStage(rule, () => table('interview', RULE_TRUST.other - 0.5))).toBe(rule);
  });

  it('takes the button from an approach when it clearly reads nothing to decline, and says so', () => {
    const r = combineStage(reading('outreach', 'job-evidence'), () => table('other', RULE_TRUST.stage + 0.5));
    expect(r).toEqual({ kind: 'other', alternatives: [], nothingToDecline: 'noRequest', rule: 'learned' });
    const weak = reading('outreach', 'job-evidence');
    expect(combineStage(weak, () => table('other', RULE_TRUST.stage - 0.5))).toBe(weak);
  });

  it.each([
    ['an offer', reading('offer', 'offer')],
    ['a strongly read invitation', reading('interview', 'interview-strong')],
    ['a rejection', reading('other', 'rejection', 'rejection')],
    ['an alert', reading('other', 'alert', 'alert')],
    ['a reference request', reading('other', 'reference', 'unrelated')],
    ['a cancellation or a filled post', reading('other', 'closed', 'closed')],
  ])('never overturns %s', (_label, rule) => {
    for (const kind of STAGE_KINDS) expect(combineStage(rule, () => table(kind, 50))).toBe(rule);
  });

  it('never changes one stage to decline into another', () => {
    const rule = reading('outreach', 'job-evidence');
    expect(combineStage(rule, () => table('offer', 50))).toBe(rule);
    expect(combineStage(rule, () => table('interview', 50))).toBe(rule);
  });

  it('is silent on a message it knows too little of', () => {
    const rule = reading('outreach', 'job-evidence');
    expect(combineStage(rule, () => table('other', 50, MIN_KNOWN - 1))).toBe(rule);
  });

  it('speaks on a shorter message only where no rule matched and it reads one stage to decline clearly', () => {
    const unmatched = reading('other', 'no-job-talk', 'unrelated');
    expect(combineStage(unmatched, () => likely('interview', CLEAR.probability, CLEAR.known))).toEqual({ kind: 'interview', alternatives: [], rule: 'learned' });
    // Too few known words and word pairs, or not clear enough.
    expect(combineStage(unmatched, () => likely('interview', 0.99, CLEAR.known - 1))).toBe(unmatched);
    expect(combineStage(unmatched, () => likely('interview', CLEAR.probability - 0.01, MIN_KNOWN - 1))).toBe(unmatched);
    // Over an approach, a short message's clear "nothing to decline" still takes no button away.
    const approach = reading('outreach', 'job-evidence');
    expect(combineStage(approach, () => likely('other', 0.99, MIN_KNOWN - 1))).toBe(approach);
    expect(combineStage(approach, () => likely('other', 0.99, MIN_KNOWN))).toEqual({ kind: 'other', alternatives: [], nothingToDecline: 'noRequest', rule: 'learned' });
  });
});

/** A table reading where the table finds `kind` with probability `p` and the other stages share the rest evenly. */
function likely(kind: (typeof STAGE_KINDS)[number], p: number, known: number): { logp: number[]; known: number } {
  return { logp: STAGE_KINDS.map((k) => Math.log(k === kind ? p : (1 - p) / (STAGE_KINDS.length - 1))), known };
}

describe('in the extractor', () => {
  const dev = (file: string, id: string) => {
    const c = loadFixture('mail', file).find((x) => x.id === id);
    if (!c) throw new Error(`no ${id}`);
    return toInput(c);
  };

  it('an invitation worded as no rule knows gets its button (b70-en-016)', () => {
    const msg = dev('b70-en.dev.json', 'b70-en-016');
    expect(readRecruiter(msg).stage.rule).toBe('learned');
    expect(extractRecruiter(msg).kind).toBe('interview');
  });

  it('a short invitation in a language no rule reads gets its button when the table reads it clearly (b104-intl-026)', () => {
    const msg = dev('b104-intl.dev.json', 'b104-intl-026');
    const r = readRecruiter(msg);
    expect(r.stage.rule).toBe('learned');
    const table = stageTableInput(msg);
    expect(readStageTable(table.subject, table.text, table.names).known).toBeLessThan(MIN_KNOWN);
    expect(extractRecruiter(msg).kind).toBe('interview');
  });

  it('mail with nothing to decline that a rule read as an approach loses its button (b66-en-004)', () => {
    const r = extractRecruiter(dev('b66-en.dev.json', 'b66-en-004'));
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe('noRequest');
  });

  it("reads the author's own lines, never someone else's quoted mail", () => {
    const quoted = 'Hi Sam,\n\nWe would like to invite you to an interview for the Staff Engineer role on Tuesday at 10:00.';
    const input = stageTableInput({ fromName: 'Priya Raman', fromEmail: 'priya@kestrel-example.com', subject: 'Re: Staff Engineer', body: `Thanks, see you at the meetup.\n\nPriya\n\nOn Thu, May 14, 2026 at 10:02 AM Sam Lee <sam@elsewhere-example.org> wrote:\n> ${quoted.replace(/\n/g, '\n> ')}` });
    expect(input.text).toContain('see you at the meetup');
    expect(input.text).not.toContain('invite you');
  });

  it('never throws on odd input', () => {
    for (const msg of [null, undefined, {}, { subject: 42, body: {} }, { subject: 'x', body: 'y'.repeat(200_000) }]) {
      expect(() => extractRecruiter(msg as never)).not.toThrow();
    }
  });
});
