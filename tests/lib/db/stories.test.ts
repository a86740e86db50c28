import { beforeEach, describe, expect, it } from 'vitest';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import {
  addStory,
  deleteStory,
  duplicateStory,
  getStory,
  listStories,
  restoreStory,
  StaleStoryError,
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

describe('updateStory with the version the form read', () => {
  it("refuses a stale save from a second window and keeps the other window's newer text", async () => {
    const opened = await addStory(draft, 1);
    // Window A saves a new Action.
    const a = await updateStory(opened.id, { ...draft, action: 'A: I rewrote the job.' }, 2, 1);
    // Window B opened the story at the same version, and saves a new Result.
    const stale = updateStory(opened.id, { ...draft, result: 'B: 40 quiet weeks.' }, 3, 1);
    await expect(stale).rejects.toBeInstanceOf(StaleStoryError);
    await expect(stale).rejects.toMatchObject({ theirs: a });
    expect(await getStory(opened.id)).toEqual(a);
    // Saved over the version B was then shown, the write lands.
    const b = await updateStory(
      opened.id,
      { ...draft, result: 'B: 40 quiet weeks.' },
      4,
      a.updatedAt,
    );
    expect(b.result).toBe('B: 40 quiet weeks.');
  });

  it('moves the version on even for two saves in one millisecond', async () => {
    const s = await addStory(draft, 5);
    const first = await updateStory(s.id, { ...draft, task: 'One.' }, 5, 5);
    expect(first.updatedAt).toBe(6);
    await expect(updateStory(s.id, { ...draft, task: 'Two.' }, 5, 5)).rejects.toBeInstanceOf(
      StaleStoryError,
    );
  });

  it('refuses a save over a story deleted in another window, saying it is gone', async () => {
    const s = await addStory(draft, 5);
    await deleteStory(s.id);
    await expect(updateStory(s.id, draft, 6, 5)).rejects.toMatchObject({ theirs: undefined });
  });
});
