import { describe, expect, it } from 'vitest';
import { isHourlyTitle, titleLevel } from '../../../lib/analysis/level-title';
import type { LevelBand, RoleFamily } from '../../../lib/families/ids';

describe('titleLevel', () => {
  it.each<[string, RoleFamily, LevelBand]>([
    ['Software Development Engineer I', 'software-engineer', 'L4'],
    ['Software Development Engineer II', 'software-engineer', 'L5'],
    ['Software Development Engineer III', 'software-engineer', 'L6'],
    ['SDE-II, Payments', 'software-engineer', 'L5'],
    ['SDE 2', 'software-engineer', 'L5'],
    ['SDE1-Contractor', 'software-engineer', 'L4'],
    ['Software Development Engineer 2, Planning', 'software-engineer', 'L5'],
    ['Engineer II, AWS', 'software-engineer', 'L5'],
    ['Software Dev Engineer II, Alexa', 'software-engineer', 'L5'],
    ['Dev Engineer I - Alexa', 'software-engineer', 'L4'],
    ['Software Development Engineer - II', 'software-engineer', 'L5'],
    ['Sys Dev III, FireTV', 'software-engineer', 'L6'],
    ['Ingeniero de Desarrollo de Software II', 'software-engineer', 'L5'],
    ['Sr. Software Development Engineer, Music', 'software-engineer', 'L6'],
    ['Senior SDE, Q Business', 'software-engineer', 'L6'],
    ['Principal Engineer, Storage', 'software-engineer', 'L7'],
    ['Senior Principal Engineer', 'software-engineer', 'L8'],
    ['Software Development Engineer Intern', 'software-engineer', 'intern'],
    ['2026 Internships (US) - Silicon', 'software-engineer', 'intern'],
    ['Software Development Engineer (L5), Devices', 'software-engineer', 'L5'],
    ['Senior Software Development Engineer (Level 6)', 'software-engineer', 'L6'],
    ['Software Development Manager', 'engineering-manager', 'L6'],
    ['Sr. SDM, Ads', 'engineering-manager', 'L7'],
    ['SDM-III, Seller Services', 'engineering-manager', 'L7'],
    ['Manager III Software Dev, Concessions', 'engineering-manager', 'L7'],
    ['Director, Software Engineering', 'engineering-manager', 'L8'],
    ['Senior Manager, North America Payroll', 'finance', 'L7'],
    ['Senior Operations Manager', 'operations', 'L7'],
    ['Sr. Data Science Manager, Ads', 'data-scientist', 'L7'],
    ['Manager, Applied Science', 'applied-scientist', 'L6'],
    ['Senior Program Manager', 'program-manager', 'L6'],
    ['Sr. Account Manager', 'sales-account', 'L6'],
    ['Principal PM-T, Prime', 'product-manager', 'L7'],
    ['Sr. Technical Program Manager', 'technical-program-manager', 'L6'],
    ['Program Manager I, Analytics', 'program-manager', 'L4'],
    ['Financial Analyst I, Payroll', 'finance', 'L4'],
    ['Support Engineer III L4, Kindle', 'support-engineer', 'L4'],
    ['Support Engineer III, Global Store', 'support-engineer', 'L4'],
    ['Sr Support Engineer', 'support-engineer', 'L5'],
    ['Cloud Support Eng. I (DFA)', 'support-engineer', 'L4'],
    ['Sr. Associate, Trust & Safety', 'operations', 'L4'],
    ['ML Data Associate II', 'operations', 'L3'],
    ['Software Development Engineer, New Grad', 'software-engineer', 'L4'],
    ['Software Development Engineer - Graduate 2025', 'software-engineer', 'L4'],
  ])('reads "%s" (%s) as %s', (title, family, band) => {
    expect(titleLevel(title, family)?.band).toBe(band);
  });

  it.each([
    'Principal Technical Program Manager, Returns Tech (I/O)',
    'SDM, IIoT, Decision Science',
    'Account Manager, International Seller Growth',
  ])('does not read a stray "I" in "%s" as a level', (title) => {
    const cue = titleLevel(title, 'technical-program-manager');
    expect(cue?.reason ?? '').not.toMatch(/“I{1,2}”/);
  });

  it('quotes the words that decided', () => {
    expect(titleLevel('Software Dev Engineer II, Alexa', 'software-engineer')).toEqual({
      band: 'L5',
      reason: 'The title says “II”: L5.',
      strength: 'stated',
    });
  });

  it('marks a role default as implied so years can override it', () => {
    expect(titleLevel('Software Development Manager, Tax', 'engineering-manager')?.strength).toBe(
      'implied',
    );
    expect(titleLevel('Associate Solutions Architect', 'solutions-architect')).toMatchObject({
      band: 'L4',
      strength: 'implied',
    });
  });

  it('returns null when the title says nothing about level', () => {
    expect(titleLevel('Software Development Engineer, Alexa', 'software-engineer')).toBeNull();
  });
});

describe('isHourlyTitle', () => {
  it.each<[string, boolean]>([
    ['Sr. Ops Associate, Business Excellence', true],
    ['RME Coordinator III', true],
    ['Administrator, Appeals', true],
    ['Associate Solutions Architect', false],
    ['Operations Manager', false],
    ['Software Development Engineer', false],
  ])('reads "%s" as hourly: %s', (title, hourly) => {
    expect(isHourlyTitle(title)).toBe(hourly);
  });
});
