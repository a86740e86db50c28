import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../../lib/nlp/engine';
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

describe('noActionVerb with compromise loaded', () => {
  beforeAll(() => loadNlp());

  it.each([
    ['Frontend in React for a booking site', 'Frontend', 'the frontend'],
    ['File server with a REST interface', 'File', 'the file server'],
    ['Contract support for a regional clinic', 'Contract', 'the contract support'],
  ])('reads "%s" as a noun phrase with a template in its words', (bullet, word, focus) => {
    const finding = check(noActionVerb, bullet);
    expect(finding?.message).toBe(
      `Opens with a noun phrase ("${word}") instead of an action verb.`,
    );
    expect(finding?.suggestion).toContain(`Start with what you did with ${focus}: "<Verb> `);
    expect(finding?.suggestion).not.toMatch(/Filed|Frontended|Contracted/);
  });

  it('reads a tagline with a dash as a tagline, not a project title', () => {
    const finding = check(noActionVerb, 'No sign-up, no ads — runs on your phone');
    expect(finding?.message).toBe(
      '"No sign-up, no ads — runs on your phone" reads as a tagline, not a bullet.',
    );
  });

  it('names a role, its club and its year before a colon, then the bullet after it', () => {
    expect(
      check(noActionVerb, 'Captain, Chess Club, 2019: Ran weekly lessons for 30 players'),
    ).toMatchObject({
      message: '"Captain, Chess Club, 2019" reads as a title in front of the bullet.',
      suggestion:
        'Put "Captain, Chess Club, 2019" on its own line as a heading, and start the bullet with "Ran".',
    });
    expect(
      check(
        noActionVerb,
        'Treasurer, Hiking Society, 2021: Worked on the club budget for 120 members',
      )?.suggestion,
    ).toBe(
      'Put "Treasurer, Hiking Society, 2021" on its own line as a heading, and start the bullet with what you did: "<Verb> the club budget for 120 members".',
    );
  });
});
