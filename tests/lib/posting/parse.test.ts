import { describe, expect, it } from 'vitest';
import { parseExtractResult } from '../../../lib/posting/parse';

const posting = {
  title: 'SDE',
  jobId: '1',
  locations: [],
  category: '',
  team: '',
  description: '',
  basicQualifications: [],
  preferredQualifications: [],
};

describe('parseExtractResult', () => {
  it('accepts a result and fills defaults for url, locale and company', () => {
    expect(parseExtractResult({ posting, missing: ['team'] }).posting).toMatchObject({
      url: '',
      locale: '',
      company: '',
    });
  });

  it.each([
    [{ posting: { ...posting, title: 7 }, missing: [] }, /posting\.title/],
    [{ posting, missing: ['salary'] }, /missing\[0\]/],
    [{ posting: { ...posting, title: 'x'.repeat(301) }, missing: [] }, /posting\.title/],
    [null, /invalid posting/],
  ])('rejects %j naming the bad field', (raw, message) => {
    expect(() => parseExtractResult(raw)).toThrow(message);
  });
});
