// Accuracy of extractRecruiter on the development corpus in ../shared/corpus (read in place).
// The same numbers are printed by `npx vite-node scripts/accuracy.ts`.
import { describeShared } from '../support/shared';
import { FIELDS, TARGETS, formatScore, loadCorpus, scoreCorpus, type CorpusScore } from '../support/corpus-score';

describeShared('extractRecruiter on the development corpus', () => {
  let score: CorpusScore;

  beforeAll(() => {
    score = scoreCorpus(loadCorpus());
    console.warn(`\nextractRecruiter — development corpus (${score.total} cases)\n${formatScore(score)}\n`);
  });

  it('reads every case', () => {
    expect(score.total).toBeGreaterThan(0);
  });

  it.each(FIELDS.filter((f) => TARGETS[f] !== undefined))('%s reaches its target', (field) => {
    const misses = score.misses.filter((m) => m.field === field);
    expect(score.accuracy[field], `misses:\n${misses.map((m) => `${m.id}: ${JSON.stringify(m.actual)} ≠ ${JSON.stringify(m.expected)}`).join('\n')}`).toBeGreaterThanOrEqual(
      TARGETS[field] ?? 0,
    );
  });
});
