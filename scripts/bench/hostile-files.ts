/**
 * Hostile files through a real CLI process (`npm run -s cli -- lint|plan`): wall milliseconds and
 * peak memory (GNU time's maximum resident set size) of each, made here and never committed. The
 * targets are the issue's: every hostile file ends in under 20 s and 1 GB. Wall time counts the
 * process start-up (tsx), so on a loaded machine it is noisy: it is a benchmark, not a unit test
 * (tests/scripts/cli-hostile.test.ts checks the messages, exit codes and memory).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeHostileFiles } from '../../tests/fixtures/hostile-files';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

export const targets: Record<string, number> = {
  hostile_files_max_ms: 20_000,
  hostile_files_peak_mb: 1024,
};
export const worst: Record<string, string> = {};

function run(args: string[]): { ms: number; peakMb: number } {
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', 'peak-kb=%M', tsx, 'scripts/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const peak = Number(/peak-kb=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
  return { ms: performance.now() - started, peakMb: Math.round(peak / 1024) };
}

export async function measure(): Promise<Record<string, number>> {
  if (!fs.existsSync('/usr/bin/time')) return {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hostile-'));
  try {
    const at = await writeHostileFiles(dir);
    const runs: [string, string[]][] = [
      ...['shared.pdf', 'whitespace.pdf', 'paragraphs.docx', 'huge.pdf'].map(
        (f): [string, string[]] => [f, ['lint', at(f)]],
      ),
      ['backup.json', ['plan', '--stories', at('backup.json'), '--posting', 'x.html']],
    ];
    let maxMs = 0;
    let maxPeak = 0;
    for (const [name, args] of runs) {
      const { ms, peakMb } = run(args);
      if (ms > maxMs) [maxMs, worst.hostile_files_max_ms] = [ms, name];
      if (peakMb > maxPeak) [maxPeak, worst.hostile_files_peak_mb] = [peakMb, name];
    }
    return { hostile_files_max_ms: Math.round(maxMs), hostile_files_peak_mb: maxPeak };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
