import { describe, expect, it } from 'vitest';
import { posting } from '../../factories/posting';
import { inferRoleFamily, rolePart } from '../../../lib/analysis/role-family';
import type { RoleFamily } from '../../../lib/families/ids';

describe('inferRoleFamily', () => {
  it.each<[string, RoleFamily, string]>([
    [
      'Software Development Engineer II, Alexa Shopping',
      'software-engineer',
      'Software Development Engineer',
    ],
    ['Software Dev Engineer II, Alexa', 'software-engineer', 'Software Dev Engineer'],
    ['SDE-II, Payments', 'software-engineer', 'SDE-II'],
    [
      'Sofware Developement Engineer, Devices',
      'software-engineer',
      'Sofware Developement Engineer',
    ],
    ['Front-End Engineer I', 'software-engineer', 'Front-End Engineer'],
    [
      'System Development Engineer III, Traffic',
      'software-engineer',
      'System Development Engineer',
    ],
    ['Quality Assurance Engineer II, Music', 'software-engineer', 'Quality Assurance Engineer'],
    ['Machine Learning Engineer, Search', 'software-engineer', 'Machine Learning Engineer'],
    ['Network Development Engineer, Backbone', 'software-engineer', 'Network Development Engineer'],
    [
      'Ingeniero de Desarrollo de Software II',
      'software-engineer',
      'Ingeniero de Desarrollo de Software',
    ],
    [
      'Software Development Manager, Fire TV',
      'engineering-manager',
      'Software Development Manager',
    ],
    ['Sr. SDM, Ads', 'engineering-manager', 'SDM'],
    [
      'Manager III Software Dev, Customer Service',
      'engineering-manager',
      'Manager III Software Dev',
    ],
    [
      'Senior Manager, Software Development, Fulfilment',
      'engineering-manager',
      'Manager, Software Development',
    ],
    [
      'Sr. Technical Program Manager, Payments',
      'technical-program-manager',
      'Technical Program Manager',
    ],
    ['Principal TPM, Flex', 'technical-program-manager', 'TPM'],
    ['Principal Product Manager - Technical, Prime', 'product-manager', 'Product Manager'],
    ['Sr. PM-T, Alexa', 'product-manager', 'PM-T'],
    ['Program Manager II, Last Mile', 'program-manager', 'Program Manager'],
    ['Data Scientist II, Amazon Business', 'data-scientist', 'Data Scientist'],
    ['Applied Scientist II, Search', 'applied-scientist', 'Applied Scientist'],
    ['Research Scientist, Robotics', 'applied-scientist', 'Research Scientist'],
    ['Data Engineer I, Last Mile', 'data-engineer', 'Data Engineer'],
    ['Business Intelligence Engineer, Analytics', 'business-intelligence', 'Business Intelligence'],
    ['BIE II, Operations', 'business-intelligence', 'BIE'],
    ['Business Analyst I, Buyer Abuse', 'business-intelligence', 'Business Analyst'],
    ['Solutions Architect, Startups', 'solutions-architect', 'Solutions Architect'],
    [
      'Technical Account Manager, Enterprise Support',
      'solutions-architect',
      'Technical Account Manager',
    ],
    ['Cloud Support Engineer (Networking)', 'support-engineer', 'Cloud Support'],
    ['Support Engineer, Software Development', 'support-engineer', 'Support Engineer'],
    ['Sr. UX Designer, Music', 'ux-design', 'UX'],
    ['Area Manager, Fulfillment Center', 'operations', 'Area Manager'],
    ['Data Center Technician, Infrastructure', 'operations', 'Data Center'],
    ['Account Manager, Seller Growth', 'sales-account', 'Account Manager'],
    ['Sourcing Recruiter, Stores TA', 'hr-recruiting', 'Recruit'],
    ['Senior HRBP, Delhi FC', 'hr-recruiting', 'HRBP'],
    ['Financial Analyst I, Transfer Pricing', 'finance', 'Financial'],
    ['Senior Tax Analyst, Indirect Tax', 'finance', 'Tax'],
    ['Sr. Product Marketing Manager, Pay', 'other', 'Product Marketing'],
    ['Corporate Counsel, Ethics', 'other', 'Counsel'],
  ])('reads "%s" as %s', (title, family, words) => {
    const role = inferRoleFamily(posting({ title }));
    expect(role.family).toBe(family);
    expect(role.evidence).toEqual([`title: "${words}"`]);
  });

  it('does not read "International" as an intern or a team name as the discipline', () => {
    expect(
      inferRoleFamily(posting({ title: 'Account Manager, International Software Development' }))
        .family,
    ).toBe('sales-account');
  });

  it('uses the job category when the title names no discipline', () => {
    const role = inferRoleFamily(
      posting({ title: 'Annapurna Labs Internship 2026', category: 'Software Development' }),
    );
    expect(role).toEqual({
      family: 'software-engineer',
      label: 'Software Development Engineer',
      evidence: ['category: "Software Development"'],
    });
  });

  it('falls back to the role the description names', () => {
    const role = inferRoleFamily(
      posting({
        title: 'Team FEX',
        description: 'We are hiring a Data Engineer to build pipelines.',
      }),
    );
    expect(role.family).toBe('data-engineer');
    expect(role.evidence).toEqual(['description: "Data Engineer"']);
  });

  it('says "other" and why when nothing names the role', () => {
    const role = inferRoleFamily(posting({ title: 'Wonder Maker' }));
    expect(role.family).toBe('other');
    // Says what is not known and what still applies, not "no role words in the title" (issue 20).
    expect(role.evidence[0]).toBe(
      'LoopReady does not know the kind of role "Wonder Maker" is, so the level and the rounds below are general. The Leadership Principles, the Bar Raiser and STAR stories apply to every Amazon role.',
    );
  });
});

describe('rolePart', () => {
  it.each([
    ['Software Development Engineer II, Alexa', 'Software Development Engineer II'],
    ['Support Engineer - Payments, Team', 'Support Engineer'],
    ['Sr. Associate, Trust & Safety (Tamil)', 'Sr. Associate, Trust & Safety'],
    ['Manager I, Investigations, Account Integrity', 'Manager I, Investigations'],
  ])('takes "%s" as "%s"', (title, part) => {
    expect(rolePart(title)).toBe(part);
  });
});
