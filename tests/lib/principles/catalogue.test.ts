import { describe, expect, it } from 'vitest';
import { hardToFakeIds, peopleLeadershipIds, principles } from '../../../lib/principles/catalogue';
import { principleIds } from '../../../lib/principles/ids';

const officialNames = [
  'Customer Obsession',
  'Ownership',
  'Invent and Simplify',
  'Are Right, A Lot',
  'Learn and Be Curious',
  'Hire and Develop the Best',
  'Insist on the Highest Standards',
  'Think Big',
  'Bias for Action',
  'Frugality',
  'Earn Trust',
  'Dive Deep',
  'Have Backbone; Disagree and Commit',
  'Deliver Results',
  "Strive to be Earth's Best Employer",
  'Success and Scale Bring Broad Responsibility',
];

describe('principles catalogue', () => {
  it('lists the 16 LPs once each, in Amazon order, with their official names', () => {
    expect(principles.map((p) => p.id)).toEqual([...principleIds]);
    expect(principles.map((p) => p.name)).toEqual(officialNames);
  });

  it.each(principles.map((p) => [p.id, p] as const))('%s has a one-line summary', (_id, p) => {
    expect(p.summary.length).toBeGreaterThan(20);
    expect(p.summary.length).toBeLessThanOrEqual(140);
    expect(p.summary).not.toMatch(/\n/);
  });

  it.each(principles.map((p) => [p.id, p] as const))(
    '%s has at least 4 distinct questions',
    (_id, p) => {
      expect(p.questions.length).toBeGreaterThanOrEqual(4);
      expect(new Set(p.questions).size).toBe(p.questions.length);
      for (const q of p.questions) expect(q).toMatch(/^[A-Z].{20,}[?.]$/);
    },
  );

  it('never asks the same question under two LPs', () => {
    const all = principles.flatMap((p) => p.questions.map((q) => q.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(principles.map((p) => [p.id, p] as const))(
    '%s has 20-40 unique lowercase signals',
    (_id, p) => {
      expect(p.signals.length).toBeGreaterThanOrEqual(20);
      expect(p.signals.length).toBeLessThanOrEqual(40);
      expect(new Set(p.signals).size).toBe(p.signals.length);
      for (const s of p.signals) expect(s).toBe(s.toLowerCase().trim());
    },
  );

  it.each(principles.map((p) => [p.id, p] as const))(
    '%s has a story prompt that completes "write one about ..."',
    (_id, p) => {
      expect(p.storyPrompt).toMatch(/^a time you /);
      expect(p.storyPrompt).not.toMatch(/[.?]$/);
    },
  );

  it('marks people-leadership and hard-to-fake LPs consistently with the exported lists', () => {
    const withTrait = (trait: string) =>
      principles.filter((p) => (p.traits as readonly string[]).includes(trait)).map((p) => p.id);
    expect(withTrait('people-leadership')).toEqual([...peopleLeadershipIds]);
    expect(withTrait('hard-to-fake')).toEqual([...hardToFakeIds]);
    expect(hardToFakeIds).toEqual([
      'are-right-a-lot',
      'earn-trust',
      'have-backbone-disagree-and-commit',
    ]);
  });
});
