import { describe, expect, it } from 'vitest';
import { inferPrinciples } from '../../../lib/analysis/likely-principles';
import type { Level, Role } from '../../../lib/analysis/schema';
import type { Posting } from '../../../lib/posting/schema';

// A posting written for this test: role text with clear asks, skill lines that are topics only,
// and the pitch, perks, logistics and link lines a real posting carries around them.
const posting: Posting = {
  title: 'Software Development Engineer, Parcel Lockers',
  jobId: '9',
  url: '',
  locale: 'en',
  locations: [],
  category: '',
  team: '',
  company: '',
  description: [
    'The Parcel Lockers team keeps thousands of pickup points running through the holiday rush.',
    'Do you want to dive deep into why a locker door jams at minus twenty degrees?',
    'You will find the root cause of each outage, and you will find the root cause quickly, with the on-call engineer beside you.',
    'You will mentor two junior engineers and help hire the next ones.',
    'About Amazon',
    'Amazon strives to be the most customer-centric company on the planet, and customer obsession guides every team.',
    'Benefits',
    'We offer 401(k) matching, commuter reimbursements and a frugal-living stipend.',
    'We hire engineers for this team in several cities based on location preference.',
    'For more details about the team, visit our page on the careers site.',
  ].join('\n'),
  basicQualifications: [
    "Bachelor's degree in STEM or a related field",
    'Experience with distributed systems',
    'Hands-on full stack development experience',
    'Proficiency with Microsoft Word and Excel',
  ],
  preferredQualifications: [
    'Experience leading a team of engineers through their growth and development',
  ],
};
const role: Role = { family: 'software-engineer', label: 'SDE', evidence: [] };
const level: Level = { band: 'L5', label: 'SDE II', rationale: [], years: 3 };
const lps = inferPrinciples(posting, role, level);
const quotes = lps.flatMap((lp) => lp.evidence.map((q) => [lp.id, q] as const));

describe('LP evidence read the way a recruiter reads a posting', () => {
  it.each([
    ["Bachelor's degree in STEM"],
    ['distributed systems'],
    ['full stack development'],
    ['Microsoft Word'],
  ])('never quotes the skill line "%s" as an ask', (skill) => {
    expect(quotes.filter(([, q]) => q.includes(skill))).toEqual([]);
  });

  it.each([['customer-centric'], ['401(k)'], ['location preference'], ['visit our page']])(
    'never quotes pitch, benefit, logistics or link text ("%s")',
    (words) => {
      expect(quotes.filter(([, q]) => q.includes(words))).toEqual([]);
    },
  );

  it('keeps the question mark of a question it quotes', () => {
    expect(lps.find((lp) => lp.id === 'dive-deep')?.evidence).toContain(
      'Do you want to dive deep into why a locker door jams at minus twenty degrees?',
    );
  });

  it('quotes one sentence once under an LP, however many asks it holds', () => {
    const dive = lps.find((lp) => lp.id === 'dive-deep')?.evidence ?? [];
    expect(dive.filter((q) => q.includes('root cause'))).toHaveLength(1);
  });

  it('puts the asks first and leaves no doubled or inner-word ellipsis', () => {
    const hire = lps.find((lp) => lp.id === 'hire-and-develop-the-best');
    expect(hire?.evidence[0]).toBe(
      'You will mentor two junior engineers and help hire the next ones',
    );
    for (const [, q] of quotes) {
      expect(q).not.toMatch(/……|\.\.\.|\w…\w/);
    }
  });

  it('does not read "frugal-living stipend" in a benefits list as Frugality', () => {
    expect(lps.find((lp) => lp.id === 'frugality')).toBeUndefined();
  });
});
