import { describe, expect, it } from 'vitest';
import { levelCertainty } from '../../../lib/analysis/level-certainty';
import type { Level } from '../../../lib/analysis/schema';

const level = (over: Partial<Level>): Level => ({
  band: 'L5',
  label: 'L5',
  rationale: [],
  years: null,
  ...over,
});

describe('levelCertainty', () => {
  it('says "likely" with the runner-up for a band read from the years', () => {
    expect(levelCertainty(level({ confidence: 0.8, alternative: 'L4' }))).toBe(
      'L5, likely; L4 possible',
    );
  });

  it('says "stated" when the title prints the level, and "a guess" for an assumed band', () => {
    expect(levelCertainty(level({ confidence: 0.95, alternative: null }))).toBe('L5, stated');
    expect(levelCertainty(level({ confidence: 0.5, alternative: 'L6' }))).toBe(
      'L5, a guess; L6 possible',
    );
  });

  it('claims nothing for an unknown band or an analysis saved before confidence existed', () => {
    expect(levelCertainty(level({ band: 'unknown', confidence: 0 }))).toBe('');
    expect(levelCertainty(level({}))).toBe('');
  });
});
