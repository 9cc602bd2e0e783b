// Fails loudly (never skips) when what the Firefox end-to-end tests need is missing: Debian's Firefox ESR, new
// enough for the add-on (the built manifest's strict_min_version), and the Firefox build itself.
//
//   node scripts/check-firefox.mjs        (FIREFOX_PATH=/path/to/firefox to use another Firefox)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const manifestFile = join(root, process.env.FIREFOX_EXTENSION_DIR ?? join('.output', 'firefox-mv2'), 'manifest.json');

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (!existsSync(path)) {
  fail(
    `The Firefox end-to-end tests need Firefox at ${path}, and it is not there.\n` +
      `Install Debian's Firefox ESR:  sudo apt-get update && sudo apt-get install -y firefox-esr\n` +
      `(or point FIREFOX_PATH at another Firefox build).`,
  );
}

let version = '';
try {
  version = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
} catch (error) {
  fail(`Could not run "${path} --version": ${error instanceof Error ? error.message : String(error)}`);
}
const major = Number(/(\d+)\.\d+/.exec(version)?.[1]);
if (!Number.isFinite(major)) fail(`Could not read a version from "${path} --version": ${JSON.stringify(version)}`);

if (!existsSync(manifestFile)) fail(`No Firefox build at ${dirname(manifestFile)}: run "npm run build:firefox" first.`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const min = manifest.browser_specific_settings?.gecko?.strict_min_version;
const minMajor = Number(/^(\d+)\./.exec(String(min))?.[1]);
if (!Number.isFinite(minMajor)) fail(`The Firefox build's manifest has no valid browser_specific_settings.gecko.strict_min_version (${min}).`);
if (major < minMajor) {
  fail(
    `${version} at ${path} is older than the add-on's minimum, Firefox ${min}: it would refuse to install it.\n` +
      `Update it:  sudo apt-get update && sudo apt-get install -y firefox-esr`,
  );
}
process.stdout.write(`Firefox end-to-end tests: ${version} (${path}); add-on needs Firefox ${min}+.\n`);
