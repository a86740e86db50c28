import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { LintedBulletSchema } from '../../lib/resume/schema';
import { run } from '../../scripts/cli/lint';
import { runCli, spawnCli } from '../factories/cli';

/** The lint command in this process, with the names a spawned process gives its results. */
async function cli(...args: string[]) {
  const { code, out, err } = await runCli(run, args);
  return { status: code, stdout: out, stderr: err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-lint-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}
const OutputSchema = z.array(z.strictObject(LintedBulletSchema.shape));

describe('cli lint', () => {
  it('checks the bundled sample resume when no FILE is given', () => {
    const { status, stdout } = spawnCli('lint');
    expect(status).toBe(0);
    const bullets = OutputSchema.parse(JSON.parse(stdout));
    expect(bullets.length).toBe(13);
    expect(bullets.some((b) => b.findings.some((f) => f.rule === 'weak-opener'))).toBe(true);
  });

  it('checks each element of a JSON array on its own, as a past role', async () => {
    const file = write(
      'bullets.json',
      JSON.stringify(['Lead a team of five', { text: 'Helped build the API', id: 7 }]),
    );
    const { status, stdout } = await cli(file);
    expect(status).toBe(0);
    const [lead, helped] = OutputSchema.parse(JSON.parse(stdout));
    expect(lead?.findings.map((f) => f.rule)).toEqual(['tense']);
    expect(helped?.findings[0]).toMatchObject({ rule: 'weak-opener', severity: 'error' });
    expect(helped?.findings[0]?.suggestion).toContain('"Built the API"');
  });

  it('detects sections and the current role in a .txt resume', async () => {
    const file = write(
      'cv.txt',
      'EXPERIENCE\nEngineer, Acme  Jan 2024 - Present\n- Lead the search team of 6\nSKILLS\n- Go',
    );
    const bullets = OutputSchema.parse(JSON.parse((await cli(file)).stdout));
    expect(bullets).toEqual([
      { text: 'Lead the search team of 6', findings: [], score: 100, lps: expect.any(Array) },
    ]);
  });

  it.each([
    ['missing.json', null, 'no such file', 1],
    ['bad.json', '{"text": "x"}', 'expected an array of strings or of objects with "text"', 1],
    ['broken.json', '[1,', 'not valid JSON', 1],
    ['cv.pdf', 'not a pdf', 'Couldn\'t read "cv.pdf" as PDF', 1],
    ['cv.png', 'x', 'unsupported file type', 2],
  ])('fails clearly on %s', async (name, content, message, code) => {
    const file = content === null ? path.join(dir, name) : write(name, content);
    const { status, stdout, stderr } = await cli(file);
    expect(status).toBe(code);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('skips empty bullets in a JSON list instead of scoring them 100', async () => {
    const file = write(
      'blank.json',
      JSON.stringify(['', '   ', 'Cut build time by 40% for 6 teams']),
    );
    const bullets = OutputSchema.parse(JSON.parse((await cli(file)).stdout));
    expect(bullets.map((b) => b.text)).toEqual(['Cut build time by 40% for 6 teams']);
  });

  it('lints a UTF-16 resume (with its BOM) as text', async () => {
    const text = 'EXPERIENCE\r\n- Cut build time by 40% for 6 teams\r\n';
    const file = write('utf16.txt', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
    const { status, stdout } = await cli(file);
    expect(status).toBe(0);
    expect(OutputSchema.parse(JSON.parse(stdout)).map((b) => b.text)).toEqual([
      'Cut build time by 40% for 6 teams',
    ]);
  });

  it.each([
    [
      'random.txt',
      new Uint8Array(8_192).map((_, i) => (i * 7919 + 13) % 256),
      'Can\'t read "random.txt": it is not UTF-8 text',
    ],
    [
      'nul.txt',
      new Uint8Array([...Buffer.from('- Led the team'), 0, 0, ...Buffer.from('- Built it')]),
      'it holds binary data (NUL or control characters), not text',
    ],
    [
      'huge.json',
      new Uint8Array(6 * 1024 * 1024).fill(0x20),
      '6.0 MB, over the 5.0 MB limit for a .json bullet list',
    ],
    [
      'huge.txt',
      new Uint8Array(11 * 1024 * 1024).fill(0x41),
      '11.0 MB, over the 10.0 MB limit for a resume file',
    ],
    [
      'many.json',
      Buffer.from(JSON.stringify(Array(5_001).fill('Led it'))),
      '5001 bullets, over the limit of 5000',
    ],
  ])('refuses %s, naming the file and the reason', async (name, content, message) => {
    const file = write(name, content);
    const { status, stdout, stderr } = await cli(file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(file);
    expect(stderr).toContain(message);
  });
});
