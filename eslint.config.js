// @ts-check
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const browserApis = ['wxt/browser', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    // Import graph: no cycles anywhere, and each layer of the data flow imports only the layers before it
    // (page DOM -> core/read -> core/extract -> core/letter -> core/insert; DESIGN.md "Layering").
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './core', from: ['./entrypoints', './components'], message: 'core/ serves the faces; it never imports them.' },
            { target: './components', from: './entrypoints', message: 'components/ never import entrypoints/.' },
            { target: './core/model.ts', from: './', except: ['./core/model.ts'], message: 'core/model.ts holds types only and imports nothing.' },
            {
              target: ['./core/read', './core/extract', './core/insert'],
              from: ['./core/letter', './core/settings', './core/protocol.ts', './core/pipeline.ts'],
              message: 'Reading, extraction and insertion come before letters, settings and messaging in the data flow.',
            },
            { target: './core/read', from: ['./core/extract', './core/insert'], message: 'core/read turns page DOM into a snapshot; it knows nothing of what is done with it.' },
            { target: './core/extract', from: ['./core/read', './core/insert'], message: 'core/extract works on plain strings, not on the page.' },
            { target: './core/insert', from: ['./core/read', './core/extract'], message: 'core/insert puts a finished letter into an editor; it reads nothing.' },
            { target: './core/letter', from: ['./core/read', './core/insert'], message: 'core/letter works on plain data, not on the page.' },
          ],
        },
      ],
    },
  },
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
        { name: 'localStorage', message: 'Storage is injected into core/settings/preferences.ts.' },
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
        { property: 'innerHTML', message: 'Never assign innerHTML; build nodes or use core/insert/index.ts.' },
        { property: 'outerHTML', message: 'Never assign outerHTML.' },
      ],
    },
  },
);
