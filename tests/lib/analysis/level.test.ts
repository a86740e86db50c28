import { describe, expect, it } from 'vitest';
import { posting } from '../../factories/posting';
import { bandForYears, inferLevel } from '../../../lib/analysis/level';
import type { LevelBand, RoleFamily } from '../../../lib/families/ids';

describe('inferLevel', () => {
  it('takes the title first and quotes it, with a family-appropriate label', () => {
    const level = inferLevel(
      posting({
        title: 'Software Dev Engineer II, Alexa',
        basicQualifications: [
          '3+ years of non-internship professional software development experience',
        ],
      }),
      'software-engineer',
    );
    expect(level).toEqual({
      band: 'L5',
      label: 'SDE II, L5',
      rationale: [
        'The title says “II”: L5.',
        'The basic qualifications ask for “3+ years of non-internship professional software development experience”: L5.',
      ],
      years: 3,
      confidence: 0.95,
      alternative: null,
    });
  });

  it('says when the years disagree with the stated level, and lets the title win', () => {
    const level = inferLevel(
      posting({
        title: 'Senior Data Scientist',
        basicQualifications: ['2+ years of SQL experience'],
      }),
      'data-scientist',
    );
    expect(level.band).toBe('L6');
    expect(level.label).toBe('Senior Data Scientist, L6');
    expect(level.rationale[1]).toBe(
      'The basic qualifications ask for 2 years, which alone would suggest L4; the title’s level comes first.',
    );
  });

  it.each<[string, RoleFamily, string, LevelBand, number]>([
    [
      'Software Development Engineer',
      'software-engineer',
      '1+ years of software development experience',
      'L4',
      1,
    ],
    [
      'Software Development Engineer',
      'software-engineer',
      '3+ years of non-internship professional software development experience',
      'L5',
      3,
    ],
    [
      'Software Development Engineer',
      'software-engineer',
      'Five or more years of software development',
      'L6',
      5,
    ],
    [
      'Technical Program Manager',
      'technical-program-manager',
      '10+ years of working directly with engineering teams experience',
      'L7',
      10,
    ],
    [
      'Software Development Manager',
      'engineering-manager',
      '8+ years of engineering experience',
      'L6',
      8,
    ],
    [
      'Software Development Manager',
      'engineering-manager',
      '10+ years of engineering experience',
      'L7',
      10,
    ],
    [
      'Quality Assurance Engineer, Devices',
      'software-engineer',
      '2+ years of quality assurance engineering experience',
      'L4',
      2,
    ],
    [
      'Quality Assurance Engineer',
      'software-engineer',
      '5+ years of quality assurance engineering experience',
      'L5',
      5,
    ],
    ['QAE, Payments', 'software-engineer', '6+ years of quality assurance experience', 'L6', 6],
    [
      'SDET, Client QA Team',
      'software-engineer',
      '2+ years of non-internship professional software development testing experience',
      'L5',
      2,
    ],
    [
      'Administrator, Appeals',
      'operations',
      '3+ years of contact center or customer service experience',
      'L4',
      3,
    ],
    ['Device Associate', 'operations', '5+ years of manual testing experience', 'L4', 5],
    ['Tax Analyst, Compliance', 'finance', '4 to 5 years of tax or finance experience', 'L6', 4],
    ['Financial Analyst', 'finance', 'CA with 0-4 years of post qualification experience', 'L4', 0],
    ['Account Manager', 'sales-account', '4+ years of sales experience', 'L4', 4],
    ['Operations Lead', 'operations', 'at least 3 years of operations experience', 'L5', 3],
  ])('reads "%s" asking "%s" as %s', (title, family, line, band, years) => {
    const level = inferLevel(posting({ title, basicQualifications: [line] }), family);
    expect(level.band).toBe(band);
    expect(level.years).toBe(years);
    expect(level.rationale).toEqual([`The basic qualifications ask for “${line}”: ${band}.`]);
  });

  it('raises a people-manager posting above what its years alone suggest, saying why', () => {
    const level = inferLevel(
      posting({
        title: 'Operations Lead, Fulfillment',
        basicQualifications: ['3+ years of employee and performance management experience'],
      }),
      'operations',
    );
    expect(level.band).toBe('L6');
    expect(level.rationale[1]).toMatch(
      /^The posting asks for 3\+ years of managing people \(“.*”\), a manager’s job: L6\.$/,
    );
  });

  it('reads years from the description when the basic qualifications are missing', () => {
    const level = inferLevel(
      posting({
        title: 'Software Development Engineer',
        description:
          'About the role\n3+ years of non-internship professional software development experience',
      }),
      'software-engineer',
    );
    expect(level.band).toBe('L5');
    expect(level.rationale[0]).toMatch(
      /^With no basic qualifications section, the description asks for “3\+ years/,
    );
  });

  it('uses a level the description names for the role when the title is silent', () => {
    const level = inferLevel(
      posting({
        title: 'Software Development Engineer, Devices',
        description: 'We are looking for a Software Development Engineer III to own our platform.',
      }),
      'software-engineer',
    );
    expect(level.band).toBe('L6');
    expect(level.rationale[0]).toMatch(
      /^The description names the role “Software Development Engineer III”, which says “III”: L6\.$/,
    );
  });

  it('keeps a first-line SDM at L6 when no years are asked', () => {
    const level = inferLevel(
      posting({ title: 'Software Development Manager' }),
      'engineering-manager',
    );
    expect(level.band).toBe('L6');
    expect(level.label).toBe('SDM, L6');
  });

  it('names interns whatever the years say', () => {
    const level = inferLevel(
      posting({ title: 'Software Dev Engineer Intern', basicQualifications: ['1+ years of Java'] }),
      'software-engineer',
    );
    expect(level.band).toBe('intern');
    expect(level.label).toBe('Intern');
  });

  it('falls back to scope words, saying it is a nudge', () => {
    const level = inferLevel(
      posting({
        title: 'Software Development Engineer',
        description: 'You will mentor other engineers.',
      }),
      'software-engineer',
    );
    expect(level.band).toBe('L5');
    expect(level.rationale[0]).toMatch(
      /^No level or years are stated, and the posting says “mentor/,
    );
  });

  it('reads scope words in the basic qualifications too', () => {
    const level = inferLevel(
      posting({
        title: 'Product Manager, Routing',
        basicQualifications: ["Bachelor's degree", 'Experience owning the product strategy'],
      }),
      'product-manager',
    );
    expect(level.band).toBe('L6');
    expect(level.rationale[0]).toMatch(
      /^No level or years are stated, and the posting says “owning/,
    );
  });

  it('is "unknown" only for a family with no ladder, saying why', () => {
    const level = inferLevel(posting({ title: 'Marketing Lead' }), 'other');
    expect(level.band).toBe('unknown');
    expect(level.confidence).toBe(0);
    expect(level.alternative).toBeNull();
    expect(level.rationale[0]).toMatch(
      /^The title states no level and the posting asks for no years of experience; .*share no ladder\.$/,
    );
  });

  it.each<[string, RoleFamily, LevelBand, LevelBand]>([
    ['Applied Scientist, Payments Risk', 'applied-scientist', 'L5', 'L6'],
    ['Data Engineer, Ads', 'data-engineer', 'L5', 'L4'],
    ['Cloud Support Engineer', 'support-engineer', 'L4', 'L5'],
  ])(
    'gives silent "%s" its family\'s usual band as a guess, with the runner-up',
    (title, family, band, alt) => {
      const level = inferLevel(posting({ title }), family);
      expect(level).toMatchObject({ band, alternative: alt });
      expect(level.confidence).toBeLessThan(0.6);
      expect(level.rationale[0]).toMatch(
        new RegExp(
          `, so LoopReady assumes ${band}, the usual level of .* postings that state none\\.$`,
        ),
      );
    },
  );

  it('reads manager ladders: Manager L6, any Sr. X Manager L7, Director L8', () => {
    const band = (title: string, family: RoleFamily) => inferLevel(posting({ title }), family).band;
    expect(band('Manager, Applied Science', 'applied-scientist')).toBe('L6');
    expect(band('Sr. Data Science Manager', 'data-scientist')).toBe('L7');
    expect(band('Senior Manager, Software Development', 'engineering-manager')).toBe('L7');
    expect(band('Director, Finance', 'finance')).toBe('L8');
    // A program manager manages programs, not people: the standard ladder.
    expect(band('Senior Program Manager', 'program-manager')).toBe('L6');
  });

  it('holds a manager title at L6 even when its years alone would say L5, offering L5 as runner-up', () => {
    const level = inferLevel(
      posting({
        title: 'Operations Manager',
        basicQualifications: ['3+ years of operations experience'],
      }),
      'operations',
    );
    expect(level).toMatchObject({ band: 'L6', alternative: 'L5' });
    expect(level.confidence).toBeLessThan(0.95);
  });

  it('reads a campus posting as L4, or intern when it is an internship', () => {
    const campus = inferLevel(
      posting({
        title: 'Software Development Engineer',
        description: 'We are hiring university graduates for our Seattle team.',
      }),
      'software-engineer',
    );
    expect(campus).toMatchObject({ band: 'L4', alternative: 'intern' });
    const internship = inferLevel(
      posting({
        title: 'Software Development Engineer',
        description: 'A campus hire internship for students currently enrolled in a degree.',
      }),
      'software-engineer',
    );
    expect(internship.band).toBe('intern');
  });

  it('does not read "from new college graduates to technical leaders" as a campus posting', () => {
    const level = inferLevel(
      posting({
        title: 'Software Development Engineer',
        description: 'Our teams span everyone from new college graduates to technical leaders.',
      }),
      'software-engineer',
    );
    expect(level.band).toBe('L5');
  });

  it('offers the neighbouring band whose years threshold is nearer as runner-up', () => {
    const years = (line: string) =>
      inferLevel(
        posting({ title: 'Software Development Engineer', basicQualifications: [line] }),
        'software-engineer',
      );
    expect(years('5+ years of software development experience')).toMatchObject({
      band: 'L6',
      alternative: 'L5',
    });
    expect(years('3+ years of software development experience')).toMatchObject({
      band: 'L5',
      alternative: 'L4',
    });
    expect(years('4+ years of software development experience')).toMatchObject({
      band: 'L5',
      alternative: 'L6',
    });
  });

  it('assumes the usual level of a silent SDE posting and says it is an assumption', () => {
    const level = inferLevel(
      posting({ title: 'Software Development Engineer' }),
      'software-engineer',
    );
    expect(level.band).toBe('L5');
    expect(level.rationale[0]).toMatch(/, so LoopReady assumes L5, the usual level of /);
  });
});

describe('bandForYears', () => {
  it.each<[number, RoleFamily, LevelBand]>([
    [0, 'software-engineer', 'L4'],
    [2, 'software-engineer', 'L5'],
    [2, 'program-manager', 'L4'],
    [4, 'program-manager', 'L5'],
    [7, 'technical-program-manager', 'L6'],
    [2, 'finance', 'L4'],
    [4, 'finance', 'L6'],
    [4, 'business-intelligence', 'L5'],
    [12, 'finance', 'L7'],
    [10, 'business-intelligence', 'L6'],
  ])('maps %d years for %s to %s', (years, family, band) => {
    expect(bandForYears(years, family)).toBe(band);
  });

  it.each<[number, RoleFamily, string, LevelBand]>([
    [5, 'software-engineer', 'Quality Assurance Engineer II', 'L5'],
    [5, 'software-engineer', 'SDET II, Music QA', 'L6'],
    [5, 'software-engineer', 'Software Development Engineer', 'L6'],
    [6, 'operations', 'Senior Associate, Trust & Safety', 'L4'],
    [3, 'operations', 'RME Coordinator', 'L4'],
    [3, 'operations', 'Operations Manager', 'L5'],
  ])('maps %d years for %s titled "%s" to %s', (years, family, title, band) => {
    expect(bandForYears(years, family, title)).toBe(band);
  });
});
