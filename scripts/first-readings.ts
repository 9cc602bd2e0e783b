/**
 * Writes tests/fixtures/first-readings.json: how the extractor read each gathering batch's development mail the first
 * time, before anyone tuned on it — the extractor of the commit just before the batch was added to main (taken from
 * git history), reading each development case. Kept per case: the company it read, where from, how sure, whether a
 * letter stated it, and the stage. The company gate (core/extract/company/gate.ts) is trained on these readings:
 * mail the rules had not yet been fitted to is the only honest record of how often each kind of evidence is wrong on
 * new mail. Labels are not copied; the trainer reads them from the cases, so a corrected label counts at once.
 *
 * Run after a gathering round's batches are merged and BEFORE the extractor changes (their first reading is the
 * commit before their merge, so it is the same later on, but the file is best written while that is easy to check):
 *   npx vite-node scripts/first-readings.ts
 * Needs the full git history (a shallow clone has no old extractors), tests/fixtures/mail, sh and tar. It walks the
 * first-parent line of main (or of the ref given: npx vite-node scripts/first-readings.ts -- <ref>). Batches whose
 * first reader has no readRecruiter (b3 and b4; b1's files and b2-intl came in under other names) are left out, and
 * said so. The confidence recorded is the rules' own (`ruled`), from before the company gate's opinion, so that the gate
 * is trained on what it is applied to.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MessageInput } from '../core/model';
import { STATE_AT } from '../core/extract/confidence';
import { loadFixture, toInput } from '../tests/support/corpus-score';
import { PROJECT_ROOT } from '../tests/support/shared';
import { FIRST_READINGS_FILE, type FirstReading } from '../tests/support/company-gate-source';

interface OldReading {
  company: { value: string; source: string; confidence: number; ruled?: number } | null;
}
interface OldExtractor {
  readRecruiter?: (msg: MessageInput) => OldReading;
  extractRecruiter: (msg: MessageInput) => { company: string | null; kind: string; suggestions?: { company?: string } };
}

/**
 * Whether the reader's rules alone had a letter state the company. Before the company gate that is the letter's own
 * company. With it (`ruled` recorded), a company the gate stated was the rules' suggestion, and a suggestion the rules
 * gave at STATE_AT or above was the gate taking it back.
 */
function statedByRules(company: NonNullable<OldReading['company']>, letter: ReturnType<OldExtractor['extractRecruiter']>): boolean {
  if (company.ruled === undefined) return letter.company !== null && letter.company === company.value;
  return company.ruled >= STATE_AT && (letter.company === company.value || letter.suggestions?.company === company.value);
}

const ref = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'main';
const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
if (git('rev-parse', '--is-shallow-repository') === 'true') throw new Error('a shallow clone has no old extractors: fetch the full history first');

const mailDir = resolve(PROJECT_ROOT, 'tests/fixtures/mail');
const files = readdirSync(mailDir).filter((f) => /^b\d+-[a-z]+\.dev\.json$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]) || (a < b ? -1 : 1));
const work = mkdtempSync(join(tmpdir(), 'first-readings-'));
const readers = new Map<string, OldExtractor | null>();
const out: FirstReading[] = [];
try {
  for (const file of files) {
    // The commit on main's first-parent line that added the file, and the extractor just before it.
    // Merges count as changes against their first parent, asked for explicitly (git 2.31 or later).
    const added = git('log', '--first-parent', '--diff-merges=first-parent', '--no-patch', '--diff-filter=A', '--format=%H', ref, '--', `tests/fixtures/mail/${file}`).split('\n').pop() ?? '';
    if (added === '') {
      process.stdout.write(`${file}: no commit on main's first-parent line adds it (not committed yet, or added under another name), left out\n`);
      continue;
    }
    const base = git('rev-parse', `${added}^1`);
    const tree = git('rev-parse', `${base}:core`);
    if (!readers.has(tree)) {
      const dir = join(work, tree.slice(0, 12));
      execFileSync('sh', ['-c', `mkdir -p '${dir}' && git archive ${base} core | tar -x -C '${dir}'`], { cwd: PROJECT_ROOT });
      const entry = [join(dir, 'core/extract/index.ts'), join(dir, 'core/extract.ts')].find((p) => existsSync(p));
      const mod = entry ? ((await import(entry)) as OldExtractor) : null;
      readers.set(tree, mod && typeof mod.readRecruiter === 'function' ? mod : null);
    }
    const reader = readers.get(tree);
    if (!reader?.readRecruiter) {
      process.stdout.write(`${file}: its first reader (${base.slice(0, 10)}) has no readRecruiter, left out\n`);
      continue;
    }
    const cases = loadFixture('mail', file);
    for (const c of cases) {
      const input = toInput(c);
      const reading = reader.readRecruiter(input);
      const letter = reader.extractRecruiter(input);
      const company = reading.company
        ? { value: reading.company.value, source: reading.company.source, confidence: Math.round((reading.company.ruled ?? reading.company.confidence) * 1000) / 1000, stated: statedByRules(reading.company, letter) }
        : null;
      out.push({ id: c.id, reader: tree.slice(0, 12), commit: base.slice(0, 12), kind: letter.kind, company });
    }
    process.stdout.write(`${file}: ${cases.length} cases, first read by ${base.slice(0, 10)}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const target = resolve(PROJECT_ROOT, FIRST_READINGS_FILE);
writeFileSync(target, `${JSON.stringify(out, null, 0).replace(/\},\{"id"/g, '},\n{"id"')}\n`);
process.stdout.write(`${out.length} first readings → ${target}\n`);
