import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintResume } from '../../../lib/resume/lint-resume';

const sample = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../../assets/samples/resume.txt'),
  'utf8',
);

describe('lintResume', () => {
  const report = lintResume(sample);
  it('checks achievement sections only (not skills or coursework)', () => {
    expect(report.sections.map((s) => s.kind)).toEqual(['experience', 'projects']);
    expect(report.bulletCount).toBe(13);
  });
  it('accepts present tense in the current role only', () => {
    const bullets = report.sections[0]!.bullets;
    expect(bullets[0]!.current).toBe(true);
    expect(bullets[0]!.findings.map((f) => f.rule)).not.toContain('tense');
    expect(bullets[4]!.findings.map((f) => f.rule)).toContain('tense');
  });
  it('averages bullet scores into the resume score', () => {
    const all = report.sections.flatMap((s) => s.bullets);
    expect(report.score).toBe(Math.round(all.reduce((s, b) => s + b.score, 0) / all.length));
  });
  it('flags a verb repeated across the resume', () => {
    const text = [
      'EXPERIENCE',
      ...[1, 2, 3].map((n) => `- Built service ${n} for ${n}0 teams`),
    ].join('\n');
    const bullets = lintResume(text).sections[0]!.bullets;
    expect(bullets[2]!.findings.map((f) => f.rule)).toEqual(['repeated-verb']);
    expect(bullets[2]!.score).toBe(95);
  });
  it('caps the number of checked bullets and says how many were skipped', () => {
    const text = Array.from({ length: 50 }, (_, i) => `- Shipped release ${i} to 10 users`).join(
      '\n',
    );
    const capped = lintResume(text, 20);
    expect([capped.bulletCount, capped.skipped]).toEqual([20, 30]);
  });
  it('gives an empty report for empty text', () => {
    expect(lintResume('')).toEqual({
      sections: [],
      score: 0,
      bulletCount: 0,
      skipped: 0,
      unchecked: [],
    });
  });
});
