/**
 * `npm test`: every check a release needs, in order, stopping at the first failure:
 * typecheck, lint and format (side by side), unit + component tests, both builds, Chromium
 * end-to-end (with the release checks: manifests, size budgets), Firefox end-to-end, and web-ext
 * lint, which runs beside the two end-to-end steps from the moment the Firefox build exists.
 * Ends with one plain "N passed, N failed" line summing the test runners' counts.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { outDirVariable } from './out-dir';
import { separateLintVariable } from './web-ext-lint';

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

/**
 * Runs a check in the background, its output kept and printed in one piece when it ends, so
 * checks that run side by side do not interleave their lines. Resolves to whether it passed.
 */
function runBeside(label: string, cmd: string, args: string[]): Promise<boolean> {
  const started = Date.now();
  const child = spawn(cmd, args, { cwd: root, env: process.env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const took = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n== ${label}\n${output}`);
      process.stdout.write(`== ${label}: ${code === 0 ? 'ok' : 'FAILED'} (${took} s)\n`);
      resolve(code === 0);
    });
  });
}

/** Checks that only read the sources, side by side: on 2 cores lint's 30 s leaves room for the others. */
async function staticChecks(): Promise<boolean> {
  const results = await Promise.all([
    runBeside('typecheck', bin('tsc'), ['--noEmit']),
    runBeside('lint', bin('eslint'), ['.', '--max-warnings=0']),
    runBeside('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']),
  ]);
  return results.every(Boolean);
}

/**
 * web-ext lint (about 30 s of one process) reads only the Firefox build: it starts once that
 * build is made and runs beside the end-to-end tests, which spend most of their time waiting on
 * the browsers; the last step waits for it.
 */
let webExtLint: Promise<boolean> | undefined;

const steps: Array<() => boolean | Promise<boolean>> = [
  staticChecks,
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
  () => {
    const ok = run('build firefox-mv2', bin('wxt'), ['build', '-b', 'firefox']);
    if (ok) webExtLint = runBeside('web-ext lint', bin('tsx'), ['scripts/web-ext-lint.ts']);
    return ok;
  },
  () => {
    clear(countFiles.playwright);
    const ok = run('end-to-end (Chromium)', bin('playwright'), ['test', '--reporter=line,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: countFiles.playwright,
      // web-ext lint runs on its own, beside this step (see webExtLint), not in a Chromium worker.
      [separateLintVariable]: 'separate',
    });
    add(playwrightCounts());
    return ok;
  },
  async () => {
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
    const linted = (await webExtLint) ?? false;
    add({ passed: linted ? 1 : 0, failed: linted ? 0 : 1 });
    return r.status === 0 && linted;
  },
];

let ok = true;
for (const step of steps) {
  const failedBefore = total.failed;
  if (!(await step())) {
    ok = false;
    // A step that failed without counting a failed test (a type error, a crash) still counts one.
    if (total.failed === failedBefore) total.failed += 1;
    break;
  }
}
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed\n`);
process.exitCode = ok && total.failed === 0 ? 0 : 1;
