import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Two projects: a DOM (happy-dom) for the tests that render or parse pages, plain Node for the
 * rest. Node starts in a fraction of the time, and most of lib/ is pure. A Node test that does
 * need a DOM can say so in its first line: `// @vitest-environment happy-dom`.
 */
const dom = [
  'tests/components/**/*.test.{ts,tsx}',
  'tests/entrypoints/**/*.test.{ts,tsx}',
  'tests/lib/posting/**/*.test.ts',
];
const cli = 'tests/scripts/**/*.test.ts';

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
          setupFiles: ['tests/setup.ts', 'tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // One worker serves many files instead of one fresh worker per file (3 to 4 times
          // faster here); tests/setup-fresh-modules.ts still gives each file fresh lib/ modules.
          isolate: false,
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...dom, cli, 'tests/e2e/**', 'tests/firefox/**', 'node_modules/**'],
          setupFiles: ['tests/setup-fresh-modules.ts', 'tests/setup.ts'],
        },
      },
      {
        extends: true,
        // Each CLI test starts a tsx process: seconds each on a busy two-core machine.
        test: {
          name: 'cli',
          environment: 'node',
          include: [cli],
          setupFiles: ['tests/setup.ts'],
          testTimeout: 90_000,
        },
      },
    ],
  },
});
