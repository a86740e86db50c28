import { describe, expect, it } from 'vitest';
import { metricDomainOf, metricExamples, noMetric } from '../../../../lib/resume/rules/no-metric';
import { check } from './check';

describe('noMetric', () => {
  it.each([
    ['Upgraded the services to Python 3 on EC2 and S3', 'How many services'],
    ['Moved the fleet to Windows 11 and GPT-4 based triage', 'Put a number on it'],
    ['Added 2FA to the admin console written in C++11', 'Put a number on it'],
    ['Graduated in 2021 after CS 101 and COMP 2402', 'Put a number on it'],
    ['Onboarded new customers to the self-serve portal', 'How many new customers'],
  ])('flags "%s" and asks "%s"', (bullet, question) => {
    const finding = check(noMetric, bullet);
    expect(finding?.rule).toBe('no-metric');
    expect(finding?.suggestion).toContain(question);
  });

  it.each([
    ['Handled employee queries about payroll', undefined, 'hr', 'How many employee queries'],
    ['Reconciled vendor invoices each month', undefined, 'finance', 'How many vendor invoices'],
    ['Scheduled shifts for the warehouse team', undefined, 'operations', 'How many shifts'],
    ['Ran the quarterly business review', 'sales-account', 'sales', 'Put a number on it'],
    ['Ran experiments on protein folding', undefined, 'science', 'How many experiments'],
    ['Rewrote the caching layer', undefined, 'engineering', 'Put a number on it'],
    // Sales and operations words in software work: the bullet is about software.
    ['Built a CI pipeline for the mobile app', undefined, 'engineering', 'Put a number on it'],
    ['Added quota tracking to the billing API', undefined, 'engineering', 'Put a number on it'],
    ['Designed the data warehouse schema in SQL', undefined, 'engineering', 'Put a number on it'],
    ['Trained a machine learning classifier for leaf images', undefined, 'science', 'Put'],
    // One word of another domain does not outweigh the software work around it.
    ['Added a ledger export to the reporting API', undefined, 'engineering', 'Put a number'],
    ['Refactored the order service to cut retries', undefined, 'engineering', 'Put a number'],
    ['Processed invoices for the finance team using SQL', 'finance', 'finance', 'How many'],
    ['Reconciled the general ledger and booked month-end accruals', undefined, 'finance', 'Put'],
    // Filler is not asked back: "How many projects", never "How many various projects".
    [
      'Worked on various projects for the platform team',
      undefined,
      'engineering',
      'How many projects',
    ],
    // Uncountable or abstract plurals are not asked "how many".
    ['Lowered resource costs on the analytics cluster', undefined, 'engineering', 'Put a number'],
  ] as const)('fits the examples of "%s" to its domain', (bullet, family, domain, question) => {
    expect(metricDomainOf(bullet, family)).toBe(domain);
    const finding = check(noMetric, bullet, false, family);
    expect(finding?.suggestion).toContain(question);
    expect(finding?.suggestion).toContain(metricExamples[domain][0]);
    // The engineering examples appear only where the bullet is about engineering.
    if (domain !== 'engineering') expect(finding?.suggestion).not.toContain('latency');
  });

  it.each([
    'Led a team of five engineers',
    'Reduced p99 latency by 40%',
    'Saved $120k a year in licence fees',
    'Made the importer 3x faster',
    'Served 2M requests a day',
    'Cut build time from 20 min to 4 min',
    'Won 1st place among 80 teams',
    'Doubled weekly active users',
    'Shipped a 4-hour job as a 30-minute one',
    'Grew the newsletter to 1,200+ subscribers',
    'Ranked in the top 5% of 3,000 entrants',
    'Cleaned a 48,200-record dataset for the compensation review',
    'Maintained salary structures for 12 countries',
    'Raised $2M for the seed round',
    'Made the month-end close 3x faster',
  ])('does not flag "%s"', (bullet) => {
    expect(check(noMetric, bullet)).toBeUndefined();
  });
});
