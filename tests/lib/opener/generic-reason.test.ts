import { describe, expect, it } from 'vitest';
import { genericPhrase, specificName } from '../../../lib/opener/generic-reason';

describe('genericPhrase', () => {
  it.each([
    ['Amazon is a great company.', 'great company'],
    ['I admire the innovative culture', 'innovative culture'],
    ['It is a big brand and looks good on a CV', 'big brand'],
    ['It has always been my dream company', 'dream company'],
    ['I love the culture there', 'love the culture'],
    ['Lots of growth opportunities', 'growth opportunities'],
  ])('finds the stock phrase in %j', (reason, phrase) => {
    expect(genericPhrase(reason)).toBe(phrase);
  });

  it.each([
    'I run my home media server on S3 and want to work on storage durability.',
    'Our warehouse robots talk to the same kind of routing system your team builds.',
    '',
  ])('finds nothing stock in %j', (reason) => {
    expect(genericPhrase(reason)).toBeNull();
  });
});

describe('specificName', () => {
  it.each([
    ['I love the culture and my whole family streams on Prime Video', [], 'Prime'],
    ['great company, and I use my Kindle daily', [], 'Kindle'],
    ['great culture, and the payments team builds what I know', ['Payments'], 'Payments'],
    ['great culture and the Last Mile team solves routing at a huge scale', [], 'Mile'],
    [
      'great company and I use their storage service every day',
      ['storage service'],
      'storage service',
    ],
  ] as [string, string[], string][])('finds a named thing in %j', (reason, known, name) => {
    expect(specificName(reason, known)).toBe(name);
  });

  it.each([
    'Amazon is a great company with an innovative culture.',
    'I love the culture. Big brand.',
    'I want to grow with the Leadership Principles',
  ])('finds nothing named in %j', (reason) => {
    expect(specificName(reason, [])).toBeNull();
  });
});
