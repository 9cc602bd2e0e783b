/**
 * Scores `extractRecruiter` on labelled recruiting mail and on everyday mail (negatives). Used by the corpus tests
 * and by `npm run accuracy` / `npm run bench`. Data is read in place (../shared, tests/fixtures/mail, node_modules).
 *
 * Blind protocol: the frozen test part (`tests/fixtures/mail/*.test.json`) is only ever scored in aggregate; nothing
 * here prints a per-case result for it (`misses` is empty for sets loaded with `frozen: true`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractRecruiter, readRecruiter, type MessageInput, type Reading, type Recruiter } from '../../core/extract';
import type { RecruiterKind } from '../../core/model';
import { STATE_AT } from '../../core/extract/confidence';
import { STAGE_KINDS } from '../../core/extract/stage-model';
import { HAS_SHARED, PROJECT_ROOT, sharedPath } from './shared';

export interface CorpusCase {
  id: string;
  provenance?: string;
  lang?: string;
  from_name: string;
  from_email: string;
  subject: string;
  body: string;
  expected: {
    recruiterFirstName: string | null;
    recruiterFullName: string | null;
    role: string | null;
    company: string | null;
    kind: Recruiter['kind'];
  };
  alternates?: Partial<Record<string, string[]>>;
  notes?: string;
}

export const FIELDS = ['firstName', 'fullName', 'role', 'company', 'kind'] as const;
export type Field = (typeof FIELDS)[number];

/** Accuracy targets, per field (fullName is scored but has no target). */
export const TARGETS: Partial<Record<Field, number>> = { firstName: 0.95, role: 0.85, company: 0.85, kind: 0.9 };
/** Ceilings on "stated but wrong" (a value given that is not the right one). */
export const WRONG_CEILINGS: Partial<Record<Field, number>> = { firstName: 0.03, role: 0.03, company: 0.03, kind: 0.05 };

const EXPECTED_KEY: Record<Field, keyof CorpusCase['expected']> = {
  firstName: 'recruiterFirstName',
  fullName: 'recruiterFullName',
  role: 'role',
  company: 'company',
  kind: 'kind',
};

export type Extract = (msg: MessageInput) => Pick<Recruiter, Field>;

export interface Miss {
  id: string;
  field: Field;
  expected: string | null;
  alternates: string[];
  actual: string | null;
}

export interface CorpusScore {
  total: number;
  correct: Record<Field, number>;
  accuracy: Record<Field, number>;
  /** Cases where the field holds a value that is not the right one. */
  wrong: Record<Field, number>;
  wrongRate: Record<Field, number>;
  /** The button (kind !== 'other') on mail to decline, and on the rest. */
  button: { decline: number; declineShown: number; rest: number; restShown: number };
  misses: Miss[];
  /** Stage read against stage labelled, `stages[expected][got]` (an aggregate, printed for frozen parts too). */
  stages: Record<RecruiterKind, Record<RecruiterKind, number>>;
  /** Mean CPU time per message once warm, in milliseconds. */
  meanMs: number;
}

const KINDS = STAGE_KINDS;

function norm(value: string | null | undefined): string | null {
  // A name's closing abbreviation dot ("Shiny Inc." and "Shiny Inc", "Ltda." and "Ltda") states the same fact.
  return value == null ? null : value.replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLowerCase();
}

/** Case-, whitespace- and closing-dot-insensitive; null must match null; any listed alternate also counts. */
export function fieldMatches(actual: string | null, expected: string | null, alternates: readonly string[] = []): boolean {
  const a = norm(actual);
  if (a === norm(expected)) return true;
  return a !== null && alternates.some((alt) => norm(alt) === a);
}

export function loadCorpus(file = 'recruiter-emails.dev.json'): CorpusCase[] {
  return JSON.parse(readFileSync(sharedPath('corpus', file), 'utf8')) as CorpusCase[];
}

export function loadFixture(...parts: string[]): CorpusCase[] {
  const file = resolve(PROJECT_ROOT, 'tests', 'fixtures', ...parts);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CorpusCase[]) : [];
}

/** Every `tests/fixtures/mail/*.<part>.json` file (part: dev or test). */
export function loadMail(part: 'dev' | 'test'): CorpusCase[] {
  const dir = resolve(PROJECT_ROOT, 'tests', 'fixtures', 'mail');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith(`.${part}.json`)).sort();
  return files.flatMap((f) => loadFixture('mail', f));
}

/**
 * The `*.<part>.json` mail grouped by gathering batch: files named `b<N>-….json` belong to batch N, the first
 * batch's files (`en.*`, `intl.*`) to batch 1. Each batch has its own frozen before-scores in the mail README.
 */
export function loadMailBatches(part: 'dev' | 'test'): Map<string, CorpusCase[]> {
  const dir = resolve(PROJECT_ROOT, 'tests', 'fixtures', 'mail');
  const batches = new Map<string, CorpusCase[]>();
  if (!existsSync(dir)) return batches;
  for (const f of readdirSync(dir).filter((name) => name.endsWith(`.${part}.json`)).sort()) {
    const batch = /^(b\d+)-/.exec(f)?.[1] ?? 'b1';
    batches.set(batch, [...(batches.get(batch) ?? []), ...loadFixture('mail', f)]);
  }
  return batches;
}

/** The whole development set: the shared dev corpus, the held-out file and the `*.dev.json` mail. */
export function loadDevelopment(): CorpusCase[] {
  return [...(HAS_SHARED ? loadCorpus() : []), ...loadFixture('recruiter-emails.heldout.json'), ...loadMail('dev')];
}

export function toInput(c: CorpusCase): MessageInput {
  return { fromName: c.from_name, fromEmail: c.from_email, subject: c.subject, body: c.body };
}

export function scoreCorpus(cases: readonly CorpusCase[] = loadCorpus(), options: { extract?: Extract; frozen?: boolean; timing?: boolean } = {}): CorpusScore {
  const extract = options.extract ?? extractRecruiter;
  const zero = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const correct = zero();
  const wrong = zero();
  const button = { decline: 0, declineShown: 0, rest: 0, restShown: 0 };
  const misses: Miss[] = [];
  const stages = Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(KINDS.map((g) => [g, 0]))])) as CorpusScore['stages'];
  const inputs = cases.map(toInput);
  for (const [i, c] of cases.entries()) {
    const got = extract(inputs[i] as MessageInput);
    for (const field of FIELDS) {
      const key = EXPECTED_KEY[field];
      const expected = c.expected[key];
      const alternates = c.alternates?.[key] ?? [];
      if (fieldMatches(got[field], expected, alternates)) correct[field]++;
      else {
        if (got[field] !== null) wrong[field]++;
        if (!options.frozen) misses.push({ id: c.id, field, expected, alternates, actual: got[field] });
      }
    }
    stages[c.expected.kind][got.kind]++;
    const shown = got.kind !== 'other';
    if (c.expected.kind !== 'other') {
      button.decline++;
      if (shown) button.declineShown++;
    } else {
      button.rest++;
      if (shown) button.restShown++;
    }
  }
  let meanMs = 0;
  if (options.timing !== false && cases.length > 0) {
    // Warm timing: CPU time, so other processes do not count, after enough calls for the JIT to settle.
    for (let r = 0; r < 10; r++) for (const input of inputs) extract(input);
    const rounds = 20;
    const started = process.cpuUsage();
    for (let r = 0; r < rounds; r++) for (const input of inputs) extract(input);
    const used = process.cpuUsage(started);
    meanMs = (used.user + used.system) / 1000 / (rounds * cases.length);
  }
  const rate = (n: Record<Field, number>) => Object.fromEntries(FIELDS.map((f) => [f, cases.length > 0 ? n[f] / cases.length : 0])) as Record<Field, number>;
  return { total: cases.length, correct, accuracy: rate(correct), wrong, wrongRate: rate(wrong), button, misses, stages, meanMs };
}

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const ratio = (n: number, d: number) => (d === 0 ? '   -   ' : `${pct(n / d)} (${n}/${d})`);

/** A plain-text table of the score (its misses unless `withMisses` is false, the stage table unless `withStages` is). */
export function formatScore(score: CorpusScore, withMisses = true, withStages = true): string {
  const rows = FIELDS.map((f) => {
    const target = TARGETS[f] === undefined ? '      ' : `≥${((TARGETS[f] ?? 0) * 100).toFixed(0).padStart(3)} %`;
    const ceiling = WRONG_CEILINGS[f] === undefined ? '' : ` ≤ ${((WRONG_CEILINGS[f] ?? 0) * 100).toFixed(0)} %`;
    return `${f.padEnd(10)} ${String(score.correct[f]).padStart(3)}/${score.total}  ${pct(score.accuracy[f])}  ${target}   wrong ${String(score.wrong[f]).padStart(2)}  ${pct(score.wrongRate[f])}${ceiling}`;
  });
  const { button } = score;
  const misses = withMisses
    ? score.misses.map(
        (m) =>
          `  ${m.id} ${m.field}: got ${JSON.stringify(m.actual)}, expected ${JSON.stringify(m.expected)}` +
          (m.alternates.length > 0 ? ` (or ${m.alternates.map((a) => JSON.stringify(a)).join(', ')})` : ''),
      )
    : [];
  return [
    'field      right     rate    target   stated but wrong',
    ...rows,
    `button on mail to decline: ${ratio(button.declineShown, button.decline)} (target ≥ 95 %)`,
    `button on the rest:        ${ratio(button.restShown, button.rest)} (target ≤ 10 %)`,
    ...(withStages
      ? [
          `stage labelled (rows) read as (columns): ${KINDS.map((k) => k.padStart(9)).join('')}`,
          ...KINDS.map((k) => `  ${k.padEnd(38)}${KINDS.map((g) => String(score.stages[k][g]).padStart(9)).join('')}`),
        ]
      : []),
    `mean CPU time per message (warm): ${score.meanMs.toFixed(3)} ms`,
    ...(withMisses ? [misses.length > 0 ? `misses (${misses.length}):` : 'no misses', ...misses] : []),
  ].join('\n');
}

// ---- Everyday mail: the easy-ham-1 group of the SpamAssassin corpus (development negatives only)

/** ONLY this group is used; the other groups (easy-ham-2, hard-ham-1, spam-1, spam-2) are kept for independent checks. */
export const HAM_DIR = resolve(PROJECT_ROOT, 'node_modules', '@stdlib', 'datasets-spam-assassin', 'data', 'easy-ham-1');

export interface HamMessage extends MessageInput {
  id: string;
}

/** Parses the raw RFC 822 files of easy-ham-1 with postal-mime into extractor input. */
export async function loadHam(limit = Infinity): Promise<HamMessage[]> {
  if (!existsSync(HAM_DIR)) return [];
  const { default: PostalMime } = await import('postal-mime');
  const files = readdirSync(HAM_DIR).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  const out: HamMessage[] = [];
  for (const f of files) {
    const raw = readFileSync(resolve(HAM_DIR, f));
    try {
      const mail = await PostalMime.parse(raw);
      const text = mail.text ?? (mail.html ? mail.html.replace(/<[^>]*>/g, ' ') : '');
      out.push({ id: f.split('.')[0] ?? f, fromName: mail.from?.name ?? '', fromEmail: mail.from?.address ?? '', subject: mail.subject ?? '', body: text });
    } catch {
      // A message postal-mime cannot read is skipped (none in easy-ham-1 at the time of writing).
    }
  }
  return out;
}

export interface HamScore {
  total: number;
  /** Messages the button would show on (kind !== 'other'). */
  shown: { id: string; kind: Recruiter['kind']; subject: string }[];
}

export function scoreHam(messages: readonly HamMessage[], extract: Extract = extractRecruiter): HamScore {
  const shown: HamScore['shown'] = [];
  for (const m of messages) {
    const got = extract(m);
    if (got.kind !== 'other') shown.push({ id: m.id, kind: got.kind, subject: m.subject });
  }
  return { total: messages.length, shown };
}

/**
 * Per-message extraction times over real mail, in ms of CPU time (so the other processes of a shared machine do not
 * count), each message timed alone after two warm-up passes; sorted ascending.
 */
export function timeMessages(messages: readonly MessageInput[], extract: Extract = extractRecruiter): number[] {
  for (const m of messages) extract(m);
  for (const m of messages) extract(m);
  const times: number[] = [];
  for (const m of messages) {
    const c0 = process.cpuUsage();
    extract(m);
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  return times.sort((a, b) => a - b);
}

/** The q-quantile (0..1) of ascending values. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** One row of the source calibration: how often a value read from one source was right, by whether a letter states it. */
export interface SourceRow {
  /** For `stage`, the source is the classifier's rule; "right" is the stage, "stated right" whether the mail is one to decline as the button then says. */
  field: 'name' | 'role' | 'company' | 'stage';
  source: string;
  /** Values read from this source (a letter states them, or the popup suggests them). */
  read: number;
  right: number;
  /** Of those at or above the stating threshold. */
  stated: number;
  statedRight: number;
}

type Reader = (msg: MessageInput) => Reading;

/**
 * How reliable each source of each field is on a set of cases: the evidence that STATE_AT and the source weights in
 * core/extract/confidence.ts should follow. Read it on development data only.
 */
export function sourceCalibration(cases: readonly CorpusCase[], read: Reader = readRecruiter): SourceRow[] {
  const rows = new Map<string, SourceRow>();
  const add = (field: SourceRow['field'], source: string, c: number, ok: boolean) => {
    const key = `${field}\u0000${source}`;
    const row = rows.get(key) ?? { field, source, read: 0, right: 0, stated: 0, statedRight: 0 };
    row.read++;
    if (ok) row.right++;
    if (c >= STATE_AT) {
      row.stated++;
      if (ok) row.statedRight++;
    }
    rows.set(key, row);
  };
  for (const c of cases) {
    const r = read(toInput(c));
    const alt = (k: keyof CorpusCase['expected']) => c.alternates?.[k] ?? [];
    if (r.person) add('name', r.person.source, r.person.confidence, fieldMatches(r.person.person.first, c.expected.recruiterFirstName, alt('recruiterFirstName')));
    if (r.role) add('role', r.role.source, r.role.confidence, fieldMatches(r.role.value, c.expected.role, alt('role')));
    if (r.company) add('company', r.company.source, r.company.confidence, fieldMatches(r.company.value, c.expected.company, alt('company')));
    const stageRow = rows.get(`stage\u0000${r.stage.rule}`) ?? { field: 'stage' as const, source: r.stage.rule, read: 0, right: 0, stated: 0, statedRight: 0 };
    stageRow.read++;
    stageRow.stated++;
    if (r.stage.kind === c.expected.kind) stageRow.right++;
    if ((r.stage.kind === 'other') === (c.expected.kind === 'other')) stageRow.statedRight++;
    rows.set(`stage\u0000${r.stage.rule}`, stageRow);
  }
  return [...rows.values()].sort((a, b) => a.field.localeCompare(b.field) || b.read - a.read);
}

export function formatCalibration(rows: readonly SourceRow[]): string {
  const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((a / b) * 100).toFixed(0).padStart(4)} %`);
  return [
    'field    source               read  right          stated  right when stated (stage: button right)',
    ...rows.map((r) => `${r.field.padEnd(8)} ${r.source.padEnd(20)} ${String(r.read).padStart(4)}  ${String(r.right).padStart(4)} ${pct(r.right, r.read)}   ${String(r.stated).padStart(4)}  ${String(r.statedRight).padStart(4)} ${pct(r.statedRight, r.stated)}`),
  ].join('\n');
}
