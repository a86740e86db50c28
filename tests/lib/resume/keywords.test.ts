import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import {
  extractTerms,
  keywordCoverage,
  type KeywordCoverage,
  type KeywordTerm,
} from '../../../lib/resume/keywords';

// Terms are the posting's noun phrases, read with the full NLP tagger.
beforeAll(() => loadNlp());

describe('extractTerms', () => {
  it.each([
    ['3+ years of experience with Java, Python or Go', ['Python', 'Java', 'Go']],
    ['Experience with distributed systems and AWS', ['distributed systems', 'AWS']],
    ["Bachelor's degree in Computer Science", ['Computer Science']],
    ['Knowledge of C++, C# and .NET', ['.NET', 'C++', 'C#']],
    ['Experience with CI/CD and SQL', ['SQL', 'CI/CD']],
    [
      '5+ years of experience in compensation, benefits or HR consulting',
      ['compensation', 'benefits', 'HR consulting'],
    ],
    [
      'Experience managing inventory and vendor relationships in a warehouse environment',
      ['inventory', 'vendor relationships', 'warehouse'],
    ],
    [
      'Knowledge of month-end close, accruals and account reconciliations',
      ['month-end close', 'accruals', 'account reconciliations'],
    ],
    ['Ability to work in a fast-paced environment and manage multiple priorities', []],
  ])('finds the terms in "%s"', (line, terms) => {
    expect(new Set(extractTerms(line))).toEqual(new Set(terms));
  });
});

/** Our own postings' qualifications and resumes, one per non-engineering family. */
const cases = [
  {
    family: 'HR',
    basic: [
      '5+ years of experience in compensation, benefits or HR consulting',
      'Experience with market pricing, salary surveys and job evaluation',
      'Proficiency in Excel and HRIS systems such as Workday',
    ],
    preferred: ["Master's degree in Human Resources or Business Administration"],
    resume:
      'EXPERIENCE\n- Maintained salary structures for 12 countries using market pricing data\n- Ran the annual benefits renewal for 900 staff\n- Led HR consulting on compensation for 40 promotions\n- Built salary survey submissions in Excel',
    found: [
      'compensation',
      'benefits',
      'HR consulting',
      'market pricing',
      'salary surveys',
      'Excel',
    ],
    missing: ['job evaluation', 'HRIS systems', 'Workday'],
  },
  {
    family: 'operations',
    basic: [
      '3+ years of experience managing inventory and vendor relationships in a warehouse environment',
      'Experience using Lean or Six Sigma to improve safety, quality and productivity',
    ],
    preferred: ['Experience with SQL and supply chain planning'],
    resume:
      '- Cut inventory write-offs by 30% across 2 warehouses\n- Led Six Sigma projects that lifted productivity 12%\n- Renegotiated terms with 15 vendors',
    found: ['inventory', 'warehouse', 'Six Sigma', 'productivity'],
    // "15 vendors" is not "vendor relationships": a term counts only as a whole phrase.
    missing: ['vendor relationships', 'safety', 'SQL'],
  },
  {
    family: 'finance',
    basic: [
      'Knowledge of month-end close, accruals and account reconciliations',
      'Experience building financial models and forecasts in Excel',
    ],
    preferred: ['CPA or CFA preferred'],
    resume:
      '- Shortened the month-end close from 8 to 5 days\n- Ran account reconciliations for 60 ledgers each month\n- Built the revenue forecast model for a $40M business unit',
    found: ['month-end close', 'account reconciliations', 'forecasts'],
    missing: ['accruals', 'Excel', 'CPA', 'CFA'],
  },
];

describe.each(cases)('keywordCoverage of the $family posting', (c) => {
  let coverage: KeywordCoverage;
  let byTerm: Map<string, KeywordTerm>;
  beforeAll(() => {
    coverage = keywordCoverage(c.resume, { basic: c.basic, preferred: c.preferred });
    byTerm = new Map(coverage.terms.map((t) => [t.term, t]));
  });
  it('finds the domain terms the resume names, and shows where', () => {
    for (const term of c.found) {
      expect(byTerm.get(term)?.matched, term).toBe(true);
      expect(byTerm.get(term)?.where[0]?.length ?? 0, term).toBeGreaterThan(0);
    }
  });
  it('lists the terms the resume misses', () => {
    for (const term of c.missing) expect(byTerm.get(term)?.matched, term).toBe(false);
  });
  it('lists basic terms first', () => {
    const firstPreferred = coverage.terms.findIndex((t) => !t.basic);
    expect(coverage.terms.slice(firstPreferred).every((t) => !t.basic)).toBe(true);
  });
});

describe('keywordCoverage', () => {
  let coverage: KeywordCoverage;
  beforeAll(() => {
    coverage = keywordCoverage('Built services in Go on AWS with k8s\nwrote SQL reports', {
      basic: ['Experience with Go and Java', 'Experience with Kubernetes'],
      preferred: ['Experience with SQL and machine learning', 'Go expertise'],
    });
  });
  it('lists basic terms first, missed before matched, and where each was found', () => {
    expect(coverage.terms.map((t) => [t.term, t.basic, t.matched, t.where])).toEqual([
      ['Java', true, false, []],
      ['Go', true, true, ['Built services in Go on AWS with k8s']],
      ['Kubernetes', true, true, ['Built services in Go on AWS with k8s']],
      ['machine learning', false, false, []],
      ['SQL', false, true, ['wrote SQL reports']],
    ]);
  });
  it('counts matches per group', () => {
    expect(coverage.basic).toEqual({ matched: 2, total: 3 });
    expect(coverage.preferred).toEqual({ matched: 1, total: 2 });
  });
  it('joins a term and its abbreviation', () => {
    const hr = keywordCoverage('- Partnered with human resources on 3 reorganisations', {
      basic: ['Experience in HR', 'Knowledge of human resources'],
      preferred: [],
    });
    expect(hr.terms.map((t) => [t.term, t.matched])).toEqual([['HR', true]]);
  });
});

// Every listed term is one a recruiter would type into a search: a skill, tool, method, domain or
// credential, as the posting writes it. Our own qualification lines, one family each.
describe('extractTerms lists only terms a recruiter would search for', () => {
  it.each([
    ['Experience with Agile/Scrum delivery and JIRA', ['Agile/Scrum', 'JIRA'], ['Scrum', '/']],
    [
      'Experience implementing high volume data pipelines used by millions of users',
      ['data pipelines'],
      ['implementing', 'volume', 'users', 'millions'],
    ],
    [
      'Full stack development ranging from React front ends to Java services',
      ['React', 'Java'],
      ['full', 'development ranging', 'services'],
    ],
    [
      'Knowledge of change management practices and stakeholder management',
      ['change management', 'stakeholder management'],
      ['management', 'practices'],
    ],
    [
      '3+ years of payroll, benefits administration or HRIS (Workday) experience',
      ['payroll', 'benefits administration', 'HRIS', 'Workday'],
      ['experience', 'years'],
    ],
    [
      'Working knowledge of GAAP, month-end close and account reconciliations',
      ['GAAP', 'month-end close', 'account reconciliations'],
      ['knowledge'],
    ],
    [
      'Experience deploying and operating Kubernetes clusters on AWS',
      ['Kubernetes', 'AWS'],
      ['deploying', 'operating', 'clusters'],
    ],
    [
      'Ability to influence senior leaders and drive process improvements',
      [],
      ['leaders', 'process improvements', 'influence'],
    ],
  ])('"%s"', (line, must, mustNot) => {
    const terms = extractTerms(line);
    for (const term of must) expect(terms).toContain(term);
    const lower = terms.map((t) => t.toLowerCase());
    for (const term of mustNot) expect(lower).not.toContain(term.toLowerCase());
  });

  it('reads no term from a link line', () => {
    expect(
      extractTerms('For more details on accommodations, please visit https://example.test/help'),
    ).toEqual([]);
  });
});
