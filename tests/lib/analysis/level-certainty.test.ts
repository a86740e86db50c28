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
      'Likely; L4 is also possible.',
    );
  });

  it('says the posting states it when the title prints the level, and "a guess" for an assumed band', () => {
    // The badge before it already says "SDE II, L5": no "SDE II, L5 L5, stated" (issue 20).
    expect(levelCertainty(level({ confidence: 0.95, alternative: null }))).toBe(
      'The posting states it.',
    );
    expect(levelCertainty(level({ confidence: 0.5, alternative: 'L6' }))).toBe(
      'A guess; L6 is also possible.',
    );
  });

  it('claims nothing for an unknown band or an analysis saved before confidence existed', () => {
    expect(levelCertainty(level({ band: 'unknown', confidence: 0 }))).toBe('');
    expect(levelCertainty(level({}))).toBe('');
  });
});
