import { describe, expect, it } from 'vitest';
import { findFirstPerson, firstPerson } from '../../../../lib/resume/rules/first-person';
import { check } from './check';

describe('firstPerson', () => {
  it.each([
    [
      'I built the ingestion service',
      ['I'],
      // The opener rule quotes the rewrite ("Built the ingestion service"); it is not said twice.
      'Drop "I" and start with the verb.',
    ],
    ['Rewrote my team’s deploy scripts', ['my'], 'Write "the" or nothing in place of "my".'],
    [
      'We migrated our CI to GitHub Actions',
      ['We', 'our'],
      'Drop "We" and say what you did in the team\'s work; write "the" or nothing in place of "our".',
    ],
    [
      'Our team developed a new hiring dashboard',
      ['Our'],
      'Write "the" or nothing in place of "Our".',
    ],
    ['Mentored interns who reported to me', ['me'], 'Drop "me": a resume is about you already.'],
  ])('flags "%s"', (bullet, words, suggestion) => {
    expect(findFirstPerson(bullet)).toEqual(words);
    expect(check(firstPerson, bullet)?.suggestion).toBe(suggestion);
  });

  it.each([
    'Tuned disk I/O for the ingest nodes',
    'Promoted to SDE I after the internship',
    'Completed Phase I of the rollout',
    'Expanded sales to the US market',
    'Measured memory use of the parser',
  ])('does not flag "%s"', (bullet) => {
    expect(check(firstPerson, bullet)).toBeUndefined();
  });
});
