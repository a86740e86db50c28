import { describe, expect, it } from 'vitest';
import {
  clauseAt,
  clausesOf,
  clausesOfText,
  endsDangling,
  quotable,
  sentencesOf,
  trimDangling,
} from '@/lib/text/clauses';

describe('endsDangling / trimDangling', () => {
  it.each([
    ['of the merit budget, and the', true],
    ['the raise would put the', true],
    ['brought them up to speed', false],
    ['it was better after that', false],
    ['showed the VP data that', true],
    ['compared with 37 reissues', false],
  ])('%j dangles: %s', (phrase, dangles) => {
    expect(endsDangling(phrase)).toBe(dangles);
  });

  it('drops trailing dangling words and punctuation', () => {
    expect(trimDangling('of the merit budget, and the')).toBe('of the merit budget');
  });
});

describe('clauses', () => {
  it('splits sentences at end marks and line breaks', () => {
    expect(sentencesOf('I did it. Then it worked!\nDone')).toEqual([
      'I did it.',
      'Then it worked!',
      'Done',
    ]);
  });

  it('splits a sentence at semicolons and at a comma before a conjunction, not inside a list', () => {
    expect(
      clausesOf('I joined payroll, HRIS and review data; it took a week, and it paid off.'),
    ).toEqual(['I joined payroll, HRIS and review data', 'it took a week', 'and it paid off']);
    expect(clausesOfText('One. Two, which mattered.')).toEqual(['One', 'Two', 'which mattered']);
  });

  it('finds the whole clause around a position', () => {
    const text = 'The team was new. I brought them up to speed in two days, and we shipped.';
    expect(clauseAt(text, text.indexOf('up to speed'))).toBe(
      'I brought them up to speed in two days',
    );
    expect(clauseAt(text, -1)).toBe('');
  });

  it('keeps short clauses whole and cuts long ones at a whole word', () => {
    expect(quotable('I fixed it')).toBe('I fixed it');
    expect(quotable('a b c d e f g h i j k l m n of the budget was gone today', 18)).toBe(
      'a b c d e f g h i j k l m n…',
    );
  });
});
