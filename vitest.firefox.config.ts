import { defineConfig } from 'vitest/config';

// Firefox end-to-end tests (tests/e2e-firefox): the built add-on (.output/firefox-mv2, from `npm run build:firefox`)
// in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi.
export default defineConfig({
  test: {
    globals: true,
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Firefox at a time: the CI machine has 2 cores.
    fileParallelism: false,
    // A real browser on a 2-core machine has rare timing failures (a popup window or the options page's first load
    // outrunning a 10 s wait). One retry keeps CI meaningful; a test that needed it is listed as flaky in the report
    // (tests/README.md, "Flaky tests"). Absence checks are unaffected: they wait on evidence, not time.
    retry: 1,
  },
});
