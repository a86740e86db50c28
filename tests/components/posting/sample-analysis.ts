import { interviewProcess } from '@/lib/process/interview-process';
import type { Posting } from '@/lib/posting/schema';
import type { PostingAnalysis } from '@/lib/analysis/schema';

/** A hand-written posting and analysis in the shapes lib/posting produces (our own words). */
export function samplePosting(overrides: Partial<Posting> = {}): Posting {
  return {
    title: 'Software Development Engineer II, Checkout Experience',
    jobId: '9900112',
    url: 'https://www.amazon.jobs/en/jobs/9900112/sde-ii',
    locale: 'en',
    locations: ['Seattle, WA, USA', 'Austin, TX, USA'],
    category: 'Software Development',
    team: 'Checkout',
    company: 'Amazon.com Services LLC',
    description: 'Build the services behind checkout.',
    basicQualifications: [
      '3+ years of non-internship professional software development experience',
    ],
    preferredQualifications: ['Experience owning services end to end'],
    ...overrides,
  };
}

export function sampleAnalysis(overrides: Partial<PostingAnalysis> = {}): PostingAnalysis {
  return {
    id: '9900112',
    title: 'Software Development Engineer II, Checkout Experience',
    role: {
      family: 'software-engineer',
      label: 'Software Development Engineer',
      evidence: ['Development Engineer', 'software development'],
    },
    level: {
      band: 'L5',
      label: 'SDE II, L5',
      rationale: ['The title says “II”: L5.', 'The basic qualifications ask for “3+ years”: L5.'],
      years: 3,
    },
    lps: [
      {
        id: 'ownership',
        name: 'Ownership',
        score: 0.9,
        evidence: ['owning services end to end'],
        isDefault: false,
      },
      {
        id: 'customer-obsession',
        name: 'Customer Obsession',
        score: 0.7,
        evidence: ['behind checkout'],
        isDefault: false,
      },
      { id: 'dive-deep', name: 'Dive Deep', score: 0.3, evidence: [], isDefault: true },
    ],
    managesPeople: { manages: false, evidence: [] },
    process: interviewProcess('software-engineer', 'L5', false),
    missing: [],
    ...overrides,
  };
}
