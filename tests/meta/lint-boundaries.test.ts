// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The house boundaries (STYLE.md §1-2) are lint rules; these probes prove each one fires on a
 * violation and stays quiet on the legal form. Probe code is linted in memory at a made-up path.
 * Type-aware rules are switched off here: no boundary rule needs types, and a program build would
 * cost most of a minute. no-cycle walks the whole import graph on every file, so it runs in its
 * own linter, for its own probe only.
 */
const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;
let cycles: ESLint;
beforeAll(() => {
  const noTypes = tseslint.configs.disableTypeChecked;
  eslint = new ESLint({
    cwd: root,
    overrideConfig: [noTypes, { rules: { 'import-x/no-cycle': 'off' } }],
  });
  cycles = new ESLint({ cwd: root, overrideConfig: noTypes });
});

interface Finding {
  rule: string | null;
  message: string;
}
async function lint(filePath: string, code: string, linter = eslint): Promise<Finding[]> {
  const [result] = await linter.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`probe ${filePath} did not parse: ${fatal.message}`);
  return messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}
const fired = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

const libRooms = fs
  .readdirSync(path.join(root, 'lib'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const adapters = ['db', 'messaging'];
/** One real module per room, to import from a probe (the resolver must find it). */
function aModuleOf(room: string): string {
  const file = fs
    .readdirSync(path.join(root, 'lib', room))
    .filter((f) => f.endsWith('.ts'))
    .sort()[0];
  if (!file) throw new Error(`lib/${room} has no module to probe with`);
  return `../${room}/${file.replace(/\.ts$/, '')}`;
}

describe("browser APIs stay in lib/db, lib/messaging and the features' use-*.ts hooks", () => {
  const wxtBrowser =
    "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;\n";
  it.each([
    ['lib/posting/probe.ts', wxtBrowser],
    ['lib/nlp/probe.ts', wxtBrowser],
    ['lib/posting/probe.ts', "import { storage } from '#imports';\nexport const s = storage;\n"],
    [
      'lib/loop/probe.ts',
      "import { storage } from 'wxt/utils/storage';\nexport const s = storage;\n",
    ],
    [
      'lib/stories/probe.ts',
      "import { defineConfig } from 'wxt';\nexport const d = defineConfig;\n",
    ],
    ['components/posting/probe.tsx', wxtBrowser],
    // A plain module beside the hooks is not a hook: only use-*.ts files may.
    ['components/resume/probe.ts', wxtBrowser],
    ['components/resume/resume-import.worker.ts', wxtBrowser],
  ])('an import of the browser API in %s is refused', async (file, code) => {
    const hits = fired(await lint(file, code), 'no-restricted-imports');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toMatch(
      file.startsWith('lib/')
        ? /only lib\/db and lib\/messaging/
        : /components\/<feature>\/use-\*\.ts/,
    );
  });

  it.each([
    ['lib/posting/probe.ts', 'export const id = browser.runtime.id;\n'],
    ['lib/analysis/probe.ts', 'export const id = chrome.runtime.id;\n'],
    ['components/stories/probe.tsx', 'export const id = browser.runtime.id;\n'],
    ['components/common/probe.tsx', 'export const id = chrome.runtime.id;\n'],
  ])('the browser global in %s is refused', async (file, code) => {
    expect(fired(await lint(file, code), 'no-restricted-globals')).toHaveLength(1);
  });

  it.each([
    ['lib/posting/probe.ts', 'export const id = globalThis.chrome;\n'],
    ['components/resume/probe.tsx', 'export const id = window.browser;\n'],
  ])('the browser API reached as a property in %s is refused', async (file, code) => {
    expect(fired(await lint(file, code), 'no-restricted-properties')).toHaveLength(1);
  });

  it.each([
    'lib/messaging/probe.ts',
    'lib/db/probe.ts',
    'components/resume/use-probe.ts',
    'components/common/use-probe.ts',
  ])('the adapter %s may use the browser API', async (file) => {
    expect(await lint(file, wxtBrowser)).toEqual([]);
  });
});

describe('lib/ rooms import one way', () => {
  it('lib/ never imports components or entrypoints, adapters included', async () => {
    for (const [file, target] of [
      ['lib/posting/probe.ts', '../../components/common/section'],
      ['lib/db/probe.ts', '../../components/common/section'],
      ['lib/messaging/probe.ts', '../../entrypoints/background'],
    ] as const) {
      const hits = fired(
        await lint(file, `import * as m from '${target}';\nexport const x = m;\n`),
        'import-x/no-restricted-paths',
      );
      expect(hits, `${file} importing ${target}`).toHaveLength(1);
      expect(hits[0]!.message).toMatch(/lib\/ never imports UI or entrypoints/);
    }
  });

  it('posting and stories never import loop, and the message says what to do instead', async () => {
    for (const room of ['posting', 'stories']) {
      const hits = fired(
        await lint(
          `lib/${room}/probe.ts`,
          "import { planRounds } from '../loop/plan-rounds';\nexport const p = planRounds;\n",
        ),
        'import-x/no-restricted-paths',
      );
      expect(hits).toHaveLength(1);
      expect(hits[0]!.message).toMatch(
        /may import only rooms below it.*move the shared piece down/,
      );
    }
  });

  it('a legal downward import passes', async () => {
    const findings = await lint(
      'lib/loop/probe.ts',
      "import { checkStory } from '../stories/checks';\nexport const c = checkStory;\n",
    );
    expect(findings).toEqual([]);
  });

  // Every pair of domain rooms: at most one direction is allowed, so no two rooms lean on each
  // other, and a room added without a rank shows up here as well as in eslint.config.js.
  it('no two lib/ rooms may import each other', async () => {
    const domain = libRooms.filter((r) => !adapters.includes(r));
    const allowed = new Set<string>();
    for (const from of domain)
      for (const to of libRooms) {
        if (to === from) continue;
        const findings = await lint(
          `lib/${from}/probe.ts`,
          `import * as m from '${aModuleOf(to)}';\nexport const x = m;\n`,
        );
        const hits = fired(findings, 'import-x/no-restricted-paths');
        if (hits.length === 0) allowed.add(`${from}->${to}`);
        if (adapters.includes(to)) expect(hits, `lib/${from} importing lib/${to}`).toHaveLength(1);
      }
    const both = [...allowed].filter((e) => {
      const [a, b] = e.split('->');
      return allowed.has(`${b}->${a}`);
    });
    expect(both).toEqual([]);
    // Sanity: the rule is not simply refusing everything.
    expect(allowed.size).toBeGreaterThan(domain.length);
  }, 120_000);

  it('import cycles are refused', async () => {
    // plan-rounds imports plan-slots; plan-slots importing plan-rounds back closes a cycle.
    const findings = await lint(
      'lib/loop/plan-slots.ts',
      "import { planRounds } from './plan-rounds';\nexport const p = planRounds;\n",
      cycles,
    );
    expect(fired(findings, 'import-x/no-cycle')).toHaveLength(1);
  }, 120_000);
});

describe('components stay presentational', () => {
  const dbImport = "import { getDb } from '../../lib/db/db';\nexport const d = getDb;\n";
  it.each([
    'components/posting/probe.tsx',
    'components/common/probe.tsx',
    'components/plan/probe.ts',
    'components/resume/use-probe.tsx',
  ])('%s may not import lib/db or lib/messaging', async (file) => {
    for (const code of [
      dbImport,
      "import * as m from '../../lib/messaging/client';\nexport const x = m;\n",
    ]) {
      const hits = fired(await lint(file, code), 'import-x/no-restricted-paths');
      expect(hits).toHaveLength(1);
      expect(hits[0]!.message).toMatch(/use-\*\.ts hook/);
    }
  });
  it.each(['components/plan/use-probe.ts', 'components/common/use-probe.ts'])(
    'the hook %s may',
    async (file) => {
      const findings = await lint(file, dbImport);
      expect(fired(findings, 'import-x/no-restricted-paths')).toEqual([]);
    },
  );
});

describe('library owners', () => {
  it('compromise is imported by lib/nlp only', async () => {
    const code = "import nlp from 'compromise';\nexport const n = nlp;\n";
    const hits = fired(await lint('lib/resume/probe.ts', code), 'no-restricted-imports');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toMatch(/lib\/nlp/);
    expect(fired(await lint('lib/nlp/probe.ts', code), 'no-restricted-imports')).toEqual([]);
  });
  it('dexie is imported by lib/db only', async () => {
    const code = "import Dexie from 'dexie';\nexport const d = Dexie;\n";
    expect(fired(await lint('lib/stories/probe.ts', code), 'no-restricted-imports')).toHaveLength(
      1,
    );
    expect(fired(await lint('lib/db/probe.ts', code), 'no-restricted-imports')).toEqual([]);
  });
});

describe('file names', () => {
  it.each([
    'lib/posting/pageFacts.ts',
    'components/posting/PostingView.tsx',
    'lib/text/word_count.ts',
  ])('%s is refused with a kebab-case name to use', async (file) => {
    const hits = fired(await lint(file, 'export const x = 1;\n'), 'local/kebab-case-file');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toMatch(/rename it to '[a-z0-9.-]+'/);
  });
  it.each(['lib/posting/page-facts.ts', 'tests/lib/posting/page-facts.test.ts', 'wxt.config.ts'])(
    '%s passes',
    async (file) => {
      expect(fired(await lint(file, 'export const x = 1;\n'), 'local/kebab-case-file')).toEqual([]);
    },
  );
});
