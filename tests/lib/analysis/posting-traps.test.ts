// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../lib/analysis/analyze';
import { inferLevel } from '../../../lib/analysis/level';
import { inferRoleFamily } from '../../../lib/analysis/role-family';
import { extractPosting } from '../../../lib/posting/extract';
import type { Posting } from '../../../lib/posting/schema';

const fixture = path.resolve(
  import.meta.dirname,
  '../../fixtures/amazon-jobs/ops-boilerplate-en.html',
);
const page = new DOMParser().parseFromString(fs.readFileSync(fixture, 'utf8'), 'text/html');
const url = 'https://www.amazon.jobs/en/jobs/3000777/area-manager-inbound-dock';
const extracted = extractPosting(page, url);
const analysis = analyzePosting(extracted);
const quotes = analysis.lps.flatMap((lp) => lp.evidence);

describe('a posting read past its pitch, perks, logistics, links and EEO text', () => {
  it('quotes only the role: no pitch, benefit, logistics, link or EEO line as evidence', () => {
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes)
      expect(q).not.toMatch(/customer-centric|401\(k\)|buddy|location preference|visit|applicants/);
  });

  it('ranks the duties it asks for: root causes, coaching a team, a safe workplace', () => {
    const top = analysis.lps.filter((lp) => lp.top).map((lp) => lp.id);
    expect(top).toEqual(
      expect.arrayContaining([
        'dive-deep',
        'hire-and-develop-the-best',
        'strive-to-be-earths-best-employer',
      ]),
    );
  });

  it('does not read a new-hire mentoring programme as a campus hire on a 2-5 years posting', () => {
    expect(analysis.level.rationale.join(' ')).toMatch(/2-5 years/);
    expect(analysis.level.rationale.join(' ')).not.toMatch(/campus|intern/i);
    expect(analysis.level.alternative).not.toBe('intern');
  });

  it('shows an operations role a phone screen that is not technical', () => {
    const phone = analysis.process.before.find((s) => s.kind === 'phone-screen');
    expect(phone?.name).toBe('Phone screen');
  });
});

const base: Posting = {
  title: '',
  jobId: '1',
  url: '',
  locale: 'en',
  locations: [],
  category: '',
  team: '',
  company: '',
  description: '',
  basicQualifications: [],
  preferredQualifications: [],
};

describe('engineer titles without the word "software"', () => {
  it.each([
    ['Principal Engineer - Alexa Shopping', 'L7'],
    ['Principal Engineer, Fulfillment Robotics', 'L7'],
    ['Senior Principal Engineer, Devices', 'L8'],
    ['Staff Engineer - Payments', 'L7'],
  ])('reads "%s" as a software engineer at %s', (title, band) => {
    const posting = { ...base, title };
    const role = inferRoleFamily(posting);
    expect(role.family).toBe('software-engineer');
    expect(inferLevel(posting, role.family).band).toBe(band);
    const process = analyzePosting({ posting, missing: [] }).process;
    expect(process.before.map((s) => s.name)).toContain('Technical phone screen');
    expect(process.loop.map((s) => s.name).join(' ')).not.toMatch(/Role skills/);
  });
});

describe('rationales that say only what the posting says', () => {
  it('does not call a level the description names "the stated level" when the title states none', () => {
    const posting = {
      ...base,
      title: 'Software Development Engineer, Search Ranking',
      description: 'We are looking for an SDE II to join the ranking team.',
      basicQualifications: ['5+ years of professional software development experience'],
    };
    const level = inferLevel(posting, 'software-engineer');
    const why = level.rationale.join(' ');
    expect(why).not.toMatch(/title’s level|stated level/);
    expect(why).toMatch(/; the level the description names comes first\.$/);
  });
});

describe('the interview process follows what the posting asks', () => {
  const manager = (lines: string[]): Posting => ({
    ...base,
    title: 'Software Development Manager, Checkout',
    description: 'You will lead a team of eight engineers and grow their careers.',
    basicQualifications: lines,
  });

  it('gives a manager of engineers who is not asked to code no coding test', () => {
    const a = analyzePosting({
      posting: manager(['3+ years of experience managing engineering teams']),
      missing: [],
    });
    const test = a.process.before.find((s) => s.kind === 'online-assessment');
    expect(a.managesPeople.manages).toBe(true);
    expect(test?.what).not.toMatch(/coding problems/);
  });

  it('keeps the coding test for a manager whose posting asks for hands-on coding', () => {
    const a = analyzePosting({
      posting: manager([
        'Hands-on coding experience in Java or Python',
        '3+ years of managing engineers',
      ]),
      missing: [],
    });
    expect(a.process.before.find((s) => s.kind === 'online-assessment')?.what).toMatch(
      /coding problems/,
    );
  });

  it.each([
    [
      'HR Business Partner, Fulfillment',
      'Partner with site leaders on team health and talent plans.',
    ],
    ['Senior Financial Analyst, Retail', 'Build the monthly forecast and explain the variance.'],
  ])('shows "%s" a phone screen, not a technical one', (title, duty) => {
    const a = analyzePosting({ posting: { ...base, title, description: duty }, missing: [] });
    expect(a.process.before.find((s) => s.kind === 'phone-screen')?.name).toBe('Phone screen');
  });

  it('keeps the technical phone screen for an HR role that asks for SQL', () => {
    const a = analyzePosting({
      posting: {
        ...base,
        title: 'HR Business Partner, People Insights',
        description: 'Build people dashboards.',
        basicQualifications: ['Experience writing SQL queries'],
      },
      missing: [],
    });
    expect(a.role.family).toBe('hr-recruiting');
    expect(a.process.before.find((s) => s.kind === 'phone-screen')?.name).toBe(
      'Technical phone screen',
    );
  });
});
