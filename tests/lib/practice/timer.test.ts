import { describe, expect, it } from 'vitest';
import { formatClock, readTimer } from '../../../lib/practice/timer';

describe('readTimer', () => {
  it.each([
    [0, '0:00', 'building', []],
    [74_999, '1:14', 'building', []],
    [75_000, '1:15', 'wrap-up', [75]],
    [119_000, '1:59', 'wrap-up', [75]],
    [120_000, '2:00', 'over', [75, 120]],
    [-5, '0:00', 'building', []],
  ])('at %i ms shows %s (%s)', (ms, clock, phase, marks) => {
    const r = readTimer(ms);
    expect([r.clock, r.phase, r.marks]).toEqual([clock, phase, marks]);
  });

  it('tells the user to land the result at 75 s and to stop at 2 min', () => {
    expect(readTimer(80_000).message).toMatch(/result/);
    expect(readTimer(130_000).message).toMatch(/stop/);
  });
});

describe('formatClock', () => {
  it('pads seconds', () => {
    expect(formatClock(65)).toBe('1:05');
  });
});
