import { describe, expect, it } from 'vitest';
import { findPassive } from '../../../../lib/resume/passive';
import { passiveVoice } from '../../../../lib/resume/rules/passive-voice';
import { check } from './check';

describe('passiveVoice', () => {
  it.each([
    ['The importer was written in Rust by me', 'was written', '"Wrote the importer in Rust"'],
    ['Dashboards were built for 3 teams', 'were built', '"Built dashboards for 3 teams"'],
    ['Locking primitives were later used to implement syscalls', 'were later used', '"Used'],
    ['Was adjudged the best project of the cohort', 'Was adjudged', 'start with what you did'],
    [
      'Built a booking app, which was used by 1,000 club members',
      'was used',
      'Name who acted, in the active voice',
    ],
  ])('flags "%s"', (bullet, phrase, rewrite) => {
    const finding = check(passiveVoice, bullet);
    expect(finding?.rule).toBe('passive-voice');
    expect(finding?.message).toContain(phrase);
    expect(finding?.suggestion).toContain(rewrite);
  });

  it.each([
    'Wrote the importer in Rust',
    'The tool is used by 40 analysts', // present tense is left alone
    'Library was not based on an existing codebase',
    'Was a mentor for new hires',
    'Trained analysts who were hired by top firms',
    // What happened to the people the user led is a result, not the user's work in the passive.
    'Mentored four junior engineers; two were promoted',
    'Coached 6 interns, 3 of them were hired full time',
  ])('does not flag "%s"', (bullet) => {
    expect(check(passiveVoice, bullet)).toBeUndefined();
    expect(findPassive(bullet)).toBeUndefined();
  });
});

describe('passiveVoice on the own work in a later clause', () => {
  it('still flags a later clause that hides who did the work', () => {
    expect(findPassive('Planned the migration; the schema was rewritten in a week')).toBe(
      'was rewritten',
    );
  });
});
