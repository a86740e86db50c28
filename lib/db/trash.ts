import * as z from 'zod/mini';
import '../text/zod-english';
import { SavedResumeSchema, type SavedResume } from '../resume/schema';
import { StorySchema, type Story } from '../stories/schema';
import { getDb, type LoopReadyDb } from './db';

/**
 * "Recently deleted": every story the user deletes and every resume a file import replaces or
 * "Forget" removes is kept here for 30 days, in IndexedDB, so it survives the panel closing and
 * the browser restarting. Restorable from the side panel; emptied by "Delete all my data".
 */
export const trashDays = 30;
const dayMs = 24 * 60 * 60 * 1000;
const trashMs = trashDays * dayMs;

const StoryEntrySchema = z.object({
  id: z.string(),
  kind: z.literal('story'),
  deletedAt: z.number(),
  item: StorySchema,
});
const ResumeEntrySchema = z.object({
  id: z.string(),
  kind: z.literal('resume'),
  deletedAt: z.number(),
  item: SavedResumeSchema,
});
export const TrashEntrySchema = z.discriminatedUnion('kind', [StoryEntrySchema, ResumeEntrySchema]);
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

/**
 * One entry per version of a thing: deleting the same story twice (undo between) keeps one row,
 * and Undo finds the entry to take back out from the row it restores.
 */
export const storyTrashId = (story: Story): string => `story:${story.id}:${story.updatedAt}`;
export const resumeTrashId = (resume: SavedResume): string => `resume:${resume.updatedAt}`;

/** Puts a story in the trash; call inside a transaction that includes `db.trash`. */
export async function trashStoryIn(db: LoopReadyDb, story: Story, now: number): Promise<void> {
  await db.trash.put({ id: storyTrashId(story), kind: 'story', deletedAt: now, item: story });
}

/** Puts a resume in the trash; call inside a transaction that includes `db.trash`. */
export async function trashResumeIn(
  db: LoopReadyDb,
  resume: SavedResume,
  now: number,
): Promise<void> {
  await db.trash.put({ id: resumeTrashId(resume), kind: 'resume', deletedAt: now, item: resume });
}

const expired = (entry: { deletedAt: number }, now: number) => entry.deletedAt <= now - trashMs;

/** Entries younger than 30 days, newest first; rows that no longer parse are skipped. Read-only. */
export async function listTrash(now = Date.now()): Promise<TrashEntry[]> {
  const rows = await getDb().trash.orderBy('deletedAt').reverse().toArray();
  return rows.flatMap((row) => {
    const parsed = TrashEntrySchema.safeParse(row);
    return parsed.success && !expired(parsed.data, now) ? [parsed.data] : [];
  });
}

/** Deletes the entries older than 30 days; returns how many. */
export async function purgeTrash(now = Date.now()): Promise<number> {
  return getDb()
    .trash.where('deletedAt')
    .belowOrEqual(now - trashMs)
    .delete();
}

/** The day an entry leaves the trash for good. */
export const purgeDate = (entry: TrashEntry): number => entry.deletedAt + trashMs;

export type RestoreOutcome =
  | { kind: 'story'; story: Story; asCopy: boolean }
  | { kind: 'resume'; resume: SavedResume; replaced: SavedResume | undefined };

/**
 * Puts an entry back, in one transaction, and takes it out of the trash. A story whose id is in
 * the bank again (restored by Undo, or re-imported) comes back as a copy with a new id, so
 * neither is overwritten; a resume replaces the saved one, which goes to the trash in its place.
 */
export async function restoreFromTrash(id: string, now = Date.now()): Promise<RestoreOutcome> {
  const db = getDb();
  return db.transaction('rw', [db.trash, db.stories, db.resumes], async () => {
    const parsed = TrashEntrySchema.safeParse(await db.trash.get(id));
    if (!parsed.success) throw new Error('this item is no longer in Recently deleted');
    const entry = parsed.data;
    await db.trash.delete(id);
    if (entry.kind === 'story') {
      const clash = await db.stories.get(entry.item.id);
      const story = clash
        ? StorySchema.parse({
            ...entry.item,
            id: crypto.randomUUID(),
            title: `${entry.item.title} (restored)`.slice(0, 200),
          })
        : entry.item;
      await db.stories.put(story);
      return { kind: 'story', story, asCopy: Boolean(clash) };
    }
    const current = SavedResumeSchema.safeParse(await db.resumes.get('current'));
    const replaced = current.success ? current.data : undefined;
    if (replaced && replaced.text !== entry.item.text) await trashResumeIn(db, replaced, now);
    await db.resumes.put(entry.item);
    return { kind: 'resume', resume: entry.item, replaced };
  });
}
