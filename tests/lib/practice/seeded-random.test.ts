import { describe, expect, it } from 'vitest';
import { seededRandom, weightedSample } from '../../../lib/practice/seeded-random';

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const xs = Array.from({ length: 50 }, () => a());
    expect(xs).toEqual(Array.from({ length: 50 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('weightedSample', () => {
  it('draws distinct indexes and never a zero weight', () => {
    const picks = weightedSample([1, 0, 1, 1], 3, seededRandom(1));
    expect(new Set(picks).size).toBe(3);
    expect(picks).not.toContain(1);
    expect(weightedSample([0, 0], 2, seededRandom(1))).toEqual([]);
  });
});
