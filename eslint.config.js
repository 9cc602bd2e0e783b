// @ts-check
import tseslint from 'typescript-eslint';

const browserApis = ['wxt/browser', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // core/ is pure: no faces, no UI, no browser APIs (DESIGN.md "Layering").
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'core/ must not import entrypoints/.' },
            { group: ['**/components/**', '@/components/**'], message: 'core/ must not import components/.' },
            { group: ['preact', 'preact/*'], message: 'core/ is UI-free.' },
            { group: browserApis, message: 'core/ must not use browser APIs; take them as parameters.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'core/ must not use browser APIs.' },
        { name: 'chrome', message: 'core/ must not use browser APIs.' },
        { name: 'window', message: 'core/ reads the DOM only through an element passed in.' },
        { name: 'document', message: 'core/ reads the DOM only through an element passed in.' },
        { name: 'localStorage', message: 'Storage is injected into core/preferences.ts.' },
        { name: 'fetch', message: 'The extension makes no network requests.' },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'components/ must not import entrypoints/.' }] },
      ],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'core/**/*.ts'],
    rules: {
      // Never build markup from strings: page text must stay text.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never assign innerHTML; build nodes or use core/insert.ts.' },
        { property: 'outerHTML', message: 'Never assign outerHTML.' },
      ],
    },
  },
);
