import { describe, expect, it } from 'vitest';
import { distinctQuotes, nearlySame } from '../../../lib/text/near-duplicate';

describe('nearlySame', () => {
  it('is true when one quote sits inside the other, whatever the case and cut marks', () => {
    expect(
      nearlySame('own the roadmap for payments', 'You will Own the roadmap for payments…'),
    ).toBe(true);
  });

  it('is true when four in five of the shorter quote’s words are in the longer one', () => {
    expect(
      nearlySame('dive deep into metrics daily', 'dive deep into the metrics every day, daily'),
    ).toBe(true);
  });

  it('is false for different sentences, and for empty text', () => {
    expect(nearlySame('own the roadmap for payments', 'hire and develop the best')).toBe(false);
    expect(nearlySame('', 'own the roadmap')).toBe(false);
    expect(nearlySame('…', 'own the roadmap')).toBe(false);
  });
});

describe('distinctQuotes', () => {
  it('keeps the first of near-identical quotes, in order, and drops empty ones', () => {
    expect(
      distinctQuotes([
        'Own the roadmap for payments across regions',
        '',
        'Hire and grow a team of six',
        'own the roadmap for payments…',
      ]),
    ).toEqual(['Own the roadmap for payments across regions', 'Hire and grow a team of six']);
  });
});
