import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import react from 'eslint-plugin-react';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const noHtmlInjection = [
  {
    object: 'document',
    property: 'write',
    message: 'Never write HTML into a page: render text with React.',
  },
  ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
    property,
    message: 'Page and user text is untrusted: set textContent or render React children instead.',
  })),
];

const noNetwork = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'LoopReady makes no network requests of its own: nothing leaves the machine.',
}));

const browserGlobals = [
  'browser',
  'chrome',
  'window',
  'document',
  'location',
  'indexedDB',
  'localStorage',
].map((name) => ({
  name,
  message:
    'lib/ is pure: take the Document or data as a parameter; only lib/db and lib/messaging touch the browser.',
}));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      '.tmp/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, react, 'import-x': importX },
    settings: {
      react: { version: '19' },
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react/no-danger': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error', ...noHtmlInjection],
      'no-restricted-globals': ['error', ...noNetwork],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib',
              from: ['./components', './entrypoints'],
              message: 'lib/ never imports UI or entrypoints.',
            },
            {
              target: './lib',
              from: ['./lib/db', './lib/messaging'],
              except: [],
              message:
                'Domain code stays pure: pass data in from the entrypoint or a components/hooks hook.',
            },
            {
              target: './components',
              from: ['./lib/db', './lib/messaging'],
              message: 'Only components/hooks/ may do I/O through lib/db and lib/messaging.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'compromise',
              message: 'Import NLP from lib/nlp, the only importer of compromise.',
            },
            { name: 'dexie', message: 'Use lib/db, the only importer of dexie.' },
          ],
          patterns: [{ group: ['compromise/*'], message: 'Import NLP from lib/nlp.' }],
        },
      ],
    },
  },
  {
    files: ['lib/db/**', 'lib/messaging/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['components/hooks/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  { files: ['lib/nlp/**'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['lib/db/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['lib/**'],
    ignores: ['lib/db/**', 'lib/messaging/**'],
    rules: { 'no-restricted-globals': ['error', ...noNetwork, ...browserGlobals] },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.ts', '*.config.js'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-imports': 'off',
    },
  },
);
