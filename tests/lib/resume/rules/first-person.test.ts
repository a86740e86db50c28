import { describe, expect, it } from 'vitest';
import { findFirstPerson, firstPerson } from '../../../../lib/resume/rules/first-person';
import { check } from './check';

describe('firstPerson', () => {
  it.each([
    ['I built the ingestion service', ['I'], 'Drop the pronoun and start with the verb'],
    ['Rewrote my team’s deploy scripts', ['my'], 'Drop the pronoun'],
    ['We migrated our CI to GitHub Actions', ['We', 'our'], "what YOU did in the team's work"],
    ['Mentored interns who reported to me', ['me'], 'Drop the pronoun'],
  ])('flags "%s"', (bullet, words, suggestion) => {
    expect(findFirstPerson(bullet)).toEqual(words);
    expect(check(firstPerson, bullet)?.suggestion).toContain(suggestion);
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
