import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoopReadyDb, getDb, useDb as switchDb } from '../../../lib/db/db';
import { deleteAllData } from '../../../lib/db/delete-all';
import {
  forgetResume,
  keepReplacedResume,
  loadResume,
  restoreResume,
  saveResume,
} from '../../../lib/db/resume';
import { addStory, deleteStory, listStories, restoreStory } from '../../../lib/db/stories';
import { listTrash, purgeTrash, restoreFromTrash } from '../../../lib/db/trash';
import { emptyDraft } from '../../../lib/stories/schema';

const day = 24 * 60 * 60 * 1000;
const draft = {
  ...emptyDraft(),
  title: 'Pager rotation',
  situation: 'Pages woke the team every night.',
  task: 'I owned the rotation.',
  action: 'I removed the noisy alarms.',
  result: 'Pages fell by 70%.',
  lps: ['ownership' as const],
};

let name = '';
const opened: LoopReadyDb[] = [];
/** A fresh handle on the same database: what a closed and reopened panel sees. */
function reopen(): void {
  for (const db of opened.splice(0)) db.close();
  const db = new LoopReadyDb(name);
  opened.push(db);
  switchDb(db);
}
beforeEach(() => {
  name = `test-${Math.random()}`;
  reopen();
});
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('Recently deleted', () => {
  it('keeps a deleted story after the panel closes, and restores it as it was', async () => {
    const story = await addStory(draft, 10);
    await deleteStory(story.id, 100);
    reopen();
    const entries = await listTrash(100 + day);
    expect(entries.map((e) => [e.kind, e.item.id, e.deletedAt])).toEqual([
      ['story', story.id, 100],
    ]);
    await restoreFromTrash(entries[0]!.id);
    expect(await listStories()).toEqual([story]);
    expect(await listTrash()).toEqual([]);
  });

  it('hides entries after 30 days and purges them', async () => {
    const story = await addStory(draft, 10);
    await deleteStory(story.id, 1_000);
    expect(await listTrash(1_000 + 29 * day)).toHaveLength(1);
    expect(await listTrash(1_000 + 30 * day)).toEqual([]);
    expect(await purgeTrash(1_000 + 29 * day)).toBe(0);
    expect(await purgeTrash(1_000 + 30 * day)).toBe(1);
    expect(await listTrash(0)).toEqual([]);
  });

  it('Undo takes the story back out of the trash', async () => {
    const story = await addStory(draft, 10);
    const gone = await deleteStory(story.id, 100);
    await restoreStory(gone!);
    expect(await listTrash(100)).toEqual([]);
    expect(await listStories()).toEqual([story]);
  });

  it('restores as a copy when the id is in the bank again, so neither is overwritten', async () => {
    const story = await addStory(draft, 10);
    await deleteStory(story.id, 100);
    // A backup brings the same story back, edited, while the deleted one waits in the trash.
    await getDb().stories.put({ ...story, result: 'Pages fell by 90%.', updatedAt: 150 });
    const [entry] = await listTrash(200);
    expect(await restoreFromTrash(entry!.id)).toMatchObject({ kind: 'story', asCopy: true });
    const rows = (await listStories()).map((s) => `${s.title}: ${s.result}`).sort();
    expect(rows).toEqual([
      'Pager rotation (restored): Pages fell by 70%.',
      'Pager rotation: Pages fell by 90%.',
    ]);
  });

  it('keeps a forgotten resume and a replaced one; restoring puts the current one in the trash', async () => {
    await saveResume('- Led the old migration', 'old.txt', 10);
    const forgotten = await forgetResume(20);
    expect(await loadResume()).toBeUndefined();
    await saveResume('- Built the new pipeline', 'new.txt', 30);
    await keepReplacedResume((await loadResume())!, 40);
    reopen();
    const entries = await listTrash(50);
    expect(entries.map((e) => e.kind === 'resume' && e.item.fileName)).toEqual([
      'new.txt',
      'old.txt',
    ]);
    const oldEntry = entries.find((e) => e.kind === 'resume' && e.item.fileName === 'old.txt')!;
    await restoreFromTrash(oldEntry.id, 60);
    expect(await loadResume()).toEqual(forgotten);
    // The copy it replaced (new.txt, already kept) stays restorable.
    expect((await listTrash(60)).map((e) => e.kind === 'resume' && e.item.fileName)).toEqual([
      'new.txt',
    ]);
  });

  it('Undo of a forget takes the resume back out of the trash', async () => {
    await saveResume('- Led the old migration', 'old.txt', 10);
    const gone = await forgetResume(20);
    await restoreResume(gone!);
    expect(await listTrash(20)).toEqual([]);
  });

  it('is emptied by "Delete all my data"', async () => {
    const story = await addStory(draft, 10);
    await deleteStory(story.id, 100);
    await saveResume('- Led the old migration', 'old.txt', 10);
    await forgetResume(20);
    expect(await listTrash(100)).toHaveLength(2);
    await deleteAllData();
    expect(await listTrash(100)).toEqual([]);
  });
});
