import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PostingAnalysisSchema } from '../../lib/analysis/schema';
import { inputLimits } from '../../scripts/cli/load-postings';
import { run } from '../../scripts/cli/posting';
import { runCli, spawnCli } from '../factories/cli';

const root = path.resolve(import.meta.dirname, '../..');
const pages = path.join(root, 'tests/fixtures/amazon-jobs');
const jsons = path.join(root, 'tests/fixtures/search-json');

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
    const { status, stdout, stderr } = spawnCli(
      'posting',
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
    const { status, stdout, stderr } = spawnCli(
      'posting',
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
    const { status, stdout } = spawnCli('posting');
    expect(status).toBe(0);
    const [sample] = analyses(stdout);
    expect(sample?.id).toBe('1000001');
    expect(sample?.title).toMatch(/^Software Development Engineer II/);
    expect(sample?.extra.category).toBe('Software Development');
  });

  it('rejects an unknown option with usage and exit 2', () => {
    const { status, stderr } = spawnCli('posting', '--frobnicate');
    expect(status).toBe(2);
    expect(stderr).toContain('usage:');
  });
});

describe('cli posting on files that are not postings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-posting-'));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('names an empty page, random bytes and a too-deep page on stderr, and exits 1', async () => {
    const empty = write('empty.html', '');
    const random = write(
      'random.html',
      Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)),
    );
    const deep = write(
      'deep.html',
      `<h1 class="title">T</h1>${'<div>'.repeat(2000)}x${'</div>'.repeat(2000)}`,
    );
    const good = path.join(pages, 'full-en.html');
    const { code, out, err } = await runCli(run, [empty, random, deep, good]);
    expect(code).toBe(1);
    expect(err).toContain(`${empty}: not a job posting: no title and no description found`);
    expect(err).toContain(`${random}: not a job posting: no title and no description found`);
    expect(err).toContain(`${deep}: the page is nested too deeply to read`);
    expect(err).not.toContain('RangeError');
    expect((JSON.parse(out) as { id: string }[]).map((a) => a.id)).toEqual(['3000101']);
  });

  it('refuses a file over the size limit of its kind, naming the limit', async () => {
    const big = write('big.html', 'a'.repeat(inputLimits.html.bytes + 1));
    const { code, err } = await runCli(run, [big]);
    expect(code).toBe(1);
    expect(err).toContain(`${big}: file too large (5.0 MB; the limit for HTML postings is 5 MB)`);
  });
});
