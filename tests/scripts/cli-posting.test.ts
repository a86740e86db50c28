import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostingAnalysisSchema } from '../../lib/analysis/schema';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const pages = path.join(root, 'tests/fixtures/amazon-jobs');
const jsons = path.join(root, 'tests/fixtures/search-json');

function cli(...args: string[]) {
  const run = spawnSync(tsx, ['scripts/cli.ts', 'posting', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function analyses(stdout: string) {
  const parsed: unknown = JSON.parse(stdout);
  expect(Array.isArray(parsed)).toBe(true);
  return (parsed as unknown[]).map((item) => ({
    ...PostingAnalysisSchema.parse(item),
    extra: item as { url: string; locations: string[]; category: string },
  }));
}

describe('cli posting', () => {
  it('prints one analysis per page, with id, title, role, level, LPs, process and missing', () => {
    const { status, stdout, stderr } = cli(
      path.join(pages, 'full-en.html'),
      path.join(pages, 'missing-preferred.html'),
      path.join(pages, 'es-locale.html'),
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const [full, partial, spanish] = analyses(stdout);
    expect(full).toMatchObject({ id: '3000101', missing: [] });
    expect(full?.title).toBe('Software Development Engineer II, Parcel Routing');
    expect(full?.extra.url).toContain('/en/jobs/3000101/');
    expect(full?.extra.locations).toEqual(['Seattle, WA, USA', 'Bellevue, WA, USA']);
    expect(partial?.missing).toEqual(['preferredQualifications']);
    expect(spanish?.id).toBe('3000303');
  });

  it('reports a bad file and a bad element on stderr, still prints the good ones, and exits 1', () => {
    const missingFile = path.join(pages, 'no-such-page.html');
    const { status, stdout, stderr } = cli(
      path.join(jsons, 'mixed-bad.json'),
      missingFile,
      path.join(jsons, 'not-json.json'),
      path.join(pages, 'hostile.html'),
    );
    expect(status).toBe(1);
    expect(stderr).toContain(`${path.join(jsons, 'mixed-bad.json')}[1]: title:`);
    expect(stderr).toContain(`${path.join(jsons, 'mixed-bad.json')}[2]:`);
    expect(stderr).toContain(`${missingFile}: file not found`);
    expect(stderr).toContain('not-json.json: not valid JSON');
    const printed = analyses(stdout);
    expect(printed.map((a) => a.id)).toEqual(['3001111', '3001313', '3000606']);
    expect(printed[2]?.title).toBe('Support Engineer <img src=x onerror="window.__pwned=1">');
  });

  it('analyses the bundled sample posting when given no file', () => {
    const { status, stdout } = cli();
    expect(status).toBe(0);
    const [sample] = analyses(stdout);
    expect(sample?.id).toBe('1000001');
    expect(sample?.title).toMatch(/^Software Development Engineer II/);
    expect(sample?.extra.category).toBe('Software Development');
  });

  it('rejects an unknown option with usage and exit 2', () => {
    const { status, stderr } = cli('--frobnicate');
    expect(status).toBe(2);
    expect(stderr).toContain('usage:');
  });
});
