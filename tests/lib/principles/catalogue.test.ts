import { describe, expect, it } from 'vitest';
import {
  hardToFakeIds,
  peopleLeadershipIds,
  principles,
  questionsFor,
} from '../../../lib/principles/catalogue';
import { principleIds } from '../../../lib/principles/ids';
import { roleFamilies } from '../../../lib/families/ids';

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
    const all = principles.flatMap((p) =>
      [...p.questions, ...(p.fitted ?? []).map((q) => q.text)].map((q) => q.toLowerCase()),
    );
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

  it('keeps builder words out of the family-neutral questions', () => {
    for (const p of principles)
      for (const q of p.questions)
        expect(q).not.toMatch(/\b(ship|shipped|bug|roadmap|headcount)\b/i);
  });

  it('writes fitted questions like the rest and gives each at least one audience', () => {
    for (const p of principles)
      for (const q of p.fitted ?? []) {
        expect(q.text).toMatch(/^[A-Z].{20,}[?.]$/);
        expect('families' in q.for ? q.for.families.length : 1).toBeGreaterThan(0);
        if ('families' in q.for)
          for (const f of q.for.families) expect(roleFamilies as readonly string[]).toContain(f);
      }
  });
});

describe('questionsFor', () => {
  const standards = principles.find((p) => p.id === 'insist-on-the-highest-standards')!;
  const refuse =
    'Tell me about a time you refused to ship something because it was not good enough.';

  it('asks a software engineer about refusing to ship, and a compensation role not', () => {
    expect(questionsFor(standards, { family: 'software-engineer' })).toContain(refuse);
    const hr = questionsFor(standards, { family: 'hr-recruiting' });
    expect(hr).not.toContain(refuse);
    expect(hr.some((q) => /pay decision/.test(q))).toBe(true);
  });

  it('gives only the family-neutral questions when there is no posting', () => {
    expect(questionsFor(standards)).toEqual(standards.questions);
  });

  it('asks about headcount only from L6 up', () => {
    const frugality = principles.find((p) => p.id === 'frugality')!;
    const headcount = (band: 'L4' | 'L6') =>
      questionsFor(frugality, { family: 'software-engineer', band }).some((q) =>
        q.includes('headcount'),
      );
    expect(headcount('L4')).toBe(false);
    expect(headcount('L6')).toBe(true);
  });
});
