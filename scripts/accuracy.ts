/**
 * Prints the extractor's per-field accuracy on the development corpus in ../shared/corpus.
 * Run: npx vite-node scripts/accuracy.ts   (exit code 1 when a target is missed, 2 when ../shared is absent)
 */
import { FIELDS, TARGETS, formatScore, scoreCorpus } from '../tests/support/corpus-score';
import { HAS_SHARED, SHARED_DIR } from '../tests/support/shared';

if (!HAS_SHARED) {
  console.error(`../shared not found at ${SHARED_DIR}: no corpus to score.`);
  process.exit(2);
}

const score = scoreCorpus();
process.stdout.write(`${formatScore(score)}\n`);
const missed = FIELDS.filter((f) => TARGETS[f] !== undefined && score.accuracy[f] < (TARGETS[f] ?? 0));
if (missed.length > 0) {
  console.error(`below target: ${missed.join(', ')}`);
  process.exit(1);
}
