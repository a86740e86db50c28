import { SavedResumeSchema, type SavedResume } from '../resume/schema';
import { getDb } from './db';
import { resumeTrashId, trashResumeIn } from './trash';

/**
 * The user's resume, kept on this machine only (one row, id "current", in `resumes`).
 * Parsed with zod on write and on read; a row that no longer parses reads as "no resume".
 */

export async function loadResume(): Promise<SavedResume | undefined> {
  const row = await getDb().resumes.get('current');
  const parsed = SavedResumeSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A save refused because the saved resume changed since this panel read it (another window saved,
 * forgot or restored one). `theirs` is the row as it is now, undefined when none is saved.
 */
export class StaleResumeError extends Error {
  constructor(readonly theirs: SavedResume | undefined) {
    super('the resume changed in another window');
    this.name = 'StaleResumeError';
  }
}

/**
 * Saves the resume. `base` is the `updatedAt` of the row this panel last read or wrote (its
 * version; null: it read none). When the row has changed since, nothing is written and
 * StaleResumeError says so. Without `base` the write is unconditional.
 */
export async function saveResume(
  text: string,
  fileName = '',
  now = Date.now(),
  base?: number | null,
): Promise<SavedResume> {
  const db = getDb();
  return db.transaction('rw', db.resumes, async () => {
    const row = await db.resumes.get('current');
    const parsed = SavedResumeSchema.safeParse(row);
    const current = parsed.success ? parsed.data : undefined;
    if (base !== undefined && (current?.updatedAt ?? null) !== base)
      throw new StaleResumeError(current);
    // Each save moves the version on, even two saves within one millisecond.
    const updatedAt = current ? Math.max(now, current.updatedAt + 1) : now;
    const resume = SavedResumeSchema.parse({ id: 'current', text, fileName, updatedAt });
    await db.resumes.put(resume);
    return resume;
  });
}

/**
 * "Forget my resume": deletes the saved row and returns it as it was (for Undo), or undefined
 * when nothing readable was saved. The row goes to "Recently deleted" for 30 days. Read, keep and
 * delete in one transaction, so what Undo puts back is exactly what was deleted.
 */
export async function forgetResume(now = Date.now()): Promise<SavedResume | undefined> {
  const db = getDb();
  return db.transaction('rw', [db.resumes, db.trash], async () => {
    const parsed = SavedResumeSchema.safeParse(await db.resumes.get('current'));
    if (parsed.success) await trashResumeIn(db, parsed.data, now);
    await db.resumes.delete('current');
    return parsed.success ? parsed.data : undefined;
  });
}

/** A saved resume an imported file is about to replace: kept in "Recently deleted" for 30 days. */
export async function keepReplacedResume(resume: SavedResume, now = Date.now()): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.trash, () => trashResumeIn(db, resume, now));
}

/**
 * Undo: puts a row back exactly, with the date it was saved (not the date of the undo), and takes
 * it out of "Recently deleted".
 */
export async function restoreResume(resume: SavedResume): Promise<void> {
  const db = getDb();
  const parsed = SavedResumeSchema.parse(resume);
  await db.transaction('rw', [db.resumes, db.trash], async () => {
    await db.resumes.put(parsed);
    await db.trash.delete(resumeTrashId(parsed));
  });
}
