import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Three projects: a DOM (happy-dom) for the tests that render or parse pages, plain Node for the
 * rest, and the command line (cli). Node starts in a fraction of the time, and most of lib/ is pure. A Node test that does
 * need a DOM can say so in its first line: `// @vitest-environment happy-dom`.
 */
const dom = [
  'tests/components/**/*.test.{ts,tsx}',
  'tests/entrypoints/**/*.test.{ts,tsx}',
  'tests/lib/posting/**/*.test.ts',
];
const cli = 'tests/scripts/**/*.test.ts';

/**
 * A worker runs file after file instead of starting afresh for each (isolate: false): 3 to 5
 * times faster on two cores. What a file could leak to the next is reset per file by
 * tests/setup-fresh-modules.ts: our own modules (lib/ state such as the loaded NLP engine, caches)
 * and the fake extension APIs, inlined here so that they are re-created too. Libraries from
 * node_modules stay loaded, which is where the time goes.
 */
const sharedWorker = {
  isolate: false,
  server: { deps: { inline: ['@webext-core/fake-browser'] } },
};

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    mockReset: true,
    restoreMocks: true,
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: dom,
          ...sharedWorker,
          setupFiles: ['tests/setup-fresh-modules.ts', 'tests/setup.ts', 'tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...dom, cli, 'tests/e2e/**', 'tests/firefox/**', 'node_modules/**'],
          ...sharedWorker,
          setupFiles: ['tests/setup-fresh-modules.ts', 'tests/setup.ts'],
        },
      },
      {
        extends: true,
        // Most CLI tests call a command's run() in-process; the few that start a tsx process (exit
        // codes, the stdout contract) take seconds each on a busy two-core machine.
        test: {
          name: 'cli',
          environment: 'node',
          include: [cli],
          ...sharedWorker,
          setupFiles: ['tests/setup-fresh-modules.ts', 'tests/setup.ts'],
          testTimeout: 90_000,
        },
      },
    ],
  },
});
