import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  firstIssue,
  firstIssueMessage,
  firstIssuePath,
  formatPath,
} from '../../../lib/text/zod-issue';

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
    if (!r.success)
      expect(firstIssue(r.error, { prefix: ['stories'] })).toMatch(/^stories\[1\]\.id: /);
  });

  it('names the root when asked, and gives the bare message otherwise', () => {
    const r = z.object({ name: z.string() }).safeParse(1);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(firstIssue(r.error)).toBe(r.error.issues[0]!.message);
    expect(firstIssue(r.error, { root: 'profile' })).toBe(`profile: ${r.error.issues[0]!.message}`);
  });

  it('says "invalid input" for an error without issues', () => {
    expect(firstIssue({ issues: [] })).toBe('invalid input');
  });
});

describe('firstIssueMessage and firstIssuePath', () => {
  const r = z
    .array(z.object({ text: z.string().check(z.minLength(1, 'a bullet needs text')) }))
    .safeParse([{ text: 'ok' }, { text: '' }]);
  it('gives the message alone, or the fallback', () => {
    if (!r.success) expect(firstIssueMessage(r.error)).toBe('a bullet needs text');
    expect(firstIssueMessage({ issues: [] }, 'check the story')).toBe('check the story');
  });
  it('gives the path alone', () => {
    if (!r.success) expect(firstIssuePath(r.error)).toBe('[1].text');
  });
});
