import { beforeEach, describe, expect, it } from 'vitest';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import {
  addStory,
  deleteStory,
  duplicateStory,
  getStory,
  listStories,
  restoreStory,
  updateStory,
} from '../../../lib/db/stories';
import { emptyDraft, type StoryDraft } from '../../../lib/stories/schema';

const draft: StoryDraft = {
  ...emptyDraft(),
  title: 'Cut checkout latency',
  situation: 'Checkout was slow.',
  task: 'I owned it.',
  action: 'I profiled it.',
  result: 'It fell 40%.',
  lps: ['dive-deep'],
};

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('story repository', () => {
  it('adds a story with a new id and timestamps, and lists it', async () => {
    const story = await addStory(draft, 1000);
    expect(story).toMatchObject({ ...draft, createdAt: 1000, updatedAt: 1000 });
    expect(story.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await listStories()).toEqual([story]);
  });

  it('rejects a draft without a principle and writes nothing', async () => {
    await expect(addStory({ ...draft, lps: [] }, 1)).rejects.toThrow(/at least one principle/);
    expect(await listStories()).toEqual([]);
  });

  it('lists the most recently changed first', async () => {
    const a = await addStory({ ...draft, title: 'A' }, 1);
    const b = await addStory({ ...draft, title: 'B' }, 2);
    await updateStory(a.id, { ...draft, title: 'A2' }, 3);
    expect((await listStories()).map((s) => s.title)).toEqual(['A2', 'B']);
    expect((await getStory(b.id))?.createdAt).toBe(2);
  });

  it('keeps createdAt on update and refuses to update a deleted story', async () => {
    const a = await addStory(draft, 1);
    expect(await updateStory(a.id, { ...draft, task: 'Changed.' }, 9)).toMatchObject({
      createdAt: 1,
      updatedAt: 9,
      task: 'Changed.',
    });
    await deleteStory(a.id);
    await expect(updateStory(a.id, draft, 10)).rejects.toThrow(/No story/);
  });

  it('duplicates under a new id with "(copy)" in the title', async () => {
    const a = await addStory(draft, 1);
    const copy = await duplicateStory(a.id, 2);
    expect(copy.id).not.toBe(a.id);
    expect(copy.title).toBe('Cut checkout latency (copy)');
    expect(await listStories()).toHaveLength(2);
  });

  it('undoes a delete by restoring the returned story exactly', async () => {
    const a = await addStory(draft, 1);
    const deleted = await deleteStory(a.id);
    expect(await listStories()).toEqual([]);
    await restoreStory(deleted!);
    expect(await listStories()).toEqual([a]);
  });
});
