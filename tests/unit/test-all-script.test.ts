/**
 * scripts/test-all.sh, the README's one test command, decides per system how to get the two browsers. Its plan is
 * checked here on faked systems (an os-release file and /usr/bin entries under TEST_ALL_SYSROOT), printed by a dry
 * run (TEST_ALL_DRY_RUN=1) instead of run: Debian installs its own packages; Ubuntu, whose `chromium` and `firefox`
 * are snaps, gets Firefox ESR from the Mozilla team's PPA and Playwright's Chromium; browsers given by path are used.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/shared';

const SCRIPT = join(PROJECT_ROOT, 'scripts', 'test-all.sh');

const OS_RELEASE = {
  debian12: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n',
  ubuntu2204: 'PRETTY_NAME="Ubuntu 22.04.4 LTS"\nNAME="Ubuntu"\nVERSION_ID="22.04"\nID=ubuntu\nID_LIKE=debian\n',
  ubuntu2404: 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n',
  mint: 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n',
  fedora: 'NAME="Fedora Linux"\nID=fedora\n',
};

const SNAP_WRAPPER = '#!/bin/sh\n# transitional package: the browser is a snap\nexec /snap/bin/chromium "$@"\n';

let roots: string[] = [];
afterEach(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
  roots = [];
});

/** A faked system: its os-release and executable files at the given paths (an empty script unless text is given). */
function system(osRelease: string, files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'dp-sysroot-'));
  roots.push(root);
  mkdirSync(join(root, 'etc'));
  writeFileSync(join(root, 'etc', 'os-release'), osRelease);
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text || '#!/bin/sh\n');
    chmodSync(file, 0o755);
  }
  return root;
}

/** The script's dry run on `root`: the commands it would run, and what it said. */
function plan(root: string, env: Record<string, string> = {}): { status: number | null; commands: string[]; out: string; err: string } {
  const base = { ...process.env };
  delete base.CHROMIUM_PATH;
  delete base.FIREFOX_PATH;
  const r = spawnSync('bash', [SCRIPT], { env: { ...base, TEST_ALL_DRY_RUN: '1', TEST_ALL_SYSROOT: root, ...env }, encoding: 'utf8' });
  const commands = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('+ '))
    .map((l) => l.slice(2).replace(/^sudo /, '').replace(/^\/\S+\/node /, 'node '));
  return { status: r.status, commands, out: r.stdout, err: r.stderr };
}

describe('scripts/test-all.sh', () => {
  test('Debian without the browsers: its own chromium and firefox-esr packages, then npm ci and npm test', () => {
    const r = plan(system(OS_RELEASE.debian12));
    expect(r.status).toBe(0);
    expect(r.commands).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium firefox-esr', 'npm ci --no-audit --no-fund', 'npm test']);
  });

  test('Debian with both browsers: nothing is installed', () => {
    const r = plan(system(OS_RELEASE.debian12, { 'usr/bin/chromium': '', 'usr/bin/firefox-esr': '' }));
    expect(r.status).toBe(0);
    expect(r.commands).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
  });

  test.each([
    ['22.04', OS_RELEASE.ubuntu2204],
    ['24.04', OS_RELEASE.ubuntu2404],
    ['a derivative (Linux Mint)', OS_RELEASE.mint],
  ])('Ubuntu %s without the browsers: Firefox ESR from the Mozilla team PPA, Playwright’s Chromium; no snap package', (_name, osRelease) => {
    const r = plan(system(osRelease));
    expect(r.status).toBe(0);
    expect(r.commands).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq software-properties-common',
      'add-apt-repository -y ppa:mozillateam/ppa',
      'apt-get update -qq',
      'apt-get install -y -qq firefox-esr',
      'npm ci --no-audit --no-fund',
      'node node_modules/playwright-core/cli.js install-deps chromium',
      'node node_modules/playwright-core/cli.js install --no-shell chromium',
      'npm test',
    ]);
    // The snap transition packages are never asked for.
    const aptPackages = r.commands.filter((c) => c.startsWith('apt-get install')).flatMap((c) => c.split(' ').slice(4));
    expect(aptPackages).toEqual(['software-properties-common', 'firefox-esr']);
    expect(r.out).toMatch(/CHROMIUM_PATH=\S+ npm test/);
  });

  test('Ubuntu with the snap wrappers from its chromium and firefox packages: they are not used, and it says why', () => {
    const r = plan(system(OS_RELEASE.ubuntu2404, { 'usr/bin/chromium': SNAP_WRAPPER, 'usr/bin/firefox-esr': SNAP_WRAPPER.replace('chromium', 'firefox') }));
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/Not using Chromium at \S+\/usr\/bin\/chromium: it is a snap/);
    expect(r.err).toMatch(/Not using Firefox ESR at \S+\/usr\/bin\/firefox-esr: it is a snap/);
    expect(r.commands).toContain('apt-get install -y -qq firefox-esr');
    expect(r.commands).toContain('node node_modules/playwright-core/cli.js install --no-shell chromium');
  });

  test('Ubuntu with firefox-esr from the PPA already there: only Chromium is fetched', () => {
    const r = plan(system(OS_RELEASE.ubuntu2204, { 'usr/bin/firefox-esr': '' }));
    expect(r.status).toBe(0);
    expect(r.commands.some((c) => c.startsWith('apt-get') || c.startsWith('add-apt-repository'))).toBe(false);
    expect(r.commands).toContain('node node_modules/playwright-core/cli.js install --no-shell chromium');
  });

  test('browsers given by CHROMIUM_PATH and FIREFOX_PATH are used as they are, on any system', () => {
    const root = system(OS_RELEASE.fedora, { 'opt/chromium/chrome': '', 'opt/firefox/firefox': '' });
    const r = plan(root, { CHROMIUM_PATH: join(root, 'opt/chromium/chrome'), FIREFOX_PATH: join(root, 'opt/firefox/firefox') });
    expect(r.status).toBe(0);
    expect(r.commands).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
  });

  test('a CHROMIUM_PATH with nothing there stops the run before anything is installed', () => {
    const r = plan(system(OS_RELEASE.ubuntu2404), { CHROMIUM_PATH: '/nowhere/chrome' });
    expect(r.status).toBe(1);
    expect(r.err).toContain('CHROMIUM_PATH=/nowhere/chrome: no usable Chromium there');
    expect(r.commands).toEqual([]);
  });

  test('another system without the browsers: it says what to install and how to point the tests at it', () => {
    const r = plan(system(OS_RELEASE.fedora));
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/installs browsers on Debian and Ubuntu only/);
    expect(r.err).toMatch(/CHROMIUM_PATH and FIREFOX_PATH/);
    expect(r.commands).toEqual([]);
  });
});
