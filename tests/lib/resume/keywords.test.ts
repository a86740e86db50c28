import { describe, expect, it } from 'vitest';
import { extractTerms, keywordCoverage } from '../../../lib/resume/keywords';

describe('extractTerms', () => {
  it.each([
    ['3+ years of experience with Java, Python or Go', ['python', 'java', 'Go']],
    ['Experience with distributed systems and AWS', ['distributed systems', 'aws']],
    ["Bachelor's degree in Computer Science", ['computer science']],
    ['Knowledge of C++, C# and .NET', ['.net', 'C++', 'C#']],
    ['Experience with CI/CD and SQL', ['sql', 'CI/CD']],
  ])('finds the skills in "%s"', (line, terms) => {
    expect(new Set(extractTerms(line))).toEqual(new Set(terms));
  });
});

describe('keywordCoverage', () => {
  const coverage = keywordCoverage('Built services in Go on AWS with k8s; wrote SQL reports', {
    basic: ['Experience with Go and Java', 'Experience with Kubernetes'],
    preferred: ['Experience with SQL and machine learning', 'Go expertise'],
  });
  it('lists basic terms first, missed before matched', () => {
    expect(coverage.terms.map((t) => [t.term, t.basic, t.matched])).toEqual([
      ['java', true, false],
      ['Go', true, true],
      ['kubernetes', true, true],
      ['machine learning', false, false],
      ['sql', false, true],
    ]);
  });
  it('counts matches per group', () => {
    expect(coverage.basic).toEqual({ matched: 2, total: 3 });
    expect(coverage.preferred).toEqual({ matched: 1, total: 2 });
  });
});
