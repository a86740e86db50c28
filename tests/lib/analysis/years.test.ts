import { describe, expect, it } from 'vitest';
import { findYears, requiredYears } from '../../../lib/analysis/years';

describe('findYears', () => {
  it.each([
    ['3+ years of non-internship professional software development experience', 3],
    ['5+ yrs of backend development', 5],
    ['five or more years of experience leading teams', 5],
    ['At least 3 years of non-internship experience', 3],
    ['2 years of experience writing SQL', 2],
    ['10+ years of engineering experience', 10],
    ['A minimum of seven years of finance experience', 7],
    ['minimum of five (5) years of relevant experience', 5],
    ['2 to 4 years of relevant experience', 2],
    ['3-5 years experience in operations', 3],
    ['6+ months of customer service experience', 0.5],
    ['3 años de experiencia en desarrollo', 3],
    ['3年以上の開発経験', 3],
  ])('reads "%s" as %d years', (line, years) => {
    expect(findYears(line).map((m) => m.years)).toEqual([years]);
  });

  it.each([
    'Must be 18 years of age or older',
    'A 4-year degree in computer science',
    'Shipped two products in the last 2 years',
    'Amazon has spent years building its supply chain',
  ])('finds no experience requirement in "%s"', (line) => {
    expect(findYears(line)).toEqual([]);
  });

  it('marks years offered instead of a degree as an alternative', () => {
    const [m] = findYears("Bachelor's degree, or 4+ years of professional or military experience");
    expect(m).toMatchObject({ years: 4, alternative: true });
  });

  it('keeps years required on top of a degree as the requirement', () => {
    expect(findYears("PhD, or Master's degree and 4+ years of ML experience")[0]).toMatchObject({
      years: 4,
      alternative: false,
    });
    expect(
      findYears(
        'Bachelor degree (in Computer Science or Business) and 2 to 4 years of experience',
      )[0],
    ).toMatchObject({ years: 2, alternative: false });
  });

  it('splits one-line bullet lists so each clause is quoted on its own', () => {
    const found = findYears(
      'Bachelor degree in a quantitative field • 3+ years of data analytics • SQL',
    );
    expect(found).toEqual([{ years: 3, quote: '3+ years of data analytics', alternative: false }]);
  });
});

describe('requiredYears', () => {
  it('takes the largest requirement, the one that sets the bar', () => {
    const found = requiredYears([
      '5+ years of non-internship professional software development experience',
      '2+ years of design or architecture experience',
      'Experience programming with at least one language',
    ]);
    expect(found?.years).toBe(5);
    expect(found?.quote).toMatch(/^5\+ years of non-internship/);
  });

  it('prefers a real requirement over a larger degree alternative', () => {
    const found = requiredYears([
      "Bachelor's degree or equivalent, or 4+ years of Amazon experience",
      '1+ years of Excel experience',
    ]);
    expect(found).toMatchObject({ years: 1, alternative: false });
  });

  it('falls back to the alternative when it is all there is', () => {
    expect(requiredYears(["Bachelor's degree, or 4+ years of experience"])).toMatchObject({
      years: 4,
      alternative: true,
    });
  });

  it('returns null when no line asks for years', () => {
    expect(requiredYears(['Experience with Java', 'Bachelor’s degree'])).toBeNull();
  });
});
