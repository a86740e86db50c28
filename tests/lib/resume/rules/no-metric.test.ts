import { describe, expect, it } from 'vitest';
import { noMetric } from '../../../../lib/resume/rules/no-metric';
import { check } from './check';

describe('noMetric', () => {
  it.each([
    ['Upgraded the services to Python 3 on EC2 and S3', 'By how much?'],
    ['Moved the fleet to Windows 11 and GPT-4 based triage', 'By how much?'],
    ['Added 2FA to the admin console written in C++11', 'By how much?'],
    ['Graduated in 2021 after CS 101 and COMP 2402', 'By how much?'],
    ['Cut page load time for the checkout page', 'How much faster'],
    ['Trimmed the cloud budget of the analytics team', 'How much money'],
    ['Onboarded new customers to the self-serve portal', 'For how many people?'],
  ])('flags "%s" and asks "%s"', (bullet, question) => {
    const finding = check(noMetric, bullet);
    expect(finding?.rule).toBe('no-metric');
    expect(finding?.suggestion).toContain(question);
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
  ])('does not flag "%s"', (bullet) => {
    expect(check(noMetric, bullet)).toBeUndefined();
  });
});
