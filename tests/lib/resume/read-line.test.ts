import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { cleanBullet, isEnglish, maxChars, readLine } from '../../../lib/resume/read-line';

beforeAll(() => loadNlp());

describe('cleanBullet', () => {
  it('strips list markers and squeezes whitespace', () => {
    expect(cleanBullet('  • Cut   build times\tby 40%  ')).toBe('Cut build times by 40%');
    expect(cleanBullet('- Led the on-call rota')).toBe('Led the on-call rota');
    expect(cleanBullet('3) Wrote the runbook')).toBe('Wrote the runbook');
  });

  it('keeps a number that starts the bullet', () => {
    expect(cleanBullet('40% fewer pages after the cache')).toBe('40% fewer pages after the cache');
  });
});

describe('isEnglish', () => {
  it('reads English and stays silent on other languages', () => {
    expect(isEnglish('Built the billing service for the payments team')).toBe(true);
    expect(isEnglish('Entwicklung der Plattform und Betreuung von den Kunden mit Python')).toBe(
      false,
    );
    expect(isEnglish('負荷試験を自動化した')).toBe(false);
  });
});

describe('readLine', () => {
  it('reads a bullet once: its text, words, passive and rewrite', () => {
    const reading = readLine('• The importer was written in Rust');
    expect(reading.text).toBe('The importer was written in Rust');
    expect(reading.english).toBe(true);
    expect(reading.kind).toBeUndefined();
    expect(reading.passive()).toEqual({ phrase: 'was written', firstClause: true });
    expect(readLine('• The importer was written in Rust')).toBe(reading);
  });

  it('says what a line is when it is not a bullet', () => {
    expect(readLine('Head TA for CS24').kind).toEqual({
      kind: 'title',
      title: 'Head TA',
      award: false,
    });
    expect(readLine('Head TA for CS24').rewrite()?.kind).toBe('title');
  });

  it('reads a pasted megabyte line on its start only', () => {
    const reading = readLine(`Wrote ${'very '.repeat(250_000)}long notes`);
    expect(reading.text.length).toBeLessThanOrEqual(maxChars);
    expect(reading.text.startsWith('Wrote very very')).toBe(true);
  });
});
