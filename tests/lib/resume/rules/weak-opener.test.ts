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
      '"Provisioned 40 staging stacks using Terraform"',
      undefined,
    ],
    [
      'Worked on the search ranking service',
      'Start with what you did with the search ranking service: "<Verb> the search ranking service, <result>"',
      undefined,
    ],
    [
      'Participated in the quarterly hackathon',
      '"<Verb> the quarterly hackathon, <result>"',
      undefined,
    ],
    ['Tasked with cleaning up flaky tests', '"Cleaned up flaky tests"', undefined],
    ['Duties included reviewing pull requests', '"Reviewed pull requests"', undefined],
    [
      'Awarded a travel grant for a workshop paper',
      'Lead with what you did to earn it, then what it changed: "<Verb> <what you did>, <result>"',
      undefined,
    ],
    ['helped ship the mobile release', '"Shipped the mobile release"', undefined],
    [
      'Handled customer escalations for the EU market',
      '"<Verb> customer escalations for the EU market, <result>"',
      undefined,
    ],
  ])('flags "%s" and suggests %s', (bullet, rewrite, co) => {
    const finding = check(weakOpener, bullet);
    expect(finding?.rule).toBe('weak-opener');
    expect(finding?.severity).toBe('error');
    expect(finding?.suggestion).toContain(rewrite);
    if (co) expect(finding?.suggestion).toContain(co);
    else expect(finding?.suggestion).not.toContain('Co-');
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

describe('weakOpener on a line that is only a link', () => {
  it.each(['Written in Rust * gitlab.com/ada/tidewatch', 'Written in Go - https://ada.dev/tides'])(
    '"%s" is a link line, and the link is not quoted as what you did',
    (bullet) => {
      const finding = check(weakOpener, bullet);
      expect(finding?.message).toBe('This line points to a link; it does not say what you did.');
      expect(finding?.suggestion).not.toMatch(/ada/);
    },
  );

  it('keeps a bullet that names a framework with a dot in it', () => {
    expect(check(weakOpener, 'Received an ASP.NET certification')?.message).toBe(
      '"Received" says someone else acted.',
    );
  });
});

describe('weakOpener on lines that say what the person received or claim a trait', () => {
  it.each([
    ['Took part in the design review of the ticketing service', 'says you were there'],
    ['Built familiarity with Terraform and Helm charts', 'says what you got'],
    ['Trained in lean methods for the returns team', 'says what you got'],
    ['Completed training on payroll compliance', 'says what you got'],
    ['Excelled in account management for retail clients', 'praises you'],
    ['Mastered the release tooling of the mobile team', 'praises you'],
  ])('flags "%s" (%s)', (bullet, why) => {
    const finding = check(weakOpener, bullet);
    expect(finding?.rule).toBe('weak-opener');
    expect(finding?.message).toContain(why);
  });

  it.each([
    'Built the release tooling for 12 mobile teams',
    'Trained 30 new hires on the returns desk',
  ])('leaves the strong verb in "%s" alone', (bullet) => {
    expect(check(weakOpener, bullet)).toBeUndefined();
  });
});
