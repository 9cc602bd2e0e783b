/**
 * Extraction accuracy on real and realistic mail:
 * - development: ../shared/corpus dev corpus + tests/fixtures/recruiter-emails.heldout.json + tests/fixtures/mail/*.dev.json
 *   (per-case misses printed with --misses);
 * - frozen test: tests/fixtures/mail/*.test.json — AGGREGATE FIGURES ONLY, never a per-case result (also per gathering
 *   batch, `b<N>-*.test.json`, when there is more than one);
 * - negatives: the easy-ham-1 group of the SpamAssassin corpus (everyday mail; the button must stay away).
 * Run: npm run accuracy [-- --misses] [-- --ham-list] [-- --batch bN] [-- --by-source] [-- --extractor path/to/module.ts]
 *                       [-- --round bN,bM,…]
 * (--by-source: how often each field's source was right on development data; --batch: one batch's development part only.)
 * (--extractor scores another extractRecruiter, e.g. an older checkout, for before/after figures.)
 * (--round: also the frozen parts of these batches together, a gathering round's fresh frozen figure.)
 * Exit code 1 when a development target is missed.
 */
import { resolve } from 'node:path';
import {
  type Extract,
  FIELDS,
  TARGETS,
  WRONG_CEILINGS,
  formatCalibration,
  formatScore,
  loadDevelopment,
  loadHam,
  loadMail,
  loadMailBatches,
  quantile,
  scoreCorpus,
  scoreHam,
  sourceCalibration,
  timeMessages,
  toInput,
} from '../tests/support/corpus-score';
import { extractRecruiter } from '../core/extract';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const at = args.indexOf('--extractor');
const extract: Extract =
  at >= 0 && args[at + 1]
    ? ((await import(resolve(process.cwd(), args[at + 1] as string))) as { extractRecruiter: Extract }).extractRecruiter
    : extractRecruiter;

// --batch bN: the development part of one gathering batch only (a fresh batch, before anyone tuned on it).
const batchAt = args.indexOf('--batch');
const onlyBatch = batchAt >= 0 ? (args[batchAt + 1] ?? '') : '';
const devBatches = loadMailBatches('dev');
if (batchAt >= 0 && !devBatches.has(onlyBatch)) {
  console.error(`--batch needs a batch that has a development part: ${[...devBatches.keys()].join(', ')}`);
  process.exit(2);
}
const dev = onlyBatch ? (devBatches.get(onlyBatch) ?? []) : loadDevelopment();
const devScore = scoreCorpus(dev, { extract });
process.stdout.write(`== development${onlyBatch ? `, batch ${onlyBatch}` : ''} (${dev.length} cases)\n${formatScore(devScore, flag('--misses'))}\n\n`);
if (flag('--by-source')) {
  process.stdout.write(`== sources on development data${onlyBatch ? `, batch ${onlyBatch}` : ''} (${dev.length} cases)\n${formatCalibration(sourceCalibration(dev))}\n\n`);
  process.exit(0);
}

// --dev-only: while tuning, the frozen figures are not looked at.
const roundAt = args.indexOf('--round');
const round = roundAt >= 0 ? (args[roundAt + 1] ?? '').split(',').filter((b) => b !== '') : [];
if (round.length > 0 && (flag('--dev-only') || onlyBatch)) {
  console.error('--round reads frozen parts: it cannot go with --dev-only or --batch');
  process.exit(2);
}
const test = flag('--dev-only') || onlyBatch ? [] : loadMail('test');
if (test.length > 0) {
  const testScore = scoreCorpus(test, { extract, frozen: true });
  process.stdout.write(`== frozen test (${test.length} cases; aggregate only)\n${formatScore(testScore, false)}\n\n`);
  const batches = loadMailBatches('test');
  // Per batch, the field figures only: a stage table of a batch of a few cases would come close to naming them.
  if (batches.size > 1) {
    for (const [batch, cases] of batches) {
      const score = scoreCorpus(cases, { extract, frozen: true });
      process.stdout.write(`== frozen test, batch ${batch} (${cases.length} cases; aggregate only)\n${formatScore(score, false, false)}\n\n`);
    }
  }
  const unknown = round.filter((b) => !batches.has(b));
  if (unknown.length > 0) {
    console.error(`--round names batches without a frozen part: ${unknown.join(', ')}`);
    process.exit(2);
  }
  if (round.length > 0) {
    const cases = round.flatMap((b) => batches.get(b) ?? []);
    const score = scoreCorpus(cases, { extract, frozen: true });
    process.stdout.write(`== frozen test, batches ${round.join(' ')} together (${cases.length} cases; aggregate only)\n${formatScore(score, false, false)}\n\n`);
  }
}

const ham = await loadHam();
const hamScore = scoreHam(ham, extract);
const hamRate = ham.length > 0 ? hamScore.shown.length / ham.length : 0;
process.stdout.write(`== easy-ham-1 (${ham.length} everyday messages)\nbutton shown: ${(hamRate * 100).toFixed(2)} % (${hamScore.shown.length}/${ham.length}) (target ≤ 0.5 %)\n`);
if (flag('--ham-list')) for (const s of hamScore.shown) process.stdout.write(`  ${s.id} ${s.kind}: ${s.subject}\n`);

const times = timeMessages([...dev.map(toInput), ...test.map(toInput), ...ham], extract);
const p = (q: number) => quantile(times, q).toFixed(3);
process.stdout.write(`\nCPU time per real message (${times.length}): median ${p(0.5)} ms, p99 ${p(0.99)} ms (targets ≤ 1 ms, ≤ 5 ms; see npm run bench)\n`);

const missed = FIELDS.filter(
  (f) => (TARGETS[f] !== undefined && devScore.accuracy[f] < (TARGETS[f] ?? 0)) || (WRONG_CEILINGS[f] !== undefined && devScore.wrongRate[f] > (WRONG_CEILINGS[f] ?? 1)),
);
if (missed.length > 0) {
  console.error(`development set below target: ${missed.join(', ')}`);
  process.exit(1);
}
