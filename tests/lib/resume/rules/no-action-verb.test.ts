import { describe, expect, it } from 'vitest';
import { noActionVerb } from '../../../../lib/resume/rules/no-action-verb';
import { check } from './check';

describe('noActionVerb', () => {
  it.each([
    [
      'Successfully launched a referral program that added 900 sign-ups',
      'Drop the adverb',
      '"Launched a referral program',
    ],
    [
      'Creation of a load-testing harness for the payments team',
      'Start with the verb',
      '"Created a load-testing harness for the payments team"',
    ],
    [
      'Scalable chat backend for 10k users',
      'Start with what you did with the scalable chat backend',
      '"<Verb> scalable chat backend for 10k users"', // no verb the bullet does not contain
    ],
    ['I designed the caching layer', 'Start with the verb', '"Designed the caching layer"'],
    [
      'Tidewatch - iOS app for tide tables',
      'describe what you built and its result',
      '"<Verb> <what you built>, <result>"',
    ],
    ['Real-time dashboard for warehouse metrics', 'Start with what you did', 'dashboard'],
  ])('flags "%s"', (bullet, advice, rewrite) => {
    const finding = check(noActionVerb, bullet);
    expect(finding?.rule).toBe('no-action-verb');
    expect(finding?.suggestion).toContain(advice);
    expect(finding?.suggestion).toContain(rewrite);
  });

  it.each([
    'Designed the caching layer',
    'Built with Go and gRPC',
    'Responsible for hiring', // weak-opener's job, not this rule's
    'Developing a scheduler', // tense's job
    '🚀 Shipped the beta to 300 testers',
    'Entwickelte eine App für die Kunden der Bank',
  ])('does not flag "%s"', (bullet) => {
    expect(check(noActionVerb, bullet)).toBeUndefined();
  });
});
