import { describe, expect, it } from 'vitest';
import { bare, clip, conjugatePast, strongBaseOf, tokenize } from '../../../lib/resume/words';

describe('words', () => {
  it.each([
    ['build', 'built'],
    ['migrate', 'migrated'],
    ['simplify', 'simplified'],
    ['plan', 'planned'],
    ['deploy', 'deployed'],
  ])('conjugates %s to %s', (base, past) => {
    expect(conjugatePast(base)).toBe(past);
  });
  it.each([
    ['developing', 'develop'],
    ['creating', 'create'],
    ['leads', 'lead'],
    ['running', 'run'],
    ['simplifies', 'simplify'],
    ['banana', undefined],
  ])('finds the base of %s', (word, base) => {
    expect(strongBaseOf(word)).toBe(base);
  });
  it('keeps technical tokens whole and strips punctuation', () => {
    expect(tokenize('Used C++11, Node.js — and S3.')).toEqual([
      'Used',
      'C++11,',
      'Node.js',
      'and',
      'S3.',
    ]);
    expect(bare('"Designed,')).toBe('designed');
  });
  it('clips long rewrites with an ellipsis', () => {
    expect(clip('one two three four five', 3)).toBe('one two three …');
    expect(clip('one two.', 3)).toBe('one two');
  });
});
