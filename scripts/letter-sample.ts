/**
 * Prints a sample of rendered letters for a careful read: `npx vite-node scripts/letter-sample.ts [lang] [count]`.
 * The sample walks the same matrix the letter-matrix test checks, spread over reasons, stages, tones and
 * missing fields.
 */
import { letterMatrix } from '../tests/support/letter-matrix';

const [language, count] = [process.argv[2], Number(process.argv[3] ?? 12)];
const cases = letterMatrix().filter((c) => !language || c.language === language);
// An odd step: recruiter variants (eight of them, the innermost loop of the matrix) come round in turn.
const step = Math.max(1, Math.floor(cases.length / count)) | 1;
for (let i = 0; i < cases.length && i / step < count; i += step) {
  const c = cases[i];
  if (!c) break;
  process.stdout.write(`==== ${c.label}\n${c.letter.text}\n\n`);
}
