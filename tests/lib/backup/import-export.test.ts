import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../lib/backup/bank-schema';
import {
  buildExport,
  describeCounts,
  importStatus,
  mergeBanks,
  removesAnything,
  replaceRemovals,
  parseExportFile,
  parseExportText,
  serializeExport,
} from '../../../lib/backup/import-export';
import { makeStory } from '../loop/make-analysis';

const bank: Bank = {
  stories: [
    makeStory('a', ['ownership']),
    makeStory('b', ['frugality', 'dive-deep'], { tags: ['infra'] }),
  ],
  profile: {
    currentRole: 'SDE',
    yearsExperience: 4,
    domain: 'payments',
    targetLevel: 'L5',
    amazonProducts: [{ name: 'Kindle', why: 'I read on it daily' }],
    reason: '',
    extra: '',
  },
  postings: [],
  plans: [
    {
      id: '123',
      postingId: '123',
      locks: [{ roundIndex: 1, lp: 'ownership', storyId: 'a' }],
      updatedAt: 5,
    },
  ],
};
const now = new Date('2026-11-25T10:00:00Z');
const file = () => JSON.parse(serializeExport(buildExport(bank, now))) as Record<string, unknown>;
const error = (data: unknown) => {
  const r = parseExportFile(data);
  return r.ok ? 'ok' : r.error;
};

describe('export file', () => {
  it('round-trips: serialize then parse gives back exactly the same bank', () => {
    const parsed = parseExportText(serializeExport(buildExport(bank, now)));
    expect(parsed.ok && parsed.value).toEqual({
      format: 'loopready-export',
      version: 1,
      exportedAt: '2026-11-25T10:00:00.000Z',
      ...bank,
    });
  });

  it.each([
    // Written for people, not the parser (issue 20): no "Unexpected token", no "got nothing".
    [
      '{not json',
      /^the file is not valid JSON; it is another kind of file, or text that is not JSON$/,
    ],
    [
      '{"stories": [',
      /^the file is not valid JSON; it ends too early, as if it was cut off while saving$/,
    ],
    [
      '[]',
      /^the file is not a LoopReady export; it holds a list or a single value, not an export$/,
    ],
    [
      '{"format":"other","version":1}',
      /^the file is not a LoopReady export; it says it is “other”\. Choose a file saved with “Export all \(JSON\)”$/,
    ],
    [
      '{"version":1}',
      /^the file is not a LoopReady export; it has no LoopReady header\. Choose a file saved with “Export all \(JSON\)”$/,
    ],
  ])('rejects %s', (text, message) => {
    const r = parseExportText(text);
    expect(r.ok ? 'ok' : r.error).toMatch(message);
  });

  it('names the first bad field with its index', () => {
    const data = file();
    (data.stories as { lps: string[] }[])[1]!.lps[0] = 'ownersihp';
    expect(error(data)).toBe("stories[1].lps[0]: unknown principle 'ownersihp'");
  });

  it('names a bad field in the profile', () => {
    const data = file();
    (data.profile as { yearsExperience: unknown }).yearsExperience = 'four';
    expect(error(data)).toMatch(/^profile\.yearsExperience: /);
  });

  it('says a newer version cannot be read', () => {
    expect(error({ ...file(), version: 2 })).toBe(
      'the file is version 2, from a newer LoopReady; this one reads version 1. Update LoopReady, then import it again',
    );
    expect(error({ ...file(), version: '1' })).toBe(
      'the file\'s version ("1") is not one LoopReady reads; it reads version 1',
    );
  });

  it('rejects a story id used twice', () => {
    const data = file();
    const stories = data.stories as { id: string }[];
    stories.push({ ...stories[0]! });
    expect(error(data)).toBe("stories[2].id: duplicate id 'a' (also stories[0])");
  });

  it('names the first problem in file order: a duplicate id at [1] before a bad field at [4]', () => {
    const data = file();
    const stories = data.stories as { id: string; lps?: unknown }[];
    const base = stories[0]!;
    stories.splice(
      0,
      stories.length,
      base,
      { ...base },
      { ...base, id: 'c' },
      { ...base, id: 'd' },
    );
    stories.push({ ...base, id: 'e', lps: ['ownersihp'] });
    expect(error(data)).toBe("stories[1].id: duplicate id 'a' (also stories[0])");
    stories[1] = { ...base, id: 'b' };
    expect(error(data)).toMatch(/^stories\[4\]\.lps\[0\]: /);
  });

  it('accepts a file without postings, plans or profile', () => {
    const { postings: _p, plans: _l, profile: _r, ...rest } = file();
    const r = parseExportFile(rest);
    expect(r.ok && [r.value.profile, r.value.postings, r.value.plans]).toEqual([null, [], []]);
  });
});

describe('mergeBanks', () => {
  const incoming: Bank = {
    stories: [
      makeStory('a', ['ownership'], { title: 'Newer', updatedAt: 10 }),
      makeStory('c', ['think-big']),
    ],
    profile: null,
    postings: [],
    plans: [],
  };

  it('merge adds new stories, takes the newer copy of one on both sides, keeps the profile', () => {
    const { bank: next, summary } = mergeBanks(bank, incoming, 'merge');
    expect(next.stories.map((s) => `${s.id}:${s.title}`)).toEqual([
      'a:Newer',
      'b:Story b',
      'c:Story c',
    ]);
    expect(next.profile).toEqual(bank.profile);
    expect(summary).toEqual({
      added: 1,
      updated: 1,
      kept: 0,
      removed: { stories: 0, profile: 0, postings: 0, plans: 0, practiceAttempts: 0 },
    });
  });

  it('merge keeps a story here that was changed after the file was made', () => {
    const older = {
      ...incoming,
      stories: [makeStory('b', ['frugality'], { title: 'Old', updatedAt: 0 })],
    };
    const { bank: next, summary } = mergeBanks(bank, older, 'merge');
    expect(next.stories.find((s) => s.id === 'b')?.title).toBe('Story b');
    expect(summary.kept).toBe(1);
  });

  it('replace takes the file as it is and counts what it removed', () => {
    const { bank: next, summary } = mergeBanks(bank, incoming, 'replace');
    expect(next).toEqual(incoming);
    expect(summary.added).toBe(1);
    expect(summary.updated).toBe(1);
    expect(summary.removed).toEqual(replaceRemovals(bank, incoming));
    expect(summary.removed.stories).toBe(1);
    expect(importStatus(summary)).toMatch(
      /^Imported: 1 added, 1 updated, 0 kept as they were; removed 1 story/,
    );
  });

  it('counts a profile the file lacks as removed, and says nothing removed for an empty bank', () => {
    const empty: Bank = { stories: [], profile: null, postings: [], plans: [] };
    const emptyFile = { ...empty };
    const removed = replaceRemovals(bank, emptyFile);
    expect(removed).toMatchObject({ stories: bank.stories.length, profile: bank.profile ? 1 : 0 });
    expect(removesAnything(removed)).toBe(true);
    expect(removesAnything(replaceRemovals(empty, incoming))).toBe(false);
  });
});

describe('describeCounts / importStatus', () => {
  it('lists each kind with its own word and joins the last with "and"', () => {
    expect(
      describeCounts({ stories: 3, profile: 1, postings: 1, plans: 2, practiceAttempts: 0 }),
    ).toBe('3 stories, your profile, 1 saved posting and 2 plans');
    expect(
      describeCounts({ stories: 1, profile: 0, postings: 0, plans: 0, practiceAttempts: 0 }),
    ).toBe('1 story');
    expect(
      importStatus({
        added: 2,
        updated: 0,
        kept: 1,
        removed: { stories: 0, profile: 0, postings: 0, plans: 0, practiceAttempts: 0 },
      }),
    ).toBe('Imported: 2 added, 0 updated, 1 kept as they were; nothing removed.');
  });
});
