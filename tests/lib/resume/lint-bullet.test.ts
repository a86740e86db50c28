import { describe, expect, it } from 'vitest';
import { lintBullet } from '../../../lib/resume/lint-bullet';
import { cleanBullet, isEnglish } from '../../../lib/resume/read-line';
import { LintedBulletSchema } from '../../../lib/resume/schema';

const rules = (text: string, current = false) =>
  lintBullet(text, { current }).findings.map((f) => f.rule);

describe('lintBullet', () => {
  it('gives a strong bullet 100 and no findings', () => {
    const result = lintBullet('• Cut checkout latency by 35% for 2M shoppers');
    expect(result).toMatchObject({
      text: 'Cut checkout latency by 35% for 2M shoppers',
      findings: [],
      score: 100,
    });
    expect(LintedBulletSchema.parse(result)).toEqual(result);
  });
  it('scores weaker bullets lower', () => {
    const weak = lintBullet('Helped with various things');
    expect(weak.score).toBeLessThan(60);
    expect(rules('Helped with various things')).toEqual([
      'weak-opener',
      'no-metric',
      'too-short',
      'filler',
    ]);
  });
  it('treats a bullet on its own as a past role, and present tense as fine in the current one', () => {
    expect(rules('Lead a team of five')).toContain('tense');
    expect(rules('Lead a team of five', true)).not.toContain('tense');
  });
  it('names the LPs a bullet shows', () => {
    expect(lintBullet('Interviewed 40 customers to find their top pain points').lps).toContain(
      'customer-obsession',
    );
  });
  it.each([
    ['lowercase', 'built a cache for 3 services'],
    ['emoji', '🔥🔥 Shipped 3 releases 🚀'],
    ['non-English', 'Entwickelte eine App für die Kunden der Bank'],
    ['CJK', '開発したアプリで売上を20%伸ばした'],
    ['200 words', Array.from({ length: 200 }, () => 'optimized').join(' ')],
    ['empty', '   '],
    ['only symbols', '•••'],
  ])('does not crash on %s text and gives a 0-100 score', (_, text) => {
    const result = lintBullet(text);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(100);
  });
  it('stays silent on verb rules for other languages', () => {
    expect(isEnglish('Entwickelte eine App für die Kunden der Bank')).toBe(false);
    expect(rules('Entwickelte eine App für die Kunden der Bank')).toEqual(['no-metric']);
    expect(isEnglish('Built the API for the team')).toBe(true);
  });
  it('checks a megabyte line without quoting it back (its speed: bench lint_megabyte_bullet_ms)', () => {
    const result = lintBullet(`Built ${'x'.repeat(1_000_000)}`);
    expect(result.findings.map((f) => f.rule)).toContain('no-metric');
    for (const f of result.findings)
      expect(`${f.message} ${f.suggestion ?? ''}`.length).toBeLessThan(400);
  });
  it('strips markers', () => {
    expect(cleanBullet('  1. Did   it ')).toBe('Did it');
    expect(cleanBullet('– Shipped')).toBe('Shipped');
  });
});

describe('lintBullet score', () => {
  it('scores a three-word line with no number below a longer line that shows real work', () => {
    const thin = lintBullet('Wrote unit tests');
    const real = lintBullet(
      'Worked on the migration of the billing service to AWS, cutting hosting costs by 30%',
    );
    expect(thin.score).toBeLessThanOrEqual(50);
    expect(real.score).toBeGreaterThan(thin.score);
  });
  it('does not cap a short line that carries its number', () => {
    expect(lintBullet('Cut hosting costs 30%').score).toBeGreaterThan(90);
  });
});
