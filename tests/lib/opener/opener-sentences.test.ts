import { describe, expect, it } from 'vitest';
import { article, asSentence, buildParts } from '../../../lib/opener/opener-sentences';
import { ProfileSchema } from '../../../lib/profile/schema';

describe('article', () => {
  it.each([
    ['engineer', 'an'],
    ['data engineer', 'a'],
    ['SDE', 'an'],
    ['BIE', 'a'],
    ['university lecturer', 'a'],
  ])('says %s before %j', (phrase, a) => {
    expect(article(phrase)).toBe(a);
  });
});

describe('asSentence', () => {
  it('capitalises and closes user text without rewriting it', () => {
    expect(asSentence('  i like   queues ')).toBe('I like queues.');
    expect(asSentence('Really?')).toBe('Really?');
    expect(asSentence('')).toBe('');
  });
});

describe('buildParts', () => {
  const base = {
    variant: 'standard' as const,
    family: undefined,
    postingBand: 'unknown' as const,
    roleTitle: '',
    team: '',
  };
  it('joins a product reason that starts with "because" without a colon', () => {
    const profile = ProfileSchema.parse({
      amazonProducts: [{ name: 'Audible', why: 'because I commute two hours a day' }],
    });
    expect(buildParts({ ...base, profile }).product).toBe(
      'I use Audible myself because I commute two hours a day.',
    );
  });
  it('describes who the candidate is even without years', () => {
    const profile = ProfileSchema.parse({ currentRole: 'analyst', domain: 'insurance' });
    expect(buildParts({ ...base, profile }).who).toBe("I'm an analyst working in insurance.");
  });
});
