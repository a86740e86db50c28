import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { run as lint } from '../../scripts/cli/lint';
import { run as opener } from '../../scripts/cli/opener';
import { run as posting } from '../../scripts/cli/posting';
import { runCli } from '../factories/cli';

const profile = path.resolve(import.meta.dirname, '../../assets/samples/profile.json');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-terminal-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function write(name: string, data: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

/** ESC sequences that retitle the window and clear the screen, a CR, a C1 CSI and a bidi override. */
const hostile = '\u001b]0;owned\u0007\u001b[2J\rx\u009b31m\u202e';
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('the CLI prints file text safely', () => {
  it('the opener and its checks show control bytes from the profile as escapes', async () => {
    const sample = JSON.parse(fs.readFileSync(profile, 'utf8')) as Record<string, unknown>;
    const file = write(
      'profile.json',
      JSON.stringify({ ...sample, currentRole: `backend engineer ${hostile}` }),
    );
    const { code, out, err } = await runCli(opener, ['--profile', file]);
    expect(code).toBe(0);
    expect(out).toContain('\\u001b]0;owned\\u0007\\u001b[2J\\u000dx\\u009b31m\\u202e');
    expect(out).not.toMatch(control);
    expect(err).not.toMatch(control);
  });

  it('JSON on stdout escapes C1 and bidi controls and still parses to the same text', async () => {
    const bullets = write('bullets.json', JSON.stringify([`Led a team of 4 ${hostile}`]));
    const { code, out } = await runCli(lint, [bullets]);
    expect(code).toBe(0);
    expect(out).not.toMatch(control);
    const text = (JSON.parse(out) as { text: string }[])[0]?.text ?? '';
    expect(text).toContain('\u009b31m\u202e');
  });

  it('posting prints nothing on stdout when no file could be read', async () => {
    const empty = write('empty.html', '');
    const { code, out, err } = await runCli(posting, [empty]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('not a job posting');
  });
});
