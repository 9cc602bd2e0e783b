/**
 * Access to ../shared (real page captures and the recruiter-email corpus). The project never keeps copies
 * of that data; tests read it in place. Without ../shared the tests that need it are skipped and say so
 * out loud; in CI (CI=true) a missing ../shared is an error, because there those tests must always run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = process.env.DP_SHARED_DIR ?? resolve(PROJECT_ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(resolve(SHARED_DIR, 'DESIGN.md'));

if (!HAS_SHARED && process.env.CI) {
  throw new Error(`../shared was not found at ${SHARED_DIR}; in CI the tests that read it must run.`);
}

let warned = false;
function warnOnce(): void {
  if (warned) return;
  warned = true;
  console.warn(`\n[decline-politely] ../shared not found at ${SHARED_DIR}: tests that need real fixtures or the corpus are SKIPPED.\n`);
}

/** Absolute path of a file under ../shared. */
export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

/** `describe` for tests that need ../shared: skipped, with a visible note, when it is absent. */
export function describeShared(name: string, fn: () => void): void {
  if (HAS_SHARED) {
    describe(`${name} [needs ../shared]`, fn);
    return;
  }
  warnOnce();
  // The body is not even collected: it may read ../shared while it declares its tests.
  describe.skip(`${name} [needs ../shared]`, () => {
    test.skip(`skipped: ../shared not found at ${SHARED_DIR}`, () => {});
  });
}

/** A project-owned fixture under tests/fixtures. */
export function readFixture(...parts: string[]): string {
  return readFileSync(resolve(PROJECT_ROOT, 'tests', 'fixtures', ...parts), 'utf8');
}
