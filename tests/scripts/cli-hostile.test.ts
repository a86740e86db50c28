import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostileFiles } from '../fixtures/hostile-files';

/**
 * Hostile files through a real `npm run -s cli` process, with its peak memory (GNU time's maximum
 * resident set size of the process tree's largest process): each must end in under 1 GB with a
 * clear message and exit 1. The files are made here, never committed. How fast each ends (under
 * 20 s) is a benchmark, `npm run bench -- --only hostile-files` (a timed unit test fails on a loaded
 * machine); the 60 s process timeout here only catches a hang.
 */
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-hostile-'));
const at = (name: string) => path.join(dir, name);

// Awaited in a block: a function returned from beforeAll would be run as its teardown.
beforeAll(async () => {
  await writeHostileFiles(dir);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function measured(...args: string[]) {
  const child = spawnSync('/usr/bin/time', ['-f', 'peak-kb=%M', tsx, 'scripts/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const peak = Number(/peak-kb=(\d+)/.exec(child.stderr)?.[1] ?? NaN) * 1024;
  const stderr = child.stderr.replace(/peak-kb=\d+\n?/, '');
  return { status: child.status, stdout: child.stdout, stderr, peak };
}

const gigabyte = 1024 ** 3;

describe.skipIf(!fs.existsSync('/usr/bin/time'))('the CLI on hostile files', () => {
  it.each([
    ['shared.pdf', /shared\.pdf: Can't read "shared\.pdf": part of its pages unpacks to more than/],
    ['whitespace.pdf', /whitespace\.pdf: Can't read "whitespace\.pdf": part of its pages unpacks/],
    [
      'paragraphs.docx',
      /paragraphs\.docx: Can't read "paragraphs\.docx": its part "word\/document\.xml"/,
    ],
    ['huge.pdf', /huge\.pdf: 3276\.8 MB, over the 10\.0 MB limit for a resume file/],
  ])(
    'lint %s ends fast and small, with a message and exit 1',
    (name, message) => {
      const out = measured('lint', at(name));
      expect(out.stderr).toMatch(message);
      expect(out.status).toBe(1);
      expect(out.stdout).toBe('');
      expect(out.peak).toBeLessThan(gigabyte);
    },
    60_000,
  );

  it('plan refuses a 700 MB backup by its size', () => {
    const out = measured('plan', '--stories', at('backup.json'), '--posting', 'x.html');
    expect(out.stderr).toContain(
      'is 700.0 MB, over the 50.0 MB LoopReady reads from a backup file',
    );
    expect(out.status).not.toBe(0);
    expect(out.peak).toBeLessThan(gigabyte);
  }, 60_000);
});
