import { describe, expect, it } from 'vitest';
import { inferPrinciples } from '../../../lib/analysis/likely-principles';
import type { Level, Role } from '../../../lib/analysis/schema';
import type { LevelBand, RoleFamily } from '../../../lib/families/ids';
import type { Posting } from '../../../lib/posting/schema';
import { posting as basePosting } from '../../factories/posting';

const posting = (over: Partial<Posting> = {}): Posting =>
  basePosting({
    title: 'Software Development Engineer II, Returns Platform',
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

  // Evidence is the whole clause or qualification that holds the signal, never words cut
  // around it ("send back an", "mentor newer engineers on").
  it.each([
    [
      'dive-deep',
      'You will find the root cause of production issues and mentor newer engineers on the team',
    ],
    [
      'hire-and-develop-the-best',
      'You will find the root cause of production issues and mentor newer engineers on the team',
    ],
    ['ownership', 'Experience mentoring engineers through their first on-call rotation'],
  ])('lists %s with the posting clause that suggests it', (id, phrase) => {
    const lp = byId(lps, id);
    expect(lp?.isDefault).toBe(false);
    expect(lp?.evidence).toContain(phrase);
  });

  // "customers" in a sentence about what the team builds is a topic, not an ask of the hire.
  it('does not quote a sentence that only mentions customers as Customer Obsession', () => {
    expect(byId(lps, 'customer-obsession')).toMatchObject({ isDefault: true, evidence: [] });
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

describe('inferPrinciples on the role text only', () => {
  const sde = role('software-engineer');
  const l5 = level('L5');

  it('puts LPs the role text names outright first, quoting that sentence', () => {
    const lps = inferPrinciples(
      posting({
        description:
          'You will build tools for store managers. We look for people who live the Leadership Principles of Dive Deep and Earn Trust every day.',
      }),
      sde,
      l5,
    );
    expect(
      lps
        .slice(0, 2)
        .map((lp) => lp.id)
        .sort(),
    ).toEqual(['dive-deep', 'earn-trust']);
    expect(lps[0]?.evidence[0]).toBe(
      'We look for people who live the Leadership Principles of Dive Deep and Earn Trust every day',
    );
  });

  it('never takes a title or team word as evidence', () => {
    const lps = inferPrinciples(
      posting({
        title: 'Customer Service Lead, Bonus Delivery',
        description: 'Plan weekly rosters and keep the shared calendar current.',
        basicQualifications: [],
        preferredQualifications: [],
      }),
      role('operations'),
      l5,
    );
    const quoted = lps.flatMap((lp) => lp.evidence).join(' | ');
    expect(quoted).not.toMatch(/Customer Service|Bonus Delivery/);
    expect(lps.find((lp) => lp.id === 'deliver-results')?.isDefault ?? true).toBe(true);
  });

  it('drops a company-intro paragraph, whatever its wording', () => {
    const lps = inferPrinciples(
      posting({
        description: [
          'Since 1994 our company has been a pioneer, and it aims to be the most customer-centric company anywhere.',
          'You will own the billing service end to end.',
        ].join('\n'),
      }),
      sde,
      l5,
    );
    const quoted = lps.flatMap((lp) => lp.evidence).join(' | ');
    expect(quoted).not.toMatch(/pioneer|customer-centric/);
    expect(lps.find((lp) => lp.id === 'ownership')?.evidence[0]).toBe(
      'You will own the billing service end to end',
    );
  });

  it('does not count an ask under a negation', () => {
    const lps = inferPrinciples(
      posting({
        description: 'No prior experience with audits is required; we teach you on the job.',
        basicQualifications: [],
        preferredQualifications: [],
      }),
      sde,
      l5,
    );
    expect(lps.find((lp) => lp.id === 'dive-deep')?.evidence ?? []).not.toContainEqual(
      expect.stringMatching(/audits/),
    );
  });

  it('marks the 3 to 5 LPs with the strongest evidence as top, in rank order', () => {
    const lps = inferPrinciples(posting(), sde, l5);
    const top = lps.filter((lp) => lp.top);
    expect(top.length).toBeGreaterThanOrEqual(3);
    expect(top.length).toBeLessThanOrEqual(5);
    expect(lps.slice(0, top.length)).toEqual(top);
  });
});
