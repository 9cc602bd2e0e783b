/**
 * Builds core/extract/names/given-names.data.ts: the given names a From name or a signature must start with for a
 * letter to greet the person by it (see core/extract/names/given-names.ts), as a Bloom filter.
 * Sources (dev dependencies, pinned; tests/support/given-names-source.ts reads them): the first-name lists of
 * @faker-js/faker's locales (MIT), the Moby Word II female and male first names packaged by @stdlib (PDDL-1.0 AND
 * CC0-1.0) and human-names' popular names in six languages (MIT). Names are folded as the extractor folds them
 * (core/extract/normalize.ts: foldKey); names of non-Latin scripts fold to nothing and are left out.
 * Run: npx vite-node scripts/given-names.ts   (tests/unit/given-names.test.ts checks the committed file is current)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../tests/support/shared';
import { buildGivenNames, givenNamesModule } from '../tests/support/given-names-source';

const names = buildGivenNames();
const out = resolve(PROJECT_ROOT, 'core/extract/names/given-names.data.ts');
writeFileSync(out, givenNamesModule(names));
process.stdout.write(`${names.length} given names → ${out}\n`);
