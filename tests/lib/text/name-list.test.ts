import { describe, expect, it } from 'vitest';
import { joinNames } from '../../../lib/text/name-list';

describe('joinNames', () => {
  it('joins plain names with commas and "and" before the last', () => {
    expect(joinNames(['Ownership', 'Dive Deep', 'Earn Trust'])).toBe(
      'Ownership, Dive Deep and Earn Trust',
    );
    expect(joinNames(['Bias for Action', 'Frugality'])).toBe('Bias for Action and Frugality');
  });

  it('uses "or" when asked', () => {
    expect(joinNames(['Deliver Results', 'Think Big'], 'or')).toBe('Deliver Results or Think Big');
  });

  it('quotes every name when one holds its own comma or "and"', () => {
    expect(joinNames(['Are Right, A Lot', 'Earn Trust', 'Think Big'])).toBe(
      '“Are Right, A Lot”, “Earn Trust” and “Think Big”',
    );
    expect(joinNames(['Invent and Simplify', 'Frugality'], 'or')).toBe(
      '“Invent and Simplify” or “Frugality”',
    );
  });

  it('shows one name as it is, and nothing for none', () => {
    expect(joinNames(['Invent and Simplify'])).toBe('Invent and Simplify');
    expect(joinNames([])).toBe('');
  });
});
