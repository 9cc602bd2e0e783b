/**
 * Builds core/extract/names/given-names.data.ts: the given names (and family names) that confirm a From name or a
 * signature is a person's before a letter greets by it (see core/extract/names/given-names.ts), as a Bloom filter.
 * Sources (dev dependencies, pinned; tests/support/given-names-source.ts reads them): the first-name lists of
 * @faker-js/faker's locales (MIT), the Moby Word II female and male first names packaged by @stdlib (PDDL-1.0 AND
 * CC0-1.0) and human-names' popular names in six languages (MIT); faker's family-name lists. Names are folded as
 * the extractor folds them (core/extract/normalize.ts: foldKey); names of other scripts are left out (Cyrillic folds
 * to Latin for mailboxes and domains, but the lists keep to Latin-script names).
 * Run: npx vite-node scripts/given-names.ts   (tests/unit/given-names.test.ts checks the committed file is current)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../tests/support/shared';
import { buildFamilyNames, buildGivenNames, givenNamesModule } from '../tests/support/given-names-source';

const given = buildGivenNames();
const family = buildFamilyNames();
const out = resolve(PROJECT_ROOT, 'core/extract/names/given-names.data.ts');
writeFileSync(out, givenNamesModule(given, family));
process.stdout.write(`${given.length} given and ${family.length} family names → ${out}\n`);
