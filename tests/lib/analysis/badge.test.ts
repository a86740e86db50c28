import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analysis/analyze';
import { badgeForBand } from '@/lib/analysis/badge';
import { emptyPosting } from '@/lib/posting/fields';
import type { Posting } from '@/lib/posting/schema';

const base: Posting = emptyPosting();

describe('badgeForBand', () => {
  it.each([
    ['Software Development Engineer III', [], 'L6'],
    ['Software Dev Engineer Intern', [], 'Int'],
    ['Principal Product Manager', [], 'L7'],
    ['Data Engineer', ['5+ years of data engineering experience'], 'L6'],
    ['Warehouse Team Member', [], '?'],
  ])('%s -> %s', (title, basic, badge) => {
    const posting = { ...base, title, basicQualifications: basic };
    expect(badgeForBand(analyzePosting({ posting, missing: [] }).level.band)).toBe(badge);
  });
});
