import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/cli/opener';
import { runCli } from '../factories/cli';

const root = path.resolve(import.meta.dirname, '../..');
const sampleProfile = path.join(root, 'assets/samples/profile.json');
const samplePosting = path.join(root, 'assets/samples/posting.json');
let dir = '';

function writeJson(name: string, data: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

const sample = JSON.parse(fs.readFileSync(sampleProfile, 'utf8')) as Record<string, unknown>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-opener-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cli opener', () => {
  it('prints the opener on stdout and its length on stderr', async () => {
    const { code, out, err } = await runCli(run, ['--profile', sampleProfile]);
    expect(code).toBe(0);
    expect(out).toContain('backend software engineer');
    expect(err).toMatch(/^\d+ words, about \d+ s spoken\n/);
  });

  it("ties the opener to the posting's role", async () => {
    const { code, out } = await runCli(run, [
      '--profile',
      sampleProfile,
      '--posting',
      samplePosting,
    ]);
    expect(code).toBe(0);
    expect(out).toContain(
      'the Software Development Engineer II role on the Checkout Experience team',
    );
  });

  it('gives a shorter opener with --variant short', async () => {
    const short = await runCli(run, ['--profile', sampleProfile, '--variant=short']);
    const standard = await runCli(run, ['--profile', sampleProfile, '--variant', 'standard']);
    expect(short.out.split(/\s+/).length).toBeLessThan(standard.out.split(/\s+/).length);
    expect(short.out.trim().split(/\s+/).length).toBeLessThanOrEqual(75);
  });

  it('exits 1 with the message when the reason is generic', async () => {
    const file = writeJson('generic.json', {
      ...sample,
      reason: 'It is a great company with an innovative culture.',
    });
    const { code, err } = await runCli(run, ['--profile', file]);
    expect(code).toBe(1);
    expect(err).toContain('generic');
    expect(err).toContain('"great company"');
  });

  it('reads the profile out of a whole export file', async () => {
    const file = writeJson('export.json', {
      format: 'loopready-export',
      version: 1,
      profile: sample,
      stories: [],
    });
    const { code, out } = await runCli(run, ['--profile', file]);
    expect(code).toBe(0);
    expect(out).toContain('payments and billing systems');
  });

  it.each([
    [{ ...sample, yearsExperience: 'five' }, 'yearsExperience'],
    [{ ...sample, amazonProducts: [{ why: 'no name' }] }, 'amazonProducts[0].name'],
    [(({ domain: _d, ...rest }) => rest)(sample), "missing field 'domain'"],
  ])('exits 2 naming the bad field (%#)', async (profile, field) => {
    const { code, err } = await runCli(run, ['--profile', writeJson('bad.json', profile)]);
    expect(code).toBe(2);
    expect(err).toContain(field);
  });

  it.each([
    [[], '--profile FILE is required'],
    [['--profile', 'nope.json'], 'file not found'],
    [['--profile', sampleProfile, '--variant', 'long'], 'short or standard'],
    [['--profile', sampleProfile, '--bogus'], "unknown argument '--bogus'"],
    [['--profile', sampleProfile, '--posting', 'missing.json'], 'posting missing.json'],
  ])('exits 2 on bad arguments %j', async (args, message) => {
    const { code, err } = await runCli(run, args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('runs through npm run -s cli as the documented contract', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      'npm',
      ['run', '-s', 'cli', '--', 'opener', '--profile', sampleProfile, '--variant', 'short'],
      { cwd: root },
    );
    expect(stdout).toContain("I'm a backend software engineer");
    expect(stderr).toMatch(/\d+ words, about \d+ s spoken/);
  });
});
