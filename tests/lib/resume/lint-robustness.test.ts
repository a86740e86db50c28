import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintBullet } from '../../../lib/resume/lint-bullet';
import { lintResume } from '../../../lib/resume/lint-resume';
import { ruleIds } from '../../../lib/resume/schema';

// Random text at the linter: it never throws, always answers in the published shape, and stays fast.
const known = new Set<string>(ruleIds);

const word = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'Helped',
    'Led',
    'was',
    'built',
    'by',
    'I',
    'our',
    '40%',
    '$2M',
    '3x',
    'Python 3',
    '•',
    '-',
    '\n',
    '😀',
    'データ',
    'etc.',
  ),
);
const text = fc.array(word, { maxLength: 80 }).map((ws) => ws.join(' '));

describe('the linter on arbitrary text', () => {
  it('checks any bullet without throwing, with a 0-100 score and known rule ids', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
        ),
        (t) => {
          const result = lintBullet(t);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          for (const f of result.findings) {
            expect(known.has(f.rule)).toBe(true);
            expect(f.suggestion.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads any pasted resume without throwing', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), (lines) => {
        const report = lintResume(lines.join('\n'));
        for (const section of report.sections)
          for (const b of section.bullets) expect(typeof b.text).toBe('string');
      }),
      { numRuns: 100 },
    );
  });

  it('answers pathological input (its speed: bench lint_megabyte_bullet_ms)', () => {
    expect(lintBullet(`${'a'.repeat(50_000)} ${'1'.repeat(10_000)}%`).findings).not.toEqual([]);
    const report = lintResume(`${'- was '.repeat(5_000)}\n${'Experience\n'.repeat(2_000)}`);
    // One 30,000-character "bullet" of a repeated word and 2,000 empty headings: nothing to check.
    expect(report).toMatchObject({ bulletCount: 0, skipped: 0 });
  });
});
