import { describe, expect, it } from 'vitest';
import { managesPeople } from '../../../lib/analysis/manages-people';
import type { RoleFamily } from '../../../lib/families/ids';
import type { Posting } from '../../../lib/posting/schema';
import { posting as basePosting } from '../../factories/posting';

const posting = (title: string, basicQualifications: string[] = []): Posting =>
  basePosting({
    title,
    description: 'Our team builds the tools that keep customer orders moving.',
    basicQualifications,
  });

describe('managesPeople', () => {
  it.each<[string, RoleFamily, string[], boolean]>([
    ['Software Development Manager, Checkout', 'engineering-manager', [], true],
    ['Senior Manager, Fulfillment Operations', 'operations', [], true],
    ['Sr. Manager, Payroll', 'finance', [], true],
    ['Director, Product Management', 'product-manager', [], true],
    ['Head of Seller Growth', 'other', [], true],
    ['Area Manager', 'operations', [], true],
    ['Manager, Account Management, Vendor Services', 'sales-account', [], true],
    ['Product Manager - Technical, Alexa', 'product-manager', [], false],
    ['Sr. Technical Program Manager', 'technical-program-manager', [], false],
    ['Program Manager II, Logistics', 'program-manager', [], false],
    ['Account Manager, Seller Services', 'sales-account', [], false],
    ['Software Development Engineer II', 'software-engineer', [], false],
    // The team name after the comma is not the job.
    ['Software Development Engineer, Vendor Manager Tools', 'software-engineer', [], false],
    ['Data Center Technician, Operations', 'operations', [], false],
    // People scope in the qualifications counts whatever the title says.
    [
      'Product Manager, Payments',
      'product-manager',
      ['Experience managing a team of 5+ product managers'],
      true,
    ],
    ['Project Manager', 'program-manager', ['A supervisory role managing people'], true],
    ['Operations Specialist', 'operations', ['3+ years of people management experience'], true],
    ['Safety Officer', 'operations', ['Experience managing multiple direct reports'], true],
    // Managing things, or working with a team, is not people scope.
    [
      'Program Manager',
      'program-manager',
      ['Experience managing stakeholders across teams'],
      false,
    ],
    ['Product Manager', 'product-manager', ['Experience managing a product roadmap'], false],
    [
      'Solutions Architect',
      'solutions-architect',
      ['Work with a team of engineers on migrations'],
      false,
    ],
  ])('%s (%s) -> %s', (title, family, quals, expected) => {
    expect(managesPeople(posting(title, quals), family).manages).toBe(expected);
  });

  it('quotes the title and the people-scope lines that decided it', () => {
    const result = managesPeople(
      posting('Senior Manager, Fulfillment', [
        'Bachelor’s degree',
        '5+ years of people management experience.',
      ]),
      'operations',
    );
    expect(result.evidence).toEqual([
      'Senior Manager, Fulfillment',
      '5+ years of people management experience',
    ]);
  });

  it('quotes one clause of a packed line, and each scope line once', () => {
    const packed =
      '• Bachelor’s degree • Minimum one year experience in people management • Fluent English';
    const result = managesPeople(posting('Team Lead', [packed, packed]), 'operations');
    expect(result).toEqual({
      manages: true,
      evidence: ['Minimum one year experience in people management'],
    });
  });

  it('gives no evidence when the posting leads no one', () => {
    expect(managesPeople(posting('Business Analyst'), 'business-intelligence')).toEqual({
      manages: false,
      evidence: [],
    });
  });
});
