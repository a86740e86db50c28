import { describe, expect, it } from 'vitest';
import { detectPrincipleClauses } from '@/lib/principles/clause-evidence';
import { endsDangling } from '@/lib/text/clauses';

describe('detectPrincipleClauses', () => {
  it('quotes the whole clause around each signal, once across principles', () => {
    const text =
      'The new hires were lost. I brought them up to speed in two days, and I cut 20% of the merit budget, and the team accepted.';
    const found = detectPrincipleClauses(text);
    const quotes = found.flatMap((p) => p.evidence);
    expect(new Set(quotes).size).toBe(quotes.length);
    for (const quote of quotes) {
      expect(text).toContain(quote.replace(/…$/, ''));
      expect(endsDangling(quote)).toBe(false);
    }
  });
});
