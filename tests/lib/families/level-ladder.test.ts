import { describe, expect, it } from 'vitest';
import { levelBands } from '../../../lib/families/ids';
import {
  bandOrder,
  bandRank,
  isRankedBand,
  levelLabel,
  levelTitle,
  levelWordPatterns,
  plainBandWords,
} from '../../../lib/families/level-ladder';

describe('the level ladder', () => {
  it('orders every band but unknown, lowest first', () => {
    expect(bandOrder).toEqual(['intern', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8']);
    expect(bandRank('L6')).toBeGreaterThan(bandRank('L5'));
    expect(bandRank('intern')).toBe(0);
    expect(bandRank('unknown')).toBe(-1);
    expect(isRankedBand('L4')).toBe(true);
    expect(isRankedBand('unknown')).toBe(false);
    expect(isRankedBand('SDE II')).toBe(false);
  });

  it("labels a band with the family's name, else the generic one", () => {
    expect(levelLabel('software-engineer', 'L5')).toBe('SDE II, L5');
    expect(levelLabel('finance', 'L6')).toBe('Senior (L6)');
    expect(levelLabel('finance', 'unknown')).toBe('Unknown level');
  });

  it("gives the family's title without the band, only where the family names one", () => {
    expect(levelTitle('software-engineer', 'L4')).toBe('SDE I');
    expect(levelTitle('software-engineer', 'L6')).toBe('SDE III / Senior SDE');
    expect(levelTitle('software-engineer', 'intern')).toBeUndefined();
    expect(levelTitle('finance', 'L5')).toBeUndefined();
  });

  it('has plain words for every band', () => {
    for (const band of levelBands) expect(plainBandWords[band]).toMatch(/\broles\b/);
  });

  it.each([
    ['intern', 'Software Development Engineer Intern'],
    ['explicit', 'Data Engineer (L5)'],
    ['seniorPrincipal', 'Sr. Principal Engineer'],
    ['director', 'Director, Ads Measurement'],
    ['principal', 'Principal Product Manager'],
    ['senior', 'Sr. Data Scientist'],
    ['newGrad', 'Software Engineer, New Grad'],
  ] as const)('the %s words are read in %j', (word, title) => {
    expect(levelWordPatterns[word].test(title)).toBe(true);
  });

  it('does not read level words inside other words', () => {
    expect(levelWordPatterns.intern.test('International Payments Engineer')).toBe(false);
    expect(levelWordPatterns.senior.test('Sensor Engineer')).toBe(false);
    expect(levelWordPatterns.explicit.test('Level-headed L10 planner')).toBe(false);
  });
});
