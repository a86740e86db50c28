import { describe, expect, it } from 'vitest';
import { countFillers, hasFiller } from '@/lib/practice/fillers';

describe('countFillers', () => {
  it.each([
    ['Um, so I, uh, fixed it.', 2],
    ['It was, like, slow.', 1],
    ['Like, nobody owned it.', 1],
    ['I would like to add that it looks like a leak.', 0],
    ['It was basically broken, you know.', 2],
    ['Do you know what I mean? You know how it goes.', 0],
    ['It was kind of slow and sort of flaky.', 2],
    ['What kind of cache? This kind of problem.', 0],
  ])('counts %j as %i fillers', (text, count) => {
    expect(countFillers(text).count).toBe(count);
  });

  it('lists the kinds found, most frequent first', () => {
    expect(countFillers('Um, um, basically, um.').kinds).toEqual([
      { label: 'um', count: 3 },
      { label: 'basically', count: 1 },
    ]);
  });
});

describe('hasFiller', () => {
  it('tells a clause with a filler from one without', () => {
    expect(hasFiller('and there was, like, a lot going on')).toBe(true);
    expect(hasFiller('I rewrote the loader')).toBe(false);
  });
});
