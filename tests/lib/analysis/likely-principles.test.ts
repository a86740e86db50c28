import { describe, expect, it } from 'vitest';
import { inferPrinciples } from '../../../lib/analysis/likely-principles';
import type { Level, Role } from '../../../lib/analysis/schema';
import type { LevelBand, RoleFamily } from '../../../lib/families/ids';
import type { Posting } from '../../../lib/posting/schema';

const posting = (over: Partial<Posting> = {}): Posting => ({
  title: 'Software Development Engineer II, Returns Platform',
  jobId: '1',
  url: '',
  locale: 'en',
  locations: [],
  category: '',
  team: '',
  company: '',
  description: [
    'The Returns Platform team builds the services that let customers send back an order in a few taps.',
    'You will find the root cause of production issues and mentor newer engineers on the team.',
  ].join(' '),
  basicQualifications: ['3+ years of professional software development experience'],
  preferredQualifications: [
    'Experience mentoring engineers through their first on-call rotation',
    'Our inclusive culture empowers everyone to deliver great results for customers.',
  ],
  ...over,
});
const role = (family: RoleFamily): Role => ({ family, label: family, evidence: [] });
const level = (band: LevelBand): Level => ({ band, label: band, rationale: [], years: null });

const byId = (lps: ReturnType<typeof inferPrinciples>, id: string) => lps.find((l) => l.id === id);

describe('inferPrinciples', () => {
  const lps = inferPrinciples(posting(), role('software-engineer'), level('L6'));

  it.each([
    ['customer-obsession', 'services that let customers send back an'],
    ['dive-deep', 'will find the root cause of production issues'],
    ['hire-and-develop-the-best', 'production issues and mentor newer engineers on'],
    ['ownership', 'through their first on-call rotation'],
  ])('lists %s with the posting phrase that suggests it', (id, phrase) => {
    const lp = byId(lps, id);
    expect(lp?.isDefault).toBe(false);
    expect(lp?.evidence).toContain(phrase);
  });

  it('adds role and level defaults without evidence and with a low score', () => {
    for (const id of ['deliver-results', 'think-big']) {
      expect(byId(lps, id)).toMatchObject({ isDefault: true, evidence: [], score: 0.1 });
    }
  });

  it('ignores the hiring boilerplate every posting carries', () => {
    const all = lps.flatMap((l) => l.evidence).join(' | ');
    expect(all).not.toMatch(/inclusive|great results/);
  });

  it('never lists an LP without evidence unless it is a flagged default', () => {
    for (const lp of lps) expect(lp.isDefault || lp.evidence.length > 0).toBe(true);
    for (const lp of lps.filter((l) => l.isDefault)) expect(lp.evidence).toEqual([]);
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    const text = flat(
      [
        posting().title,
        posting().description,
        ...posting().basicQualifications,
        ...posting().preferredQualifications,
      ].join('\n'),
    );
    for (const quote of lps.flatMap((l) => l.evidence)) expect(text).toContain(quote);
  });

  it('sorts by score, evidenced LPs above defaults, with scores in 0..1', () => {
    const scores = lps.map((l) => l.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const firstDefault = lps.findIndex((l) => l.isDefault);
    expect(lps.slice(firstDefault).every((l) => l.isDefault)).toBe(true);
    for (const s of scores) expect(s).toBeGreaterThan(0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
    expect(new Set(lps.map((l) => l.id)).size).toBe(lps.length);
  });

  it('gives people-manager defaults to manager titles but not to program or product managers', () => {
    const empty = { description: '', basicQualifications: [], preferredQualifications: [] };
    const ids = (title: string, family: RoleFamily) =>
      inferPrinciples(posting({ ...empty, title }), role(family), level('unknown')).map(
        (l) => l.id,
      );
    expect(ids('Software Development Manager, Returns', 'engineering-manager')).toContain(
      'strive-to-be-earths-best-employer',
    );
    expect(ids('Area Manager, Fulfillment', 'operations')).toContain('hire-and-develop-the-best');
    expect(ids('Senior Product Manager, Returns', 'product-manager')).not.toContain(
      'hire-and-develop-the-best',
    );
    expect(ids('Program Manager, Logistics', 'program-manager')).not.toContain(
      'strive-to-be-earths-best-employer',
    );
  });

  it('still gives a starting list for an empty posting, all of it flagged as defaults', () => {
    const empty = posting({
      title: '',
      description: '',
      basicQualifications: [],
      preferredQualifications: [],
    });
    const result = inferPrinciples(empty, role('software-engineer'), level('L4'));
    expect(result.map((l) => l.id)).toEqual([
      'dive-deep',
      'deliver-results',
      'learn-and-be-curious',
      'customer-obsession',
      'ownership',
    ]);
    expect(result.every((l) => l.isDefault && l.evidence.length === 0)).toBe(true);
  });
});
