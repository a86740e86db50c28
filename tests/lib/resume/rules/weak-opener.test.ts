import { describe, expect, it } from 'vitest';
import { weakOpener } from '../../../../lib/resume/rules/weak-opener';
import { check } from './check';

describe('weakOpener', () => {
  it.each([
    [
      'Helped build the billing API for 3 regions',
      '"Built the billing API for 3 regions"',
      'Co-built',
    ],
    [
      'Responsible for migrating the queue workers to Kafka',
      '"Migrated the queue workers to Kafka"',
      undefined,
    ],
    ['Assisted in designing the onboarding flow', '"Designed the onboarding flow"', 'Co-designed'],
    [
      'Utilized Terraform to provision 40 staging stacks',
      '"Provisioned 40 staging stacks with Terraform"',
      undefined,
    ],
    ['Worked on the search ranking service', '"Built the search ranking service"', undefined],
    ['Participated in the quarterly hackathon', '"Won the quarterly hackathon"', undefined],
    ['Tasked with cleaning up flaky tests', '"Cleaned up flaky tests"', undefined],
    ['Duties included reviewing pull requests', '"Reviewed pull requests"', undefined],
    [
      'Awarded a travel grant for a workshop paper',
      '"Won a travel grant for a workshop paper by …"',
      undefined,
    ],
    ['helped ship the mobile release', '"Shipped the mobile release"', 'Co-shipped'],
    [
      'Handled customer escalations for the EU market',
      '"Resolved customer escalations for the EU market"',
      undefined,
    ],
  ])('flags "%s" and suggests %s', (bullet, rewrite, co) => {
    const finding = check(weakOpener, bullet);
    expect(finding?.rule).toBe('weak-opener');
    expect(finding?.severity).toBe('error');
    expect(finding?.suggestion).toContain(rewrite);
    if (co) expect(finding?.suggestion).toContain(co);
  });

  it.each([
    'Built with React and Leaflet, used by 200 hikers',
    'Led a team of five engineers',
    'Supercharged the build cache', // "Supercharged" is not "Supported"
    'Usability study with 12 users',
  ])('does not flag "%s"', (bullet) => {
    expect(check(weakOpener, bullet)).toBeUndefined();
  });
});
