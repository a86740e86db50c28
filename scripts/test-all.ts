/**
 * `npm test`: every check a release needs, in order, stopping at the first failure:
 * typecheck, lint, format, unit + component tests, both builds, Chromium end-to-end (with the
 * release checks: manifests, size budgets, web-ext lint), Firefox end-to-end.
 * Ends with one plain "N passed, N failed" line summing the test runners' counts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { outDirVariable } from './out-dir';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
// A local parallel-build folder must not leak into the real run.
delete process.env[outDirVariable];
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

/** Each runner's counts file; removed before its step so a crashed step never reports old numbers. */
const countFiles = {
  vitest: path.join(tmp, 'vitest.json'),
  playwright: path.join(tmp, 'playwright.json'),
  firefox: path.join(tmp, 'firefox.tap'),
};
const clear = (file: string) => fs.rmSync(file, { force: true });

type Counts = { passed: number; failed: number };
const total: Counts = { passed: 0, failed: 0 };

function run(
  label: string,
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): boolean {
  process.stdout.write(`\n== ${label}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  process.stdout.write(
    `== ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  return r.status === 0;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitestCounts(): Counts {
  const j = readJson(countFiles.vitest) as
    { numPassedTests?: number; numFailedTests?: number } | undefined;
  return { passed: j?.numPassedTests ?? 0, failed: j?.numFailedTests ?? 0 };
}

function playwrightCounts(): Counts {
  const j = readJson(countFiles.playwright) as
    { stats?: { expected?: number; unexpected?: number; flaky?: number } } | undefined;
  return {
    passed: (j?.stats?.expected ?? 0) + (j?.stats?.flaky ?? 0),
    failed: j?.stats?.unexpected ?? 0,
  };
}

function add(c: Counts) {
  total.passed += c.passed;
  total.failed += c.failed;
}

function firefoxCounts(): Counts {
  const text = fs.existsSync(countFiles.firefox) ? fs.readFileSync(countFiles.firefox, 'utf8') : '';
  const num = (k: string) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { passed: num('pass'), failed: num('fail') };
}

const steps: Array<() => boolean> = [
  () => run('typecheck', bin('tsc'), ['--noEmit']),
  () => run('lint', bin('eslint'), ['.', '--max-warnings=0']),
  () => run('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']),
  () => {
    clear(countFiles.vitest);
    const ok = run('unit and component tests', bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${countFiles.vitest}`,
    ]);
    add(vitestCounts());
    return ok;
  },
  () => {
    // Speed is measured by benchmarks, not by timed unit tests; this one runs in the suite as a
    // guard against a hang (a quadratic pattern is 100 times over its target on these inputs).
    const ok = run('hostile-input benchmark (fails at 5 × target)', bin('tsx'), [
      'scripts/bench.ts',
      '--only',
      'hostile',
      '--check',
      '--slack',
      '5',
    ]);
    add({ passed: ok ? 1 : 0, failed: 0 });
    return ok;
  },
  () => run('build chrome-mv3', bin('wxt'), ['build']),
  () => run('build firefox-mv2', bin('wxt'), ['build', '-b', 'firefox']),
  () => {
    clear(countFiles.playwright);
    const ok = run('end-to-end (Chromium)', bin('playwright'), ['test', '--reporter=line,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: countFiles.playwright,
    });
    add(playwrightCounts());
    return ok;
  },
  () => {
    clear(countFiles.firefox);
    const out = fs.openSync(countFiles.firefox, 'w');
    process.stdout.write('\n== end-to-end (Firefox ESR)\n');
    const args = [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=tap',
      'tests/firefox/extension.test.ts',
    ];
    const r = spawnSync(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', out, 'inherit'],
    });
    fs.closeSync(out);
    process.stdout.write(fs.readFileSync(countFiles.firefox, 'utf8'));
    add(firefoxCounts());
    process.stdout.write(`== end-to-end (Firefox ESR): ${r.status === 0 ? 'ok' : 'FAILED'}\n`);
    return r.status === 0;
  },
];

let ok = true;
for (const step of steps) {
  const failedBefore = total.failed;
  if (!step()) {
    ok = false;
    // A step that failed without counting a failed test (a type error, a crash) still counts one.
    if (total.failed === failedBefore) total.failed += 1;
    break;
  }
}
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed\n`);
process.exitCode = ok && total.failed === 0 ? 0 : 1;
