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
  },
});
