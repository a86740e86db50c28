import { describe, expect, it } from 'vitest';
import { tooShort } from '../../../../lib/resume/rules/too-short';
import { check } from './check';

describe('tooShort', () => {
  it.each(['Built APIs', 'Fixed bugs daily'])('flags "%s"', (bullet) => {
    expect(check(tooShort, bullet)?.suggestion).toContain('<verb> <what> using <how>');
  });
  it.each(['Built the search API for 3 apps', '', '開発したアプリ'])(
    'does not flag "%s"',
    (bullet) => {
      expect(check(tooShort, bullet)).toBeUndefined();
    },
  );
});
