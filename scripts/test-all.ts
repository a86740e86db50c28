/**
 * `npm test`: every check a release needs, in order, stopping at the first failure:
 * typecheck, lint, format, unit + component tests, both builds, Chromium end-to-end (with the
 * release checks: manifests, size budgets, web-ext lint), Firefox end-to-end.
 * Ends with one plain "N passed, N failed" line summing the test runners' counts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
// Local parallel-build overrides must not leak into the real run.
delete process.env.WXT_OUT_DIR;
delete process.env.LOOPREADY_EXT_DIR;
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

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
  const j = readJson(path.join(tmp, 'vitest.json')) as
    { numPassedTests?: number; numFailedTests?: number } | undefined;
  return { passed: j?.numPassedTests ?? 0, failed: j?.numFailedTests ?? 0 };
}

function playwrightCounts(): Counts {
  const j = readJson(path.join(tmp, 'playwright.json')) as
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
  const text = fs.existsSync(path.join(tmp, 'firefox.tap'))
    ? fs.readFileSync(path.join(tmp, 'firefox.tap'), 'utf8')
    : '';
  const num = (k: string) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { passed: num('pass'), failed: num('fail') };
}

const steps: Array<() => boolean> = [
  () => run('typecheck', bin('tsc'), ['--noEmit']),
  () => run('lint', bin('eslint'), ['.', '--max-warnings=0']),
  () => run('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']),
  () => {
    const ok = run('unit and component tests', bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.join(tmp, 'vitest.json')}`,
    ]);
    add(vitestCounts());
    return ok;
  },
  () => run('build chrome-mv3', bin('wxt'), ['build']),
  () => run('build firefox-mv2', bin('wxt'), ['build', '-b', 'firefox']),
  () => {
    const ok = run('end-to-end (Chromium)', bin('playwright'), ['test', '--reporter=line,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(tmp, 'playwright.json'),
    });
    add(playwrightCounts());
    return ok;
  },
  () => {
    const out = fs.openSync(path.join(tmp, 'firefox.tap'), 'w');
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
    process.stdout.write(fs.readFileSync(path.join(tmp, 'firefox.tap'), 'utf8'));
    add(firefoxCounts());
    process.stdout.write(`== end-to-end (Firefox ESR): ${r.status === 0 ? 'ok' : 'FAILED'}\n`);
    return r.status === 0;
  },
];

let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    break;
  }
}
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed\n`);
process.exitCode = ok && total.failed === 0 ? 0 : 1;
