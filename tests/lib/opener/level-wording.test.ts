import { describe, expect, it } from 'vitest';
import {
  bandFromTarget,
  bandName,
  familyFromRole,
  levelWords,
} from '../../../lib/opener/level-wording';

describe('bandFromTarget', () => {
  it.each([
    ['L5', 'L5'],
    ['l6', 'L6'],
    ['SDE II', 'L5'],
    ['SDE III', 'L6'],
    ['SDE I', 'L4'],
    ['Senior SDE', 'L6'],
    ['Sr. Software Engineer', 'L6'],
    ['Principal Engineer', 'L7'],
    ['Senior Principal', 'L8'],
    ['new grad', 'L4'],
    ['Software engineering intern', 'intern'],
    ['Senior Manager', 'L7'],
    ['whatever fits', 'unknown'],
    ['', 'unknown'],
  ])('reads %j as %s', (target, band) => {
    expect(bandFromTarget(target)).toBe(band);
  });
});

describe('levelWords', () => {
  it.each([
    ['L4', 'software-engineer', 'SDE I-level roles'],
    ['L5', 'software-engineer', 'SDE II-level roles'],
    ['L6', 'software-engineer', 'Senior SDE-level roles'],
    ['L7', 'software-engineer', 'Principal SDE-level roles'],
    ['L6', 'engineering-manager', 'SDM roles at L6'],
    ['L6', 'product-manager', 'senior roles at L6'],
    ['L5', 'data-scientist', 'mid-level roles at L5'],
    ['L6', undefined, 'senior roles at L6'],
  ] as const)('words %s for %s as %j', (band, family, words) => {
    expect(levelWords(band, family)).toBe(words);
  });
});

describe('bandName', () => {
  it('adds the SDE title for software engineers only', () => {
    expect(bandName('L5', 'software-engineer')).toBe('L5 (SDE II)');
    expect(bandName('L5', 'finance')).toBe('L5');
  });
});

describe('familyFromRole', () => {
  it.each([
    ['Backend software engineer', 'software-engineer'],
    ['SDE at a startup', 'software-engineer'],
    ['Software Development Manager', 'engineering-manager'],
    ['Accountant', undefined],
  ])('reads %j as %s', (role, family) => {
    expect(familyFromRole(role)).toBe(family);
  });
});

describe('bandFromTarget reads the ladder words a posting title uses', () => {
  it.each([
    ['Sr. Principal Engineer', 'L8'],
    ['VP of Engineering', 'L8'],
    ['Level 5', 'L5'],
    ['Tech lead', 'L6'],
    ['junior developer', 'L4'],
  ])('reads %j as %s', (target, band) => {
    expect(bandFromTarget(target)).toBe(band);
  });
});
