import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../scripts/cli/plan';
import { runCli } from '../factories/cli';

const root = path.resolve(import.meta.dirname, '../..');
const posting = path.join(root, 'tests/fixtures/amazon-jobs/full-en.html');
let dir = '';

const story = (id: string, lps: string[], extra: Record<string, unknown> = {}) => ({
  id,
  title: `Story ${id}`,
  situation: 'Our nightly billing job failed every Monday.',
  task: 'I had to make it reliable before quarter end.',
  action: 'I traced the failures to a timezone bug and I rewrote the scheduler.',
  result: 'Zero failures in 40 weeks.',
  lps,
  ...extra,
});

function write(name: string, data: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

interface Output {
  rounds: { name: string; kind: string; slots: { lp: string; storyId: string | null }[] }[];
  gaps: { round: string; lp: string }[];
  unused: string[];
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-plan-'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('cli plan', () => {
  it('prints rounds with slots, gaps and unused stories, each story at most once', async () => {
    const stories = write('stories.json', [
      story('a', ['ownership']),
      story('b', ['frugality']),
      story('c', ['customer-obsession']),
      story('d', ['think-big']),
    ]);
    const { code, out, err } = await runCli(run, ['--stories', stories, '--posting', posting]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const plan = JSON.parse(out) as Output;
    // `weak` is the one optional field: these one-line stories are all weak (too short to tell).
    expect(Object.keys(plan)).toEqual(['rounds', 'gaps', 'unused', 'weak']);
    const weak = (plan as unknown as { weak: Record<string, unknown>[] }).weak;
    expect(weak.length).toBeGreaterThan(0);
    for (const w of weak) expect(Object.keys(w)).toEqual(['round', 'lp', 'storyId', 'reasons']);
    expect(plan.rounds.at(-1)?.kind).toBe('bar-raiser');
    for (const r of plan.rounds)
      for (const s of r.slots) expect(Object.keys(s)).toEqual(['lp', 'storyId']);
    const used = plan.rounds.flatMap((r) => r.slots.flatMap((s) => (s.storyId ? [s.storyId] : [])));
    expect(new Set(used).size).toBe(used.length);
    expect([...used, ...plan.unused].sort()).toEqual(['a', 'b', 'c', 'd']);
    const empty = plan.rounds.flatMap((r) =>
      r.slots.filter((s) => !s.storyId).map((s) => ({ round: r.name, lp: s.lp })),
    );
    expect(plan.gaps).toEqual(empty);
  });

  it('reads the stories of an export file', async () => {
    const file = write('export.json', {
      format: 'loopready-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      stories: [story('only', ['ownership'])],
    });
    const { code, out } = await runCli(run, ['--stories', file, '--posting', posting]);
    expect(code).toBe(0);
    expect(out).toContain('"only"');
  });

  it.each([
    [[story('a', ['ownersihp'])], "stories[0].lps[0]: unknown principle 'ownersihp'"],
    [[story('a', ['ownership'], { result: undefined })], 'stories[0].result: required'],
    ['{oops', 'not valid JSON'],
  ])('rejects bad stories with a message naming the field', async (data, message) => {
    const { code, out, err } = await runCli(run, [
      '--stories',
      write('bad.json', data),
      '--posting',
      posting,
    ]);
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err).toContain(message);
  });

  it('says what is missing from the command line', async () => {
    expect((await runCli(run, ['--stories', 'x.json'])).err).toContain(
      '--posting FILE is required',
    );
    expect((await runCli(run, [])).code).toBe(2);
  });

  it('reports a posting file that cannot be read', async () => {
    const stories = write('ok.json', [story('a', ['ownership'])]);
    const { code, err } = await runCli(run, [
      '--stories',
      stories,
      '--posting',
      path.join(dir, 'nope.html'),
    ]);
    expect(code).toBe(2);
    expect(err).toContain('file not found');
  });

  it.each([
    ['empty.html', ''],
    ['random.html', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
  ])('names a posting file that holds no posting (%s) and exits 1', async (name, content) => {
    const stories = write('ok.json', [story('a', ['ownership'])]);
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    const { code, out, err } = await runCli(run, ['--stories', stories, '--posting', file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`${file}: not a job posting: no title and no description found`);
  });

  it('runs through npm run cli', async () => {
    const stories = write('npm.json', [story('a', ['ownership'])]);
    const { stdout } = await promisify(execFile)(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/cli.ts', 'plan', '--stories', stories, '--posting', posting],
      { cwd: root },
    );
    expect((JSON.parse(stdout) as Output).rounds.length).toBeGreaterThanOrEqual(4);
  });
});
