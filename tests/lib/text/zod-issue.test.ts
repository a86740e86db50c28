import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { firstIssue, formatPath } from '../../../lib/text/zod-issue';

describe('formatPath', () => {
  it.each([
    [['stories', 3, 'lps', 0], 'stories[3].lps[0]'],
    [[2, 'title'], '[2].title'],
    [['profile', 'amazonProducts', 1, 'name'], 'profile.amazonProducts[1].name'],
    [[], ''],
  ])('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('firstIssue', () => {
  it('prefixes the path the caller gives', () => {
    const r = z.array(z.object({ id: z.string() })).safeParse([{ id: 'a' }, { id: 1 }]);
    expect(r.success).toBe(false);
    if (!r.success) expect(firstIssue(r.error, ['stories'])).toMatch(/^stories\[1\]\.id: /);
  });
});
