/**
 * Builds core/extract/company/gate.data.ts, the company gate's weights, from the first readings of the development
 * mail (tests/support/company-gate-source.ts says which, and how it is trained).
 * Run: npx vite-node scripts/company-gate.ts   (tests/unit/company-gate.test.ts checks the committed file is current)
 *      npx vite-node scripts/company-gate.ts -- --check   (leave-one-reader-out figures only; writes nothing)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../tests/support/shared';
import { GATE_OPTIONS, crossValidateGate, gateExamples, gateModule, trainGate } from '../tests/support/company-gate-source';

const examples = gateExamples();
if (process.argv.includes('--check')) {
  // How the gate's limits would have changed the first readers' letters, each reader judged by a gate trained without it.
  const show = (label: string, c: ReturnType<typeof crossValidateGate>) =>
    process.stdout.write(`${label}: ${c.companies} companies read, ${c.statedRight} stated right and ${c.statedWrong} wrongly; with the gate ${c.right >= 0 ? '+' : ''}${c.right} right, ${c.wrong >= 0 ? '+' : ''}${c.wrong} wrong\n`);
  process.stdout.write(`(each fold trained on the other readers' first readings up to b${GATE_OPTIONS.lastBatch})\n`);
  show('all first readings', crossValidateGate(examples));
  show('batches from b66 on', crossValidateGate(examples, (e) => e.batch >= 66));
  process.exit(0);
}
const model = trainGate(examples);
const out = resolve(PROJECT_ROOT, 'core/extract/company/gate.data.ts');
writeFileSync(out, gateModule(model));
process.stdout.write(`${model.examples} of ${examples.length} companies read (batches up to b${GATE_OPTIONS.lastBatch}), ${model.weights.size} signs → ${out}\n`);
