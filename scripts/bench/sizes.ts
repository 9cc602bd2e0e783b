/** Raw and gzipped size of every built entrypoint, and of the store zip. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtModuleGraph } from '../../tests/support/built-modules';
import { PROJECT_ROOT } from '../../tests/support/shared';
import { kb, type Row } from './report';

const OUT = resolve(PROJECT_ROOT, '.output');
const CHROME = join(OUT, 'chrome-mv3');
const CONTENT_LIMIT_GZ = 16 * 1024;
const ZIP_LIMIT = 120 * 1024;

function gz(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Scripts and styles an HTML page loads, resolved in the build folder. */
function pageAssets(html: string): string[] {
  const text = readFileSync(join(CHROME, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!.replace(/^\//, ''));
  return refs.map((r) => join(CHROME, r)).filter((p) => existsSync(p));
}

/** A built module and what it imports, as paths in the build folder. */
const moduleGraph = (entry: string) => builtModuleGraph(CHROME, entry).map((f) => join(CHROME, f));

export function measureSizes(): Row[] {
  const rows: Row[] = [];
  const entry = (name: string, files: string[], limit?: number) => {
    const raw = files.reduce((n, f) => n + statSync(f).size, 0);
    const zipped = files.reduce((n, f) => n + gz(f), 0);
    rows.push({
      group: 'size',
      name: `${name} (raw / gzipped)`,
      value: `${kb(raw)} / ${kb(zipped)}`,
      target: limit ? `≤ ${kb(limit)} gz` : '',
      ok: limit ? zipped <= limit : null,
      raw: { raw, gzipped: zipped, files: files.map((f) => f.slice(CHROME.length + 1)) },
    });
  };
  entry('mail content script, in every mail tab', [join(CHROME, 'content-scripts', 'mail.js')], CONTENT_LIMIT_GZ);
  entry('in-page button, imported when one is shown (mail-ui.js + its chunk)', moduleGraph('mail-ui.js'));
  entry('background (script + its chunks)', moduleGraph('background.js'));
  entry('popup (page + its scripts and styles)', [join(CHROME, 'popup.html'), ...pageAssets('popup.html')]);
  entry('options (page + its scripts and styles)', [join(CHROME, 'options.html'), ...pageAssets('options.html')]);
  const zip = readdirSync(OUT).find((f) => f.endsWith('-chrome.zip'));
  if (zip) {
    const size = statSync(join(OUT, zip)).size;
    rows.push({ group: 'size', name: `Chrome zip (${zip})`, value: kb(size), target: `≤ ${kb(ZIP_LIMIT)}`, ok: size <= ZIP_LIMIT, raw: size });
  }
  return rows;
}
