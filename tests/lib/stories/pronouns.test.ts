import { describe, expect, it } from 'vitest';
import { countPronouns, weDominates } from '../../../lib/stories/pronouns';

describe('countPronouns', () => {
  it.each([
    ['I wrote the design and we reviewed it.', { i: 1, we: 1 }],
    ["We decided, we built, and our team shipped. I'd helped.", { i: 1, we: 3 }],
    ['My manager asked me; I said yes myself.', { i: 4, we: 0 }],
    ['We launched in the US first.', { i: 0, we: 1 }],
  ])('counts "%s"', (text, expected) => {
    expect(countPronouns(text)).toEqual(expected);
  });
});

describe('weDominates', () => {
  it.each([
    [{ i: 0, we: 1 }, true],
    [{ i: 2, we: 3 }, true],
    [{ i: 2, we: 2 }, false],
    [{ i: 0, we: 0 }, false],
  ])('%j -> %s', (counts, expected) => {
    expect(weDominates(counts)).toBe(expected);
  });
});
