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

export async function saveResume(
  text: string,
  fileName = '',
  now = Date.now(),
): Promise<SavedResume> {
  const resume = SavedResumeSchema.parse({ id: 'current', text, fileName, updatedAt: now });
  await getDb().resumes.put(resume);
  return resume;
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
