/**
 * Builds core/extract/stage-model.data.ts, the stage table core/extract/stage-model.ts reads, from the development mail
 * and easy-ham-1 (tests/support/stage-model-source.ts says which, and how it is trained).
 * Run: npx vite-node scripts/stage-model.ts   (tests/unit/stage-model.test.ts checks the committed file is current)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../tests/support/shared';
import { stageExamples, stageModelModule, trainStageModel } from '../tests/support/stage-model-source';

const examples = await stageExamples();
const model = trainStageModel(examples);
const out = resolve(PROJECT_ROOT, 'core/extract/stage-model.data.ts');
writeFileSync(out, stageModelModule(model, examples.length));
process.stdout.write(`${examples.length} messages, ${model.weights.size} features → ${out}\n`);
