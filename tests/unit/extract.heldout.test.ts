// Accuracy of extractRecruiter on a set of composed recruiter e-mails first kept apart from the rules
// (tests/fixtures/recruiter-emails.heldout.json). It is development data now (npm run accuracy reads it as such, and
// the stage table trains on it), so the floors are deliberately modest: they guard against regressions.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../support/shared';
import { FIELDS, formatScore, scoreCorpus, type CorpusCase, type CorpusScore, type Field } from '../support/corpus-score';

// Before the generalisation fixes the extractor scored 90 / 90 / 85 / 87.5 / 95 % here (firstName / fullName / role /
// company / kind); after them it reaches 100 % on every field. The fixes were made while looking at these cases, so
// the floors keep a margin of three cases (7.5 %) below that instead of demanding a perfect score.
const FLOORS: Record<Field, number> = { firstName: 0.925, fullName: 0.925, role: 0.925, company: 0.925, kind: 0.925 };

describe('extractRecruiter on the held-out corpus', () => {
  let score: CorpusScore;

  beforeAll(() => {
    const file = resolve(PROJECT_ROOT, 'tests', 'fixtures', 'recruiter-emails.heldout.json');
    const cases = JSON.parse(readFileSync(file, 'utf8')) as CorpusCase[];
    score = scoreCorpus(cases);
    console.warn(`\nextractRecruiter — held-out corpus (${score.total} cases)\n${formatScore(score)}\n`);
  });

  it('reads every case', () => {
    expect(score.total).toBe(40);
  });

  it.each(FIELDS)('%s stays above its floor', (field) => {
    const misses = score.misses.filter((m) => m.field === field);
    expect(score.accuracy[field], `misses:\n${misses.map((m) => `${m.id}: ${JSON.stringify(m.actual)} ≠ ${JSON.stringify(m.expected)}`).join('\n')}`).toBeGreaterThanOrEqual(
      FLOORS[field],
    );
  });
});
