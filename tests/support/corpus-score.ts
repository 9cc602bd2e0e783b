/**
 * Scores `extractRecruiter` on the recruiter-email corpus in ../shared/corpus (read in place, never copied).
 * Used by the corpus test and by `scripts/accuracy.ts`.
 */
import { readFileSync } from 'node:fs';
import { extractRecruiter, type Recruiter } from '../../core/extract';
import { sharedPath } from './shared';

export interface CorpusCase {
  id: string;
  provenance?: string;
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

/** Accuracy the dev set must reach, per field (fullName is scored but has no target). */
export const TARGETS: Partial<Record<Field, number>> = { firstName: 0.95, role: 0.85, company: 0.85, kind: 0.9 };

const EXPECTED_KEY: Record<Field, keyof CorpusCase['expected']> = {
  firstName: 'recruiterFirstName',
  fullName: 'recruiterFullName',
  role: 'role',
  company: 'company',
  kind: 'kind',
};

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
  misses: Miss[];
  /** Mean CPU time per message once warm, in milliseconds. */
  meanMs: number;
}

function norm(value: string | null | undefined): string | null {
  return value == null ? null : value.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Case- and whitespace-insensitive; null must match null; any listed alternate also counts. */
export function fieldMatches(actual: string | null, expected: string | null, alternates: readonly string[] = []): boolean {
  const a = norm(actual);
  if (a === norm(expected)) return true;
  return a !== null && alternates.some((alt) => norm(alt) === a);
}

export function loadCorpus(file = 'recruiter-emails.dev.json'): CorpusCase[] {
  return JSON.parse(readFileSync(sharedPath('corpus', file), 'utf8')) as CorpusCase[];
}

export function scoreCorpus(cases: readonly CorpusCase[] = loadCorpus()): CorpusScore {
  const correct = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: Miss[] = [];
  const inputs = cases.map((c) => ({ fromName: c.from_name, fromEmail: c.from_email, subject: c.subject, body: c.body }));
  for (const [i, c] of cases.entries()) {
    const got = extractRecruiter(inputs[i] as (typeof inputs)[number]);
    for (const field of FIELDS) {
      const key = EXPECTED_KEY[field];
      const expected = c.expected[key];
      const alternates = c.alternates?.[key] ?? [];
      if (fieldMatches(got[field], expected, alternates)) correct[field]++;
      else misses.push({ id: c.id, field, expected, alternates, actual: got[field] });
    }
  }
  // Warm timing: CPU time, so other processes do not count, after enough calls for the JIT to settle.
  for (let r = 0; r < 10; r++) for (const input of inputs) extractRecruiter(input);
  const rounds = 20;
  const started = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const input of inputs) extractRecruiter(input);
  const used = process.cpuUsage(started);
  const meanMs = cases.length > 0 ? (used.user + used.system) / 1000 / (rounds * cases.length) : 0;
  const accuracy = Object.fromEntries(FIELDS.map((f) => [f, cases.length > 0 ? correct[f] / cases.length : 0])) as Record<Field, number>;
  return { total: cases.length, correct, accuracy, misses, meanMs };
}

/** A plain-text table of the score and the misses, for test output and `npm run bench`. */
export function formatScore(score: CorpusScore): string {
  const rows = FIELDS.map((f) => {
    const pct = (score.accuracy[f] * 100).toFixed(1).padStart(6);
    const target = TARGETS[f] === undefined ? '     -' : `${((TARGETS[f] ?? 0) * 100).toFixed(0).padStart(5)}%`;
    return `${f.padEnd(10)} ${String(score.correct[f]).padStart(3)}/${score.total}  ${pct}%  target ${target}`;
  });
  const misses = score.misses.map(
    (m) =>
      `  ${m.id} ${m.field}: got ${JSON.stringify(m.actual)}, expected ${JSON.stringify(m.expected)}` +
      (m.alternates.length > 0 ? ` (or ${m.alternates.map((a) => JSON.stringify(a)).join(', ')})` : ''),
  );
  return [
    'field      correct  accuracy',
    ...rows,
    `mean CPU time per message (warm): ${score.meanMs.toFixed(3)} ms`,
    misses.length > 0 ? `misses (${misses.length}):` : 'no misses',
    ...misses,
  ].join('\n');
}
