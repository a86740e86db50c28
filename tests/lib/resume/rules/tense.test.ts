import { describe, expect, it } from 'vitest';
import { tense } from '../../../../lib/resume/rules/tense';
import { check } from './check';

describe('tense', () => {
  it.each([
    ['Developing a scheduler in Go', '"Developed a scheduler in Go"'],
    ['Lead the platform guild of 12 engineers', '"Led the platform guild of 12 engineers"'],
    ['Builds nightly data exports', '"Built nightly data exports"'],
    ['creating dashboards for the ops team', '"Created dashboards for the ops team"'],
    ['Spearheading the move to ARM instances', '"Spearheaded the move to ARM instances"'],
  ])('flags "%s" in a past role and suggests %s', (bullet, rewrite) => {
    const finding = check(tense, bullet);
    expect(finding?.rule).toBe('tense');
    expect(finding?.suggestion).toContain(rewrite);
  });

  it('accepts present tense in the current role', () => {
    expect(check(tense, 'Lead the platform guild of 12 engineers', true)).toBeUndefined();
    expect(check(tense, 'Developing a scheduler in Go', true)).toBeUndefined();
  });

  it.each(['Developed a scheduler in Go', 'Led the platform guild', 'Built with Rust'])(
    'does not flag "%s"',
    (b) => {
      expect(check(tense, b)).toBeUndefined();
    },
  );
});
