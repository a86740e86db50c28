import { describe, expect, it } from 'vitest';
import { drillDetail, prepBlocks } from '../../../lib/prep/prep-blocks';

describe('drillDetail', () => {
  it.each([
    [['coding', 'system-design'], /coding problems.*design basics/],
    [['data-analysis', 'behavioral'], /SQL and statistics/],
    [[], /qualifications as a checklist/],
  ] as const)('words drills for %j', (kinds, re) => {
    expect(drillDetail(kinds)).toMatch(re);
  });
});

describe('prepBlocks', () => {
  it('adds up to the twelve working days of the two-week plan', () => {
    expect(prepBlocks.reduce((n, b) => n + b.fullDays, 0)).toBe(12);
  });
});
