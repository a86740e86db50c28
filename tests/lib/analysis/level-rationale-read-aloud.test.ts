// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { posting } from '../../factories/posting';
import { analyzePosting } from '../../../lib/analysis/analyze';
import { inferLevel } from '../../../lib/analysis/level';
import { extractPosting } from '../../../lib/posting/extract';
import type { RoleFamily } from '../../../lib/families/ids';

/**
 * The popup shows each level reason as a sentence a candidate reads once: capitalised, ending in a
 * period, quoting the posting in curly quotes, with no arrows or bracketed notes.
 */
function unreadable(reason: string): string[] {
  const faults: string[] = [];
  if (reason.includes('->')) faults.push('arrow');
  if (reason.includes('(capped')) faults.push('bracketed cap');
  if (/stated level wins|description names wins/.test(reason)) faults.push('"wins"');
  if (!/^\p{Lu}/u.test(reason)) faults.push('no capital first letter');
  if (!reason.endsWith('.')) faults.push('no final period');
  return faults;
}

const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/amazon-jobs');

describe('level rationales read aloud', () => {
  const pages = fs.readdirSync(fixtureDir).filter((f) => f.endsWith('.html'));

  it.each(pages)('are plain sentences for the fixture page %s', (file) => {
    const html = fs.readFileSync(path.join(fixtureDir, file), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = extractPosting(doc, `https://www.amazon.jobs/en/jobs/3000101/${file}`);
    if (!result.posting.title) return; // a page that is not a job posting has no level to explain
    const { rationale } = analyzePosting(result).level;
    expect(rationale.length).toBeGreaterThan(0);
    for (const reason of rationale) expect(unreadable(reason), reason).toEqual([]);
  });

  // One posting for each way the level is found, in our own words.
  it.each<[string, Parameters<typeof posting>[0], RoleFamily]>([
    ['a numeral', { title: 'Software Dev Engineer II, Maps' }, 'software-engineer'],
    [
      'a numeral the years disagree with',
      { title: 'Software Dev Engineer II', basicQualifications: ['8+ years of coding'] },
      'software-engineer',
    ],
    ['a director title', { title: 'Director, Fleet Finance' }, 'finance'],
    ['a manager title', { title: 'Operations Manager, Yard' }, 'operations'],
    ['an intern title', { title: 'Data Science Intern' }, 'data-scientist'],
    ['a first-line SDM', { title: 'Software Development Manager' }, 'engineering-manager'],
    ['an entry prefix', { title: 'Associate Program Manager, Books' }, 'program-manager'],
    ['an hourly head noun', { title: 'Inventory Coordinator' }, 'operations'],
    [
      'a level the description names',
      { title: 'Data Scientist', description: 'We are looking for a Sr. Data Scientist to join.' },
      'data-scientist',
    ],
    [
      'years in place of a degree',
      {
        title: 'Software Development Engineer',
        basicQualifications: ['Bachelor’s degree, or 4+ years of coding experience in lieu of one'],
      },
      'software-engineer',
    ],
    [
      'years in the description',
      {
        title: 'Software Development Engineer',
        description: '3+ years of software development experience',
      },
      'software-engineer',
    ],
    [
      'a people manager',
      {
        title: 'Operations Lead, Sort Center',
        basicQualifications: ['3+ years of people management experience'],
      },
      'operations',
    ],
    [
      'a campus posting',
      { title: 'Software Development Engineer', description: 'We hire new graduates each year.' },
      'software-engineer',
    ],
    [
      'a campus internship',
      {
        title: 'Software Development Engineer',
        description: 'Students currently enrolled in a degree join a summer internship.',
      },
      'software-engineer',
    ],
    [
      'strategy words',
      { title: 'Product Manager', description: 'You will own the pricing strategy.' },
      'product-manager',
    ],
    [
      'ownership words',
      { title: 'Software Development Engineer', description: 'You will mentor other engineers.' },
      'software-engineer',
    ],
    ['a silent posting', { title: 'Data Engineer, Ads' }, 'data-engineer'],
    ['a family with no ladder', { title: 'Marketing Lead' }, 'other'],
  ])('are plain sentences for %s, quoting in curly quotes', (_, fields, family) => {
    const { rationale } = inferLevel(posting(fields), family);
    expect(rationale.length).toBeGreaterThan(0);
    for (const reason of rationale) {
      expect(unreadable(reason), reason).toEqual([]);
      expect(reason, reason).not.toMatch(/"/);
    }
  });
});
