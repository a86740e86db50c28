import { describe, expect, it } from 'vitest';
import { readableLocation, readableLocations } from '../../../lib/posting/location';

describe('readableLocation', () => {
  it.each([
    ['IND, KA, Bengaluru', 'Bengaluru, KA, India'],
    ['USA, WA, Seattle', 'Seattle, WA, USA'],
    ['US, WA, Seattle', 'Seattle, WA, USA'],
    ['GBR, London', 'London, United Kingdom'],
    ['DEU, BE, Berlin', 'Berlin, BE, Germany'],
    // An unknown code with region and city is still turned round, and kept as written.
    ['QQQ, AB, Somewhere', 'Somewhere, AB, QQQ'],
    // Already in people's order, or not a place list: unchanged.
    ['Seattle, Washington, USA', 'Seattle, Washington, USA'],
    ['Virtual', 'Virtual'],
    ['NY, New York', 'NY, New York'],
    ['  IND ,KA,  Chennai ', 'Chennai, KA, India'],
  ])('%j -> %j', (raw, readable) => {
    expect(readableLocation(raw)).toBe(readable);
  });
});

describe('readableLocations', () => {
  it('splits a "; " list and turns each place round', () => {
    expect(readableLocations('IND, KA, Bangalore; IND, TN, Chennai')).toEqual([
      'Bangalore, KA, India',
      'Chennai, TN, India',
    ]);
    expect(readableLocations('')).toEqual([]);
  });
});
