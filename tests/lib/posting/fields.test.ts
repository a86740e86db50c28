import { describe, expect, it } from 'vitest';
import { emptyPosting, fieldCaps, holdsPosting, missingFields } from '../../../lib/posting/fields';
import { PostingSchema } from '../../../lib/posting/schema';

describe('posting fields', () => {
  it('an empty posting is a valid posting that keeps its address', () => {
    const posting = emptyPosting('https://www.amazon.jobs/de/jobs/1/x', 'de');
    expect(PostingSchema.parse(posting)).toEqual(posting);
  });

  it('the schema refuses what the extractor caps', () => {
    const long = 'x'.repeat(fieldCaps.short + 1);
    expect(PostingSchema.safeParse({ ...emptyPosting(), title: long }).success).toBe(false);
    const many = Array.from({ length: fieldCaps.list + 1 }, () => 'Seattle');
    expect(PostingSchema.safeParse({ ...emptyPosting(), locations: many }).success).toBe(false);
  });

  it('names as missing only what the analysis needs, never category, team or locations', () => {
    const posting = { ...emptyPosting(), title: 'Data Engineer', basicQualifications: ['SQL'] };
    expect(missingFields(posting)).toEqual(['description', 'preferredQualifications']);
  });

  it('a page holds a posting when it has a title or a description', () => {
    expect(holdsPosting(emptyPosting())).toBe(false);
    expect(holdsPosting({ ...emptyPosting(), jobId: '1', locations: ['Seattle'] })).toBe(false);
    expect(holdsPosting({ ...emptyPosting(), description: 'Own it.' })).toBe(true);
  });
});
