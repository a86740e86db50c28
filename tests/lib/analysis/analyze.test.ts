import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analysis/analyze';
import { emptyPosting } from '@/lib/posting/fields';
import { PostingAnalysisSchema } from '@/lib/analysis/schema';
import { type ExtractResult } from '@/lib/posting/schema';

function result(
  title: string,
  basic: string[],
  description = '',
  missing: ExtractResult['missing'] = [],
): ExtractResult {
  return {
    posting: {
      ...emptyPosting('https://www.amazon.jobs/en/jobs/9000001/x', 'en'),
      title,
      jobId: '9000001',
      locations: ['IN, KA, Bengaluru'],
      description,
      basicQualifications: basic,
    },
    missing,
  };
}

describe('analyzePosting', () => {
  const sde = analyzePosting(
    result(
      'Software Development Engineer II, Payments',
      ['3+ years of non-internship professional software development experience'],
      'You will own services end to end and dive deep into operational metrics to find the root cause of failures.\nWork backwards from customers.',
    ),
  );

  it('gives the family, level and LPs a candidate needs, in the published shape', () => {
    expect(PostingAnalysisSchema.safeParse(sde).success).toBe(true);
    expect(sde).toMatchObject({
      id: '9000001',
      role: { family: 'software-engineer' },
      level: { band: 'L5' },
    });
    expect(sde.level.rationale.join(' ')).toMatch(/II/);
  });

  it('lists evidenced LPs first, each quoting the posting', () => {
    const evidenced = sde.lps.filter((lp) => !lp.isDefault);
    expect(evidenced.map((lp) => lp.id)).toEqual(
      expect.arrayContaining(['dive-deep', 'customer-obsession']),
    );
    for (const lp of evidenced) expect(lp.evidence.length).toBeGreaterThan(0);
    const scores = sde.lps.map((lp) => lp.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('plans a loop with system design and one Bar Raiser for an L5 engineer', () => {
    const kinds = sde.process.loop.map((r) => r.kind);
    expect(kinds).toContain('system-design');
    expect(kinds.filter((k) => k === 'bar-raiser')).toHaveLength(1);
  });

  it('passes on what the page could not give', () => {
    const partial = analyzePosting(
      result('Program Manager', [], '', ['description', 'basicQualifications']),
    );
    expect(partial.missing).toEqual(['description', 'basicQualifications']);
    expect(partial.role.family).toBe('program-manager');
  });
});
