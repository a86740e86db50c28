import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { vi } from 'vitest';

// The two ways the CLI tests run a command: a real process (the exit-code and stdout contract
// that `npm run -s cli -- <command>` promises), or the command's `run` in this process, which
// skips a tsx start-up and a compromise load (seconds each) for every other case.

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/** `npm run -s cli -- ...args` as a real process: exit status, stdout and stderr. */
export function spawnCli(...args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const child = spawnSync(tsx, ['scripts/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/**
 * A command's `run` (scripts/cli/<command>.ts) in this process, with what it writes to stdout and
 * stderr captured; scripts/cli.ts only turns the returned code into the exit code.
 */
export async function runCli(
  run: (args: string[]) => Promise<number>,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await run(args);
    return { code, out, err };
  } finally {
    vi.restoreAllMocks();
  }
}
