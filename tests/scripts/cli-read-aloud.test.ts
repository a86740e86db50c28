import { describe, expect, it, vi } from 'vitest';
import { run } from '../../scripts/cli/read-aloud';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await run(args), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

// The read-aloud script prints what a user reads; these are the cases issue 20 found by ear.
describe('cli read-aloud', () => {
  it('prints practice, plan, prep plan and opener sentences for our fixtures', async () => {
    const { code, out } = await cli([]);
    expect(code).toBe(0);
    for (const section of [
      '== Practice: ',
      '== Posting: full-en.html ==',
      'Round plan:',
      'Prep plan, interview in 2 days:',
      'Opener (',
    ]) {
      expect(out).toContain(section);
    }
    expect(out).not.toMatch(/“Um”|undefined|NaN|told you that we|\(first-line manager\)|L5 L5/);
    expect(out).not.toMatch(
      /weekends are work days too[\s\S]*?\n  - 2026-12-07 .*\n  - 2026-12-08 Day before/,
    );
  }, 60_000);

  it('names a file it cannot read and exits 2', async () => {
    const { code, err } = await cli(['--stories', '/nonexistent/stories.json']);
    expect(code).toBe(2);
    expect(err).toMatch(/^loopready read-aloud: /);
  });
});
