import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBank, importBank, previewReplace } from '../../../lib/db/bank';
import { getDb, LoopReadyDb, useDb } from '../../../lib/db/db';
import { profileRowId } from '../../../lib/profile/schema';
import { savePlanLocks } from '../../../lib/db/plans';
import { savePosting } from '../../../lib/db/postings';
import { addStory, listStories } from '../../../lib/db/stories';
import { emptyDraft } from '../../../lib/stories/schema';
import type { ExtractResult } from '../../../lib/posting/schema';

const posting: ExtractResult = {
  posting: {
    title: 'Software Development Engineer II',
    jobId: '123',
    url: 'https://www.amazon.jobs/en/jobs/123/sde',
    locale: 'en',
    locations: ['Seattle, WA'],
    category: 'Software Development',
    team: '',
    company: '',
    description: 'Build things.',
    basicQualifications: ['3+ years of experience'],
    preferredQualifications: [],
  },
  missing: ['team'],
};

async function seed() {
  for (const [i, lp] of (['ownership', 'frugality', 'dive-deep'] as const).entries())
    await addStory(
      {
        ...emptyDraft(),
        title: `Story ${i}`,
        situation: 'S.',
        task: 'T.',
        action: 'A.',
        result: 'R.',
        lps: [lp],
      },
      i + 1,
    );
  await getDb().profiles.put({ id: profileRowId, currentRole: 'SDE', yearsExperience: 3 });
  await savePosting(posting, 5);
  await savePlanLocks('123', [{ roundIndex: 0, lp: 'ownership', storyId: 'x' }], 6);
}

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('exportBank / importBank', () => {
  it('export then import (replace) into an empty db gives back exactly the same bank', async () => {
    await seed();
    const exported = await exportBank(new Date(0));
    expect(exported.stories).toHaveLength(3);
    expect(exported.postings.map((p) => p.id)).toEqual(['123']);
    expect(exported.profile).toMatchObject({ currentRole: 'SDE', yearsExperience: 3 });

    useDb(new LoopReadyDb(`test-${Math.random()}`));
    const outcome = await importBank(JSON.parse(JSON.stringify(exported)), 'replace');
    expect(outcome.ok).toBe(true);
    expect(await exportBank(new Date(0))).toEqual(exported);
  });

  it('a partly bad file changes nothing and names the first bad field', async () => {
    await seed();
    const before = await exportBank(new Date(0));
    const file = JSON.parse(JSON.stringify(before));
    file.stories.push({ ...file.stories[0], id: 'new-one' });
    file.stories[1].lps = ['ownersihp'];
    const outcome = await importBank(file, 'replace');
    expect(outcome).toEqual({
      ok: false,
      error: "stories[1].lps[0]: unknown principle 'ownersihp'",
    });
    expect(await exportBank(new Date(0))).toEqual(before);
  });

  it('rolls back every table when a write fails halfway', async () => {
    await seed();
    const before = await exportBank(new Date(0));
    const file = JSON.parse(JSON.stringify(before));
    file.stories = [{ ...file.stories[0], id: 'other' }];
    const db = getDb();
    const failing = vi.spyOn(db.plans, 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expect(importBank(file, 'replace')).rejects.toThrow(/disk full/);
    failing.mockRestore();
    expect(await exportBank(new Date(0))).toEqual(before);
  });

  it('merge keeps what is here and adds what is new', async () => {
    await seed();
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0))));
    file.stories = [{ ...file.stories[0], id: 'imported', title: 'From the other machine' }];
    file.profile = null;
    const outcome = await importBank(file, 'merge');
    expect(outcome).toEqual({
      ok: true,
      summary: {
        added: 1,
        updated: 0,
        kept: 0,
        removed: { stories: 0, profile: 0, postings: 0, plans: 0, practiceAttempts: 0 },
      },
    });
    expect((await listStories()).map((s) => s.title).sort()).toEqual([
      'From the other machine',
      'Story 0',
      'Story 1',
      'Story 2',
    ]);
    expect((await exportBank()).profile).toMatchObject({ currentRole: 'SDE' });
  });

  it('previews what a replace would remove without writing, then the import reports it', async () => {
    await seed();
    const before = await exportBank(new Date(0));
    const file = JSON.parse(JSON.stringify(before));
    file.stories = [file.stories[0]];
    file.profile = null;
    file.plans = [];
    const removed = { stories: 2, profile: 1, postings: 0, plans: 1, practiceAttempts: 0 };
    const preview = await previewReplace(file);
    expect(preview.ok && preview.impact.removed).toEqual(removed);
    expect(await exportBank(new Date(0))).toEqual(before);
    const outcome = await importBank(file, 'replace');
    expect(outcome).toEqual({ ok: true, summary: { added: 0, updated: 1, kept: 0, removed } });
    expect((await previewReplace({ format: 'nope' })).ok).toBe(false);
  });

  it('imports 1,000 stories in one go', async () => {
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0))));
    file.stories = Array.from({ length: 1000 }, (_, i) => ({
      id: `s${String(i).padStart(4, '0')}`,
      title: `Story ${i}`,
      situation: 'S.',
      task: 'T.',
      action: 'A.',
      result: 'R.',
      lps: ['ownership'],
    }));
    expect((await importBank(file, 'replace')).ok).toBe(true);
    expect(await listStories()).toHaveLength(1000);
  });
});
