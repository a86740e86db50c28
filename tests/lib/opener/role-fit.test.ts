import { describe, expect, it } from 'vitest';
import { familyOfTitle, roleFit } from '../../../lib/opener/role-fit';

describe('familyOfTitle', () => {
  it('reads a current role with the posting title rules', () => {
    expect(familyOfTitle('Senior Software Engineer')).toBe('software-engineer');
    expect(familyOfTitle('  Data Scientist ')).toBe('data-scientist');
  });

  it('reads nothing in an empty title or one no rule knows', () => {
    expect(familyOfTitle('')).toBeNull();
    expect(familyOfTitle('   ')).toBeNull();
    expect(familyOfTitle('Founder')).toBeNull();
  });
});

describe('roleFit', () => {
  it('fits a role of the same family, and names the posting family', () => {
    expect(roleFit('Software Engineer II', 'software-engineer')).toEqual({
      fits: true,
      current: 'software-engineer',
      postingLabel: 'Software Development Engineer',
    });
  });

  it('fits families that hire from one another', () => {
    expect(roleFit('Software Engineer', 'engineering-manager').fits).toBe(true);
    expect(roleFit('Data Scientist', 'business-intelligence').fits).toBe(true);
  });

  it('does not fit a role from an unrelated family', () => {
    expect(roleFit('Data Scientist', 'hr-recruiting')).toEqual({
      fits: false,
      current: 'data-scientist',
      postingLabel: 'HR & Recruiting',
    });
  });

  it('fits when either side is unknown: a career changer is told, not stopped', () => {
    expect(roleFit('Founder', 'operations')).toEqual({
      fits: true,
      current: null,
      postingLabel: 'Operations',
    });
    expect(roleFit('Data Scientist', undefined)).toEqual({
      fits: true,
      current: 'data-scientist',
      postingLabel: '',
    });
    expect(roleFit('Data Scientist', 'other').fits).toBe(true);
  });
});
