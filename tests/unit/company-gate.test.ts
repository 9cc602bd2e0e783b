// The company gate (core/extract/company/gate.ts): its signs, how it moves a company between stated and suggested, and
// that its committed weights are what the first readings train. The development cases at the end are from
// tests/fixtures/mail, whose first readings the gate is trained on.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractRecruiter, readRecruiter } from '../../core/extract';
import { STATE_AT } from '../../core/extract/confidence';
import { GATE_DEMOTE_BELOW, GATE_PROMOTE_AT, GATE_PROMOTE_FLOOR, companyGateFeatures, companyGateProbability, gatedConfidence } from '../../core/extract/company/gate';
import { gateExamples, gateModule, loadFirstReadings, trainGate } from '../support/company-gate-source';
import { fieldMatches, loadFixture, toInput } from '../support/corpus-score';
import { PROJECT_ROOT } from '../support/shared';

const msg = (body: string, over: Partial<{ fromName: string; fromEmail: string; subject: string }> = {}) => ({
  fromName: 'Priya Raman',
  fromEmail: 'priya@acme-robotics.com',
  subject: 'Interview for Data Analyst',
  body,
  ...over,
});
const candidate = (value: string, source = 'domain-named', confidence = 0.95) => ({ value, source, confidence, kind: 'interview' });

describe('the company gate', () => {
  it('is the one the first readings train (run scripts/company-gate.ts after scripts/first-readings.ts)', () => {
    const committed = readFileSync(resolve(PROJECT_ROOT, 'core/extract/company/gate.data.ts'), 'utf8');
    const examples = gateExamples();
    expect(committed).toBe(gateModule(trainGate(examples)));
  });

  it('has first readings of every batch since the fifth, and of development cases only (run scripts/first-readings.ts after merging a batch)', () => {
    const readings = loadFirstReadings();
    const read = new Set(readings.map((r) => r.id.replace(/-\d+$/, '')));
    const batches = readdirSync(resolve(PROJECT_ROOT, 'tests/fixtures/mail'))
      .filter((f) => /^b\d+-[a-z]+\.dev\.json$/.test(f) && Number(/^b(\d+)/.exec(f)?.[1]) >= 5)
      .map((f) => f.replace(/\.dev\.json$/, ''));
    expect(batches.length).toBeGreaterThan(80);
    expect(batches.filter((b) => !read.has(b))).toEqual([]);
    // Only development cases: a frozen case's reading would put the frozen part into training.
    const testIds = new Set(readdirSync(resolve(PROJECT_ROOT, 'tests/fixtures/mail')).filter((f) => f.endsWith('.test.json')).flatMap((f) => loadFixture('mail', f).map((c) => c.id)));
    expect(readings.filter((r) => testIds.has(r.id))).toEqual([]);
  });

  it('labels each first reading against the case, alternates included', () => {
    const reading = (value: string) => ({ id: 'b30-en-021', reader: 'x', commit: 'x', kind: 'interview', company: { value, source: 'named', confidence: 0.6, stated: false } });
    const [exact, alternate, other] = gateExamples([reading('Wills Farms Ltd.'), reading('Wills Farms'), reading('Wills Farms Human Capital')]);
    expect([exact?.right, alternate?.right, other?.right]).toEqual([true, true, false]);
    expect(other?.features).toContain('src=named');
  });

  it("reads where the company was found, how it fits the sender's domain and where else the mail names it", () => {
    const f = companyGateFeatures(msg('Hi Sam,\n\nThanks for applying to Acme Robotics.\n\nBest,\nPriya Raman\nAcme Robotics'), candidate('Acme Robotics'));
    expect(f).toEqual(expect.arrayContaining(['src=domain-named', 'conf=hi', 'kind=interview', 'dom=company', 'words=2', 'mq=3', 'body=2', 'sigzone', 'topzone']));
    expect(companyGateFeatures(msg('Join us.', { fromEmail: 'sam@gmail.com' }), candidate('Acme', 'named', 0.6))).toEqual(expect.arrayContaining(['dom=public', 'conf=lo', 'mq=0', 'body=0']));
  });

  it('sees another organisation named with its legal form, a department word at the end, a legal form of its own', () => {
    expect(companyGateFeatures(msg('Atlas Textile SARL would like to meet you, through JobRelay.'), candidate('JobRelay'))).toContain('otherlegal');
    expect(companyGateFeatures(msg('Hoogendoorn Bakkers B.V. zoekt een bakker.'), candidate('JobRelay'))).toContain('otherlegal');
    // A legal form's letters as a word of the sentence, or inside a word, name no organisation.
    expect(companyGateFeatures(msg('Hola Ana, se trata de una oferta. Da SAÚDE.'), candidate('JobRelay'))).not.toContain('otherlegal');
    expect(companyGateFeatures(msg('Estimado Juan. Se busca un técnico. Hi Sam. Limited spots remain.'), candidate('JobRelay'))).not.toContain('otherlegal');
    expect(companyGateFeatures(msg('Meet the team of Nordkapp Oy today.'), candidate('JobRelay'))).toContain('otherlegal');
    expect(companyGateFeatures(msg('Acme Robotics Ltd would like to meet you.'), candidate('Acme Robotics'))).not.toContain('otherlegal');
    expect(companyGateFeatures(msg(''), candidate('Wills Farms Recruiting'))).toContain('dept');
    expect(companyGateFeatures(msg(''), candidate('Bakkerij Hoogendoorn B.V.', 'named', 0.6))).toContain('legal');
  });

  it('learns from first readings which evidence is wrong on new mail', () => {
    const p = (features: string[]) => companyGateProbability(features);
    // A department's name, not the employer's; a name with its legal form.
    expect(p(['src=domain-named', 'conf=hi', 'dept'])).toBeLessThan(p(['src=domain-named', 'conf=hi']));
    expect(p(['src=named', 'conf=lo', 'legal'])).toBeGreaterThan(p(['src=named', 'conf=lo']));
    // Another organisation with its legal form in the mail speaks against the one chosen.
    expect(p(['src=domain-named', 'conf=hi', 'otherlegal'])).toBeLessThan(p(['src=domain-named', 'conf=hi']));
  });

  it('takes a stated company the gate finds unlikely back to a suggestion, unless a phrase rule named it', () => {
    const relay = { fromName: 'JobRelay', fromEmail: 'noreply@jobrelay.example', subject: 'Interview invitation', body: 'Hello Sam,\n\nAtlas Textile SARL would like to invite you to an interview through the JobRelay platform.\n\nThe JobRelay team' };
    expect(companyGateProbability(companyGateFeatures(relay, candidate('JobRelay')))).toBeLessThan(GATE_DEMOTE_BELOW);
    expect(gatedConfidence(relay, candidate('JobRelay'), STATE_AT)).toBeLessThan(STATE_AT);
    expect(gatedConfidence(relay, candidate('JobRelay', 'relayed', 0.75), STATE_AT)).toBe(0.75);
  });

  it('reads "via" as no platform: a call\'s tool is named so as often as a job board', () => {
    const m = msg('Hi Sam,\n\nCould we talk via Zoom on Tuesday?\n\nPriya Raman\nAcme Robotics');
    expect(companyGateFeatures(m, candidate('Acme Robotics'))).not.toContain('platformcue');
    expect(gatedConfidence(m, candidate('Acme Robotics'), STATE_AT)).toBe(0.95);
  });

  it('states a suggestion it is sure of only where the text names it and the rules did not all but rule it out', () => {
    const named = { fromName: 'Hanna de Vries', fromEmail: 'hanna@gmail.com', subject: 'Vacature', body: 'Beste Sam,\n\nIk ben eigenaar van Bakkerij Hoogendoorn B.V. en wij zoeken een bakker.\n\nHanna de Vries\nBakkerij Hoogendoorn B.V.' };
    const value = candidate('Bakkerij Hoogendoorn B.V.', 'named', 0.6);
    expect(companyGateProbability(companyGateFeatures(named, value))).toBeGreaterThanOrEqual(GATE_PROMOTE_AT);
    expect(gatedConfidence(named, value, STATE_AT)).toBe(STATE_AT);
    expect(gatedConfidence(named, { ...value, confidence: GATE_PROMOTE_FLOOR - 0.01 }, STATE_AT)).toBe(GATE_PROMOTE_FLOOR - 0.01);
    // Only the From header gives it: an agency or a platform's owner as often as the employer.
    const fromOnly = { fromName: 'Bakkerij Hoogendoorn B.V.', fromEmail: 'info@bh-jobs.example', subject: 'Vacature', body: 'Beste Sam,\n\nWij zoeken een bakker. Interesse?\n\nHet team' };
    expect(gatedConfidence(fromOnly, value, STATE_AT)).toBe(0.6);
  });

  it('never throws on fields that are not text, with a company to judge', () => {
    const bad = { fromName: 7, fromEmail: 'jane@acme-robotics.com', subject: 42, body: {} } as unknown as Parameters<typeof extractRecruiter>[0];
    expect(() => extractRecruiter(bad)).not.toThrow();
    expect(companyGateFeatures(bad, candidate('Acme Robotics'))).toContain('mq=3');
  });

  it.each([
    // A job board that relays an employer's mail, named by its own domain; a firm's name with a word of the sentence.
    ['b72-intl-023', 'InteractJob.ma'],
    ['b92-en-004', 'Proskauer Rose Legal'],
  ])('%s: the wrong company the rules chose is only a suggestion', (id, wrong) => {
    const c = [...loadFixture('mail', 'b92-en.dev.json'), ...loadFixture('mail', 'b72-intl.dev.json')].find((x) => x.id === id);
    expect(c).toBeDefined();
    const r = extractRecruiter(toInput(c!));
    expect(r.company).toBeNull();
    expect(r.suggestions?.company).toBe(wrong);
  });

  it.each([
    ['b17-intl.dev.json', 'b17-intl-032'],
    ['b82-en.dev.json', 'b82-en-014'],
  ])('%s %s: a suggested company the gate is sure of is stated, and right', (file, id) => {
    const c = loadFixture('mail', file).find((x) => x.id === id);
    expect(c).toBeDefined();
    // The rules alone would only suggest it.
    expect(readRecruiter(toInput(c!)).company?.ruled).toBeLessThan(STATE_AT);
    const r = extractRecruiter(toInput(c!));
    expect(r.company).not.toBeNull();
    expect(fieldMatches(r.company, c!.expected.company, c!.alternates?.company ?? [])).toBe(true);
  });
});
