/**
 * npm run bench — builds the extension and measures it: sizes, extraction accuracy and speed, and, in real
 * headless Chromium with the built extension, click-to-letter time, idle cost on a busy page, memory after many
 * replies, thread reading on a 50-message thread and popup time to interactive.
 * Prints a table with the target beside each figure and writes the figures to .output/bench.json.
 *
 * Run: npm run bench            (all)
 *      npm run bench -- --quick (fewer repetitions, for a quick look)
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureBrowser } from './bench/browser';
import { measureExtraction, measureRealMessages } from './bench/extraction';
import { measureSizes } from './bench/sizes';
import type { Row } from './bench/report';
import { formatTable } from './bench/report';
import { PROJECT_ROOT } from '../tests/support/shared';

const quick = process.argv.includes('--quick');

async function main(): Promise<void> {
  process.stdout.write('Building the extension (Chrome and zip)…\n');
  // A production build, as shipped: vite-node, which runs this script, sets NODE_ENV=development, and a build
  // inheriting it carries Preact's development JSX (and was 2 KB bigger zipped).
  execSync('npx wxt zip', { cwd: PROJECT_ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });

  const rows: Row[] = [];
  rows.push(...measureSizes());
  rows.push(...measureExtraction(quick));
  rows.push(...(await measureRealMessages()));
  rows.push(...(await measureBrowser(quick)));

  process.stdout.write(`\n${formatTable(rows)}\n`);
  const out = resolve(PROJECT_ROOT, '.output', 'bench.json');
  mkdirSync(resolve(PROJECT_ROOT, '.output'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), quick, rows }, null, 2)}\n`);
  process.stdout.write(`\nFigures written to ${out}\n`);
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length > 0) {
    process.stdout.write(`\n${missed.length} figure(s) miss their target: ${missed.map((r) => r.name).join('; ')}\n`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
