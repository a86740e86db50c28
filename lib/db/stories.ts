import { StoryDraftSchema, StorySchema, type Story, type StoryDraft } from '../stories/schema';
import { getDb } from './db';
import { storyTrashId, trashStoryIn } from './trash';

/** Rows that no longer parse (a bug or a hand-edited db) are skipped rather than breaking the list. */
function parseRows(rows: unknown[]): Story[] {
  return rows.flatMap((row) => {
    const parsed = StorySchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Every story, most recently changed first (ties by id, so the order is stable). */
export async function listStories(): Promise<Story[]> {
  const rows = parseRows(await getDb().stories.toArray());
  return rows.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
}

export async function getStory(id: string): Promise<Story | undefined> {
  const row = await getDb().stories.get(id);
  return row ? parseRows([row])[0] : undefined;
}

function newId(): string {
  return crypto.randomUUID();
}

export async function addStory(draft: StoryDraft, now = Date.now()): Promise<Story> {
  const story = StorySchema.parse({
    ...StoryDraftSchema.parse(draft),
    id: newId(),
    createdAt: now,
    updatedAt: now,
  });
  await getDb().stories.add(story);
  return story;
}

/**
 * A save refused because the story changed (or was deleted) since the form read it: another
 * window saved it in between. `theirs` is the story as it is now, undefined when it is gone.
 */
export class StaleStoryError extends Error {
  constructor(readonly theirs: Story | undefined) {
    super(
      theirs
        ? 'this story changed in another window since you opened it'
        : 'this story was deleted in another window since you opened it',
    );
    this.name = 'StaleStoryError';
  }
}

/**
 * Replaces the story's text and tags. `base` is the `updatedAt` of the story as the form read it
 * (the row's version): when the row has changed since, nothing is written and StaleStoryError
 * says so, so a second window's older copy never overwrites a newer save. Without `base` the
 * write is unconditional; it still throws when the id is gone (deleted in another panel).
 */
export async function updateStory(
  id: string,
  draft: StoryDraft,
  now = Date.now(),
  base?: number,
): Promise<Story> {
  const db = getDb();
  return db.transaction('rw', db.stories, async () => {
    const current = await getStory(id);
    if (base !== undefined && current?.updatedAt !== base) throw new StaleStoryError(current);
    if (!current) throw new Error(`No story with id '${id}'`);
    const story = StorySchema.parse({
      ...current,
      ...StoryDraftSchema.parse(draft),
      // Each save moves the version on, even two saves within one millisecond.
      updatedAt: Math.max(now, current.updatedAt + 1),
    });
    await db.stories.put(story);
    return story;
  });
}

/** A copy with a new id and "(copy)" in the title, to adapt one story for another principle. */
export async function duplicateStory(id: string, now = Date.now()): Promise<Story> {
  const current = await getStory(id);
  if (!current) throw new Error(`No story with id '${id}'`);
  const title = `${current.title} (copy)`.slice(0, 200);
  return addStory({ ...current, title }, now);
}

/**
 * Deletes and returns the story, keeping it in "Recently deleted" for 30 days (one transaction):
 * the caller offers Undo with restoreStory, and the trash outlives the panel.
 */
export async function deleteStory(id: string, now = Date.now()): Promise<Story | undefined> {
  const db = getDb();
  return db.transaction('rw', [db.stories, db.trash], async () => {
    const current = await getStory(id);
    if (current) await trashStoryIn(db, current, now);
    await db.stories.delete(id);
    return current;
  });
}

/** Undo of a delete: puts the story back as it was and takes it out of "Recently deleted". */
export async function restoreStory(story: Story): Promise<void> {
  const db = getDb();
  const parsed = StorySchema.parse(story);
  await db.transaction('rw', [db.stories, db.trash], async () => {
    await db.stories.put(parsed);
    await db.trash.delete(storyTrashId(parsed));
  });
}
