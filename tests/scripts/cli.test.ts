// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spawnCli as cli } from '../factories/cli';

describe('cli command table', () => {
  it('--help lists every command with its arguments, exit 0', () => {
    const { status, stdout, stderr } = cli('--help');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    for (const line of [
      'npm run -s cli -- posting [FILE.html|FILE.json ...]',
      'npm run -s cli -- lint [FILE.txt|FILE.pdf|FILE.docx|FILE.json]',
      'npm run -s cli -- plan --stories FILE --posting FILE',
      'npm run -s cli -- opener --profile FILE [--posting FILE] [--variant short|standard]',
    ])
      expect(stderr).toContain(line);
  });
  it('refuses an unknown command (even one named like an object key), exit 2', () => {
    for (const name of ['bogus', 'toString']) {
      const { status, stderr } = cli(name);
      expect(status).toBe(2);
      expect(stderr).toContain(`unknown command '${name}'`);
    }
  });
  it('with no command prints the usage, exit 2', () => {
    const { status, stderr } = cli();
    expect(status).toBe(2);
    expect(stderr).toMatch(/^usage: npm run -s cli -- <posting\|lint\|plan\|opener\|read-aloud>/);
  });
});
