import { describe, expect, it } from 'vitest';
import { campusLevel, managerLevel, scopeLevel } from '../../../lib/analysis/level-scope';
import type { LevelBand } from '../../../lib/families/ids';

describe('scopeLevel', () => {
  it.each([
    'You will mentor other engineers and review designs.',
    'You will lead the design of services used by millions.',
    'Experience leading the design and deployment of large-scale infrastructure',
    'Act as the technical lead for the team.',
    'You will work across multiple teams to ship the feature.',
  ])('reads ownership in "%s" as L5', (text) => {
    expect(scopeLevel(text)?.band).toBe('L5');
  });

  it.each([
    'Experience owning/driving roadmap strategy and definition',
    "In this role, you'll drive technical strategy across the platform.",
    'You will set the technical direction for three teams.',
    'Own the product strategy and mentor other PMs.',
  ])('reads owning strategy in "%s" as L6', (text) => {
    expect(scopeLevel(text)?.band).toBe('L6');
  });

  it.each([
    'Work with the business to define the expansion strategy.',
    'Experience contributing to discussions about strategy.',
  ])('does not read taking part in strategy ("%s") as owning it', (text) => {
    expect(scopeLevel(text)?.band).not.toBe('L6');
  });

  it.each([
    'We welcome new college graduates.',
    'This is an entry-level role.',
    'You are able to take a defined design and turn it into code.',
  ])('reads entry wording in "%s" as L4', (text) => {
    expect(scopeLevel(text)?.band).toBe('L4');
  });

  it.each([
    'We want a range of experience, from motivated new college graduates to technical leaders.',
    'Hiring from entry-level to principal engineers.',
  ])('does not read a range of levels ("%s") as entry wording', (text) => {
    expect(scopeLevel(text)).toBeNull();
  });

  it('lets ownership win over entry wording', () => {
    expect(scopeLevel('New grads welcome; you will mentor other interns.')?.band).toBe('L5');
  });

  it('says nothing when the description has no scope words', () => {
    expect(scopeLevel('Build services in Java on AWS.')).toBeNull();
  });

  it('does not count mentorship the hire receives', () => {
    expect(scopeLevel('You will receive mentorship from senior engineers.')).toBeNull();
  });
});

describe('managerLevel', () => {
  it.each<[string[], number, LevelBand, LevelBand | null]>([
    [['3+ years of employee and performance management experience'], 3, 'L5', 'L6'],
    [
      ['5+ years of people management experience', '5+ years of operations experience'],
      5,
      'L6',
      null,
    ],
    [['4+ years of direct team management experience'], 4, 'L4', 'L6'],
    [
      ['4-6 years of work experience with at least 1 year in managing people directly'],
      4,
      'L5',
      null,
    ],
    [['10+ years of finance experience', 'Large team management (100+)'], 10, 'L6', 'L7'],
    [
      ['6+ years of directly managing and leading a team', '10+ years of accounting'],
      10,
      'L6',
      'L7',
    ],
    [['10+ years of finance experience', 'Experience managing technical products'], 10, 'L6', null],
    [['3+ years of operations management experience'], 3, 'L5', null],
    [['1+ years of team management experience'], 1, 'L4', null],
  ])('reads %j (years %d, band %s) as %s', (lines, years, band, want) => {
    expect(managerLevel(lines, years, band)?.band ?? null).toBe(want);
  });

  it('quotes the management ask', () => {
    expect(managerLevel(['3+ years of people management experience'], 3, 'L5')?.reason).toContain(
      '(“3+ years of people management experience”)',
    );
  });
});

describe('campusLevel', () => {
  it('reads campus hiring as L4 and a campus internship as intern, quoting the words', () => {
    expect(campusLevel('Open to recent graduates of any engineering school.')).toEqual({
      band: 'L4',
      reason: 'The posting says “recent graduates”: campus hires start at L4.',
    });
    expect(
      campusLevel('Students currently enrolled in a degree join a 12-week internship.')?.band,
    ).toBe('intern');
  });

  it('says nothing for an experienced-hire posting', () => {
    expect(campusLevel('You have shipped services used by millions of customers.')).toBeNull();
  });
});
