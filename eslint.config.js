import fs from 'node:fs';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import react from 'eslint-plugin-react';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const root = import.meta.dirname;
const foldersIn = (dir) =>
  fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

/**
 * The rooms of lib/, lowest first. A room imports only rooms of a LOWER rank, so arrows point one
 * way and no two rooms can lean on each other (posting never reaches up into loop). A new lib/
 * folder must get a rank here: lint refuses to start without one.
 */
const libRanks = {
  // Words and numbers: counting, pace, metrics, clauses, zod issue messages.
  text: 0,
  // Side-panel view ids (the shell and prep-plan links).
  views: 0,
  // Foundations: the NLP engine, the principle catalogue, the family and level ids.
  nlp: 1,
  principles: 1,
  // Above principles: a family's registry entry names the LPs its loops lean on.
  families: 1.5,
  // Facts read or written by the user: the posting page, process shapes, profile, stories, resume.
  posting: 2,
  process: 2,
  profile: 2,
  stories: 2,
  resume: 2,
  // Judgements built on those facts.
  analysis: 3,
  practice: 3,
  prep: 3,
  // Features that combine judgements.
  opener: 4,
  loop: 4,
  // Whole-bank files.
  backup: 5,
};
/** The two adapters: the only lib/ rooms that touch browser APIs; domain rooms never import them. */
const libAdapters = ['db', 'messaging'];
const unranked = foldersIn('lib').filter((f) => !(f in libRanks) && !libAdapters.includes(f));
if (unranked.length > 0)
  throw new Error(
    `eslint.config.js: give lib/${unranked.join(', lib/')} a rank in libRanks (which rooms it may import).`,
  );
/**
 * components/ is presentational except its hooks: a `use-*.ts` file in a feature folder (or in
 * common/ when features share it) is the only component file that does I/O.
 */
const hookFiles = 'components/**/use-*.ts';

const roomZones = Object.entries(libRanks).flatMap(([room, rank]) => {
  const above = Object.keys(libRanks).filter((r) => r !== room && libRanks[r] >= rank);
  const below = Object.keys(libRanks).filter((r) => libRanks[r] < rank);
  return [
    ...(above.length === 0
      ? []
      : [
          {
            target: `./lib/${room}`,
            from: above.map((r) => `./lib/${r}`),
            message: `lib/${room} may import only rooms below it (${below.join(', ') || 'none'}): move the shared piece down a room, or let the caller pass the value in.`,
          },
        ]),
    {
      target: `./lib/${room}`,
      from: libAdapters.map((r) => `./lib/${r}`),
      message: `lib/${room} stays pure: the entrypoint or a components/<feature>/use-*.ts hook reads lib/db or lib/messaging and passes the data in.`,
    },
  ];
});

const baseZones = [
  {
    target: './lib',
    from: ['./components', './entrypoints'],
    message:
      'lib/ never imports UI or entrypoints: move the logic into lib/ and let the UI call it.',
  },
  {
    target: './components',
    from: ['./entrypoints'],
    message: 'components/ never imports an entrypoint: pass what it needs as props.',
  },
  ...roomZones,
];
/** Presentational components never do I/O; a feature's use-*.ts hooks are where that lives. */
const uiZones = [
  {
    target: './components/**/!(use-*.ts)',
    from: libAdapters.map((r) => `./lib/${r}`),
    message:
      'Components are presentational: call lib/db or lib/messaging from a use-*.ts hook in the feature folder (components/<feature>/use-*.ts) and pass the result as props.',
  },
];

const pureMessage =
  'lib/ is pure: take the Document or data as a parameter; only lib/db and lib/messaging touch the browser.';
const uiMessage =
  'Components are presentational: use browser APIs in a use-*.ts hook in the feature folder (components/<feature>/use-*.ts) and pass the result as props.';
/** wxt's browser API, as an import (an imported binding is not a global, so this needs its own rule). */
const wxtImports = (message) => ({
  paths: [
    { name: '#imports', message },
    { name: 'wxt', message },
  ],
  patterns: [{ group: ['wxt/*', '@wxt-dev/*', 'webextension-polyfill'], message }],
});
const compromiseImports = {
  paths: [
    {
      name: 'compromise',
      message: 'Import NLP from lib/nlp/engine, the only importer of compromise.',
    },
  ],
  patterns: [{ group: ['compromise/*'], message: 'Import NLP from lib/nlp/engine.' }],
};
const dexieImports = {
  paths: [{ name: 'dexie', message: 'Use lib/db, the only importer of dexie.' }],
  patterns: [],
};
/** One no-restricted-imports setting from several bans (flat config replaces, never merges, options). */
const bans = (...parts) => [
  'error',
  {
    paths: parts.flatMap((p) => p.paths),
    patterns: parts.flatMap((p) => p.patterns),
  },
];
/** `browser.x`/`chrome.x` reached through globalThis, window or self rather than by name. */
const browserProperties = (message) =>
  ['globalThis', 'window', 'self'].flatMap((object) =>
    ['browser', 'chrome'].map((property) => ({ object, property, message })),
  );

/** File names are kebab-case (each dot-separated part): `lint-bullet.ts`, `wxt.config.ts`. */
const kebabPart = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const local = {
  rules: {
    'kebab-case-file': {
      meta: {
        type: 'suggestion',
        schema: [],
        messages: {
          name: "File name '{{name}}' is not kebab-case: rename it to '{{better}}' (lowercase words joined by '-').",
        },
      },
      create(context) {
        return {
          Program(node) {
            const name = path.basename(context.physicalFilename ?? context.filename);
            const parts = name.split('.');
            if (parts.every((p) => kebabPart.test(p))) return;
            const better = parts
              .map((p) =>
                p
                  .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
                  .replace(/[_\s]+/g, '-')
                  .toLowerCase(),
              )
              .join('.');
            context.report({ node, messageId: 'name', data: { name, better } });
          },
        };
      },
    },
  },
};

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
  message: pureMessage,
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
    plugins: { 'react-hooks': reactHooks, react, 'import-x': importX, local },
    settings: {
      react: { version: '19' },
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
      // Without these, import-x reads only .js files when it follows imports, and no-cycle
      // silently found nothing in our .ts/.tsx sources.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
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
      // ignoreExternal: a package never imports our files back, so a cycle never runs through
      // node_modules; not walking into them cuts this rule from ~40% of lint time to ~12%.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...baseZones, ...uiZones] }],
      'no-restricted-imports': bans(compromiseImports, dexieImports),
      'local/kebab-case-file': 'error',
    },
  },
  // Pure lib/ rooms: no browser API by global, by property or by import.
  {
    files: ['lib/**'],
    ignores: libAdapters.map((r) => `lib/${r}/**`),
    rules: {
      'no-restricted-globals': ['error', ...noNetwork, ...browserGlobals],
      'no-restricted-properties': ['error', ...noHtmlInjection, ...browserProperties(pureMessage)],
      'no-restricted-imports': bans(compromiseImports, dexieImports, wxtImports(pureMessage)),
    },
  },
  {
    files: ['lib/nlp/**'],
    rules: { 'no-restricted-imports': bans(dexieImports, wxtImports(pureMessage)) },
  },
  { files: ['lib/db/**'], rules: { 'no-restricted-imports': bans(compromiseImports) } },
  {
    files: ['lib/messaging/**'],
    rules: { 'no-restricted-imports': bans(compromiseImports, dexieImports) },
  },
  // Presentational components: browser APIs only through the features' use-*.ts hooks.
  {
    files: ['components/**'],
    ignores: [hookFiles],
    rules: {
      'no-restricted-globals': [
        'error',
        ...noNetwork,
        ...['browser', 'chrome'].map((name) => ({ name, message: uiMessage })),
      ],
      'no-restricted-properties': ['error', ...noHtmlInjection, ...browserProperties(uiMessage)],
      'no-restricted-imports': bans(compromiseImports, dexieImports, wxtImports(uiMessage)),
    },
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
