import { describe, expect, it } from 'vitest';
import { isBoilerplate, isCompanyPraise } from '../../../lib/analysis/boilerplate';

// Paragraphs written for these tests, in the shapes hiring boilerplate takes.
describe('isBoilerplate', () => {
  it.each([
    'Our company is proud to be an equal opportunity employer that values every applicant.',
    'Candidates who need a change to the interview process because of a disability can tell us.',
    'We base our hiring decisions on what you can do; read how we handle your personal data.',
    'Founded in 1994, Amazon is guided by a wish to be the most customer-centric company in the world.',
    'Everyone here can join affinity groups and enjoy work-life harmony as part of our inclusive culture.',
    'We look for students and recent graduates who want an internship where they build real things; apply now.',
  ])('flags "%s"', (paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(true);
  });

  it.each([
    'You will own the returns service end to end and work backwards from what sellers need.',
    'Our team works backwards from customers and moves fast; we measure everything we ship.',
    'Build and run pipelines that process millions of records a day.',
  ])('keeps role text "%s"', (paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(false);
  });
});

describe('isCompanyPraise', () => {
  it('flags a sentence praising the company and keeps one addressed to the hire', () => {
    expect(
      isCompanyPraise('Our mission is to be the most customer-centric company there is.'),
    ).toBe(true);
    expect(isCompanyPraise('You will work backwards from what our customers need.')).toBe(false);
  });
});
