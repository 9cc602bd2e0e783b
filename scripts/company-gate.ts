/**
 * Builds core/extract/company/gate.data.ts, the company gate's weights, from the first readings of the development
 * mail (tests/support/company-gate-source.ts says which, and how it is trained).
 * Run: npx vite-node scripts/company-gate.ts   (tests/unit/company-gate.test.ts checks the committed file is current)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../tests/support/shared';
import { gateExamples, gateModule, trainGate } from '../tests/support/company-gate-source';

const examples = gateExamples();
const model = trainGate(examples);
const out = resolve(PROJECT_ROOT, 'core/extract/company/gate.data.ts');
writeFileSync(out, gateModule(model, examples.length));
process.stdout.write(`${examples.length} companies read, ${model.weights.size} signs → ${out}\n`);
