import { describe, expect, it } from 'vitest';
import { emptyPosting, fieldCaps } from '../../../lib/posting/fields';
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
});
